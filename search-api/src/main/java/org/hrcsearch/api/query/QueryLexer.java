package org.hrcsearch.api.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a query into tokens: words, "phrases"~N, field prefixes, parentheses, OR/AND/NOT, - and NEAR/N. */
final class QueryLexer {

    enum Kind {
        WORD,
        PHRASE,
        FIELD,
        LPAREN,
        RPAREN,
        OR,
        AND,
        NOT,
        MINUS,
        NEAR,
        END
    }

    /** One token; {@code number} is a phrase's slop or NEAR's distance. */
    record Token(Kind kind, String text, int position, int number) {}

    private static final Pattern FIELD = Pattern.compile("([A-Za-z_]{2,30}):(?!//)");
    private static final Pattern NEAR = Pattern.compile("NEAR/(\\d{1,4})");

    private final String q;
    private int i;

    QueryLexer(String query) {
        this.q = query;
    }

    List<Token> tokens() throws QuerySyntaxException {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < q.length() && Character.isWhitespace(q.charAt(i))) {
                i++;
            }
            if (i >= q.length()) {
                out.add(new Token(Kind.END, "", q.length(), 0));
                return out;
            }
            char c = q.charAt(i);
            int start = i;
            switch (c) {
                case '(' -> {
                    out.add(new Token(Kind.LPAREN, "(", i++, 0));
                }
                case ')' -> {
                    out.add(new Token(Kind.RPAREN, ")", i++, 0));
                }
                case '"', '\u201C', '\u201D', '\u201E' -> out.add(phrase());
                case '-' -> {
                    i++;
                    if (i < q.length() && !Character.isWhitespace(q.charAt(i))) {
                        out.add(new Token(Kind.MINUS, "-", start, 0));
                    }
                }
                default -> {
                    Matcher field = FIELD.matcher(q).region(i, q.length());
                    if (field.lookingAt()) {
                        i = field.end();
                        out.add(new Token(Kind.FIELD, field.group(1), start, 0));
                        if (i >= q.length() || Character.isWhitespace(q.charAt(i))) {
                            throw new QuerySyntaxException(
                                    field.group(1) + ": needs a value right after the colon, e.g. " + field.group(1)
                                            + ":value",
                                    start);
                        }
                        continue;
                    }
                    out.add(word());
                }
            }
        }
    }

    private Token phrase() throws QuerySyntaxException {
        int start = i;
        i++;
        int end = i;
        while (end < q.length() && !isQuote(q.charAt(end))) {
            end++;
        }
        if (end >= q.length()) {
            throw new QuerySyntaxException("unbalanced quote: close the phrase with \"", start);
        }
        String text = q.substring(i, end);
        i = end + 1;
        int slop = 0;
        if (i < q.length() && q.charAt(i) == '~') {
            int digits = i + 1;
            while (digits < q.length() && Character.isDigit(q.charAt(digits)) && digits - i <= 4) {
                digits++;
            }
            if (digits == i + 1) {
                throw new QuerySyntaxException("~ after a phrase needs a number, e.g. \"human rights defenders\"~3", i);
            }
            slop = Integer.parseInt(q.substring(i + 1, digits));
            i = digits;
        }
        return new Token(Kind.PHRASE, text, start, slop);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    private Token word() throws QuerySyntaxException {
        int start = i;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || isQuote(c)) {
                break;
            }
            i++;
        }
        String text = q.substring(start, i);
        switch (text) {
            case "OR", "||" -> {
                return new Token(Kind.OR, text, start, 0);
            }
            case "AND", "&&" -> {
                return new Token(Kind.AND, text, start, 0);
            }
            case "NOT" -> {
                return new Token(Kind.NOT, text, start, 0);
            }
            default -> {
                // fall through to the checks below
            }
        }
        Matcher near = NEAR.matcher(text);
        if (near.matches()) {
            return new Token(Kind.NEAR, text, start, Integer.parseInt(near.group(1)));
        }
        if (text.startsWith("NEAR")) {
            throw new QuerySyntaxException("NEAR needs a distance, e.g. \"civil society\" NEAR/10 reprisals", start);
        }
        int tilde = text.indexOf('~');
        if (tilde >= 0) {
            throw new QuerySyntaxException(
                    "~N follows a \"quoted phrase\" (\"human rights defenders\"~3); fuzzy words are not supported",
                    start + tilde);
        }
        return new Token(Kind.WORD, text, start, 0);
    }
}
