package org.hrcsearch.api.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * Parses the documented query language into a {@link QueryNode}:
 *
 * <pre>
 * words are ANDed            persistent non-cooperation
 * "a quoted phrase"          "mutually beneficial cooperation"
 * words within N positions   "cooperation mechanisms"~5
 * alternatives, negation     reprisals OR intimidation   -Israel   NOT "special procedures"
 * grouping                   (FIDH OR ISHR) reprisals
 * fields                     symbol:A/HRC/43/L.31/Rev.1  session:37  signatory:CIVICUS  type:resolution
 * trailing wildcard          defend*   (at least 3 letters before the *)
 * proximity of two parts     "civil society" NEAR/10 "reprisals"
 * </pre>
 *
 * A UN symbol typed as a word ({@code A/HRC/43/L.31/Rev.1}) finds that document and every document citing it.
 */
public final class QueryParser {

    private final QueryLimits limits;

    public QueryParser(QueryLimits limits) {
        this.limits = limits;
    }

    public QueryNode parse(String query) throws QuerySyntaxException {
        if (query.length() > limits.maxChars()) {
            throw new QuerySyntaxException(
                    "query_too_long",
                    "query is " + query.length() + " characters long; the limit is " + limits.maxChars(),
                    -1);
        }
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
                throw new QuerySyntaxException(
                        "control character U+" + String.format("%04X", (int) c) + " in the query: remove it", i);
            }
        }
        String bare = query.strip();
        if (bare.equals("*") || bare.equals("*:*")) {
            // browsing every document is the empty query, bounded like any search (a page of at most 100, exact total)
            throw new QuerySyntaxException(
                    "'" + bare + "' is not a query: leave q empty to list every document (filters"
                            + " and sort still apply)",
                    query.indexOf('*'));
        }
        return new Run(new QueryLexer(query).tokens()).parse();
    }

    /** The state of one parse: the tokens and where we are. */
    private final class Run {
        private final List<QueryLexer.Token> tokens;
        private int pos;
        private int depth;
        private int terms;

        Run(List<QueryLexer.Token> tokens) {
            this.tokens = tokens;
        }

        QueryNode parse() throws QuerySyntaxException {
            if (peek().kind() == QueryLexer.Kind.END) {
                throw new QuerySyntaxException("the query is empty: type a word or a \"quoted phrase\"", -1);
            }
            QueryNode node = orExpr();
            QueryLexer.Token t = peek();
            if (t.kind() != QueryLexer.Kind.END) {
                throw new QuerySyntaxException(
                        t.kind() == QueryLexer.Kind.RPAREN
                                ? "closing parenthesis without an opening one: remove it or add ("
                                : "unexpected '" + t.text() + "'",
                        t.position());
            }
            return node;
        }

        private QueryLexer.Token peek() {
            return tokens.get(pos);
        }

        private QueryLexer.Token next() {
            return tokens.get(pos++);
        }

        private QueryNode orExpr() throws QuerySyntaxException {
            List<QueryNode> clauses = new ArrayList<>();
            clauses.add(andExpr());
            while (peek().kind() == QueryLexer.Kind.OR) {
                QueryLexer.Token or = next();
                if (startsNothing(peek())) {
                    throw new QuerySyntaxException("OR needs something after it", or.position());
                }
                clauses.add(andExpr());
            }
            return clauses.size() == 1 ? clauses.getFirst() : new QueryNode.Or(clauses);
        }

        private QueryNode andExpr() throws QuerySyntaxException {
            List<QueryNode> clauses = new ArrayList<>();
            clauses.add(unary());
            while (true) {
                QueryLexer.Token t = peek();
                if (t.kind() == QueryLexer.Kind.AND) {
                    next();
                    if (startsNothing(peek())) {
                        throw new QuerySyntaxException("AND needs something after it", t.position());
                    }
                    clauses.add(unary());
                } else if (!startsNothing(t) && t.kind() != QueryLexer.Kind.OR) {
                    clauses.add(unary());
                } else {
                    break;
                }
            }
            return clauses.size() == 1 ? clauses.getFirst() : new QueryNode.And(clauses);
        }

        private boolean startsNothing(QueryLexer.Token t) {
            return t.kind() == QueryLexer.Kind.END || t.kind() == QueryLexer.Kind.RPAREN;
        }

        private QueryNode unary() throws QuerySyntaxException {
            QueryLexer.Token t = peek();
            if (t.kind() == QueryLexer.Kind.NOT || t.kind() == QueryLexer.Kind.MINUS) {
                next();
                if (startsNothing(peek()) || peek().kind() == QueryLexer.Kind.OR) {
                    throw new QuerySyntaxException(
                            (t.kind() == QueryLexer.Kind.NOT ? "NOT" : "-") + " needs a word or phrase after it",
                            t.position());
                }
                return new QueryNode.Not(enter(this::unary));
            }
            return near();
        }

        private QueryNode near() throws QuerySyntaxException {
            QueryNode left = primary();
            while (peek().kind() == QueryLexer.Kind.NEAR) {
                QueryLexer.Token near = next();
                int distance = near.number();
                if (distance > limits.maxSlop()) {
                    throw new QuerySyntaxException(
                            "NEAR/" + distance + " is too far; the limit is NEAR/" + limits.maxSlop(), near.position());
                }
                if (startsNothing(peek())) {
                    throw new QuerySyntaxException(
                            "NEAR/" + distance + " needs a word or phrase on each side", near.position());
                }
                QueryNode right = primary();
                requireProximityOperand(left, near);
                requireProximityOperand(right, near);
                left = new QueryNode.Near(left, right, distance);
            }
            return left;
        }

        private void requireProximityOperand(QueryNode node, QueryLexer.Token near) throws QuerySyntaxException {
            boolean ok = switch (node) {
                case QueryNode.Word w -> !w.prefix() && w.field().isEmpty();
                case QueryNode.Phrase p -> p.field().isEmpty() && p.slop() == 0;
                case QueryNode.Near n -> true;
                default -> false;
            };
            if (!ok) {
                throw new QuerySyntaxException(
                        "NEAR joins plain words or \"phrases\" (no fields, wildcards or groups)", near.position());
            }
        }

        private QueryNode primary() throws QuerySyntaxException {
            QueryLexer.Token t = next();
            switch (t.kind()) {
                case LPAREN -> {
                    if (peek().kind() == QueryLexer.Kind.RPAREN) {
                        throw new QuerySyntaxException("empty parentheses", t.position());
                    }
                    QueryNode inner = enter(this::orExpr);
                    if (peek().kind() != QueryLexer.Kind.RPAREN) {
                        throw new QuerySyntaxException("parenthesis opened here is never closed: add )", t.position());
                    }
                    next();
                    return inner;
                }
                case FIELD -> {
                    HrcField field = field(t);
                    QueryLexer.Token value = next();
                    return switch (value.kind()) {
                        case WORD -> word(Optional.of(field), value);
                        case PHRASE -> phrase(Optional.of(field), value);
                        default ->
                            throw new QuerySyntaxException(
                                    t.text() + ": needs a value right after the colon, e.g. " + t.text() + ":37",
                                    t.position());
                    };
                }
                case WORD -> {
                    return word(Optional.empty(), t);
                }
                case PHRASE -> {
                    return phrase(Optional.empty(), t);
                }
                case END ->
                    throw new QuerySyntaxException("the query ends where a word or phrase was expected", t.position());
                default ->
                    throw new QuerySyntaxException(
                            "'" + t.text() + "' cannot stand here: put a word or \"phrase\" before it", t.position());
            }
        }

        private HrcField field(QueryLexer.Token t) throws QuerySyntaxException {
            return HrcField.fromParam(t.text())
                    .filter(f -> f.is(HrcField.Use.QUERY))
                    .orElseThrow(() -> new QuerySyntaxException(
                            "unknown field '" + t.text() + "'; use one of "
                                    + HrcField.names(HrcField.all(HrcField.Use.QUERY)),
                            t.position()));
        }

        private QueryNode word(Optional<HrcField> field, QueryLexer.Token t) throws QuerySyntaxException {
            countTerm(t);
            String text = t.text();
            int star = text.indexOf('*');
            int question = text.indexOf('?');
            if (question >= 0) {
                throw new QuerySyntaxException(
                        "'?' wildcards are not supported: use a trailing * instead", t.position() + question);
            }
            if (star < 0) {
                return new QueryNode.Word(field, text, false);
            }
            if (star != text.length() - 1) {
                throw new QuerySyntaxException(
                        "a wildcard * may only end a word (defend*), not start or split it", t.position() + star);
            }
            String stem = text.substring(0, star);
            if (stem.codePoints().filter(Character::isLetterOrDigit).count() < 3) {
                throw new QuerySyntaxException(
                        "a wildcard needs at least 3 letters before the *, e.g. defend*", t.position() + star);
            }
            return new QueryNode.Word(field, stem, true);
        }

        private QueryNode phrase(Optional<HrcField> field, QueryLexer.Token t) throws QuerySyntaxException {
            countTerm(t);
            if (t.number() > limits.maxSlop()) {
                throw new QuerySyntaxException(
                        "~" + t.number() + " is too far; the limit is ~" + limits.maxSlop(), t.position());
            }
            if (t.text().isBlank()) {
                throw new QuerySyntaxException("empty phrase \"\": put words between the quotes", t.position());
            }
            return new QueryNode.Phrase(field, t.text(), t.number());
        }

        private void countTerm(QueryLexer.Token t) throws QuerySyntaxException {
            int words = t.kind() == QueryLexer.Kind.PHRASE ? t.text().split("\\s+").length : 1;
            terms += words;
            if (terms > limits.maxTerms()) {
                throw new QuerySyntaxException(
                        "too_many_terms",
                        "too many terms: the limit is " + limits.maxTerms() + " words per query",
                        t.position());
            }
        }

        private QueryNode enter(Step step) throws QuerySyntaxException {
            if (++depth > limits.maxDepth()) {
                throw new QuerySyntaxException(
                        "too_deeply_nested",
                        "too deeply nested: at most " + limits.maxDepth() + " levels",
                        peek().position());
            }
            try {
                return step.parse();
            } finally {
                depth--;
            }
        }
    }

    @FunctionalInterface
    private interface Step {
        QueryNode parse() throws QuerySyntaxException;
    }
}
