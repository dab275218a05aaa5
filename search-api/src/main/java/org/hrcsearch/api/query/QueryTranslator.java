package org.hrcsearch.api.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.WordForms;
import org.hrcsearch.corpus.schema.WordPairs;

/**
 * Turns a {@link QueryNode} into a Lucene {@link Query}, one case per node in an exhaustive switch. Text goes
 * through the schema's analyzer, so a query is analysed exactly as the index was; keyword values go through a
 * {@link ValueResolver}.
 *
 * <p>An exact phrase of the full text has two equivalent translations: on the {@link WordPairs} (the fast one, for
 * matching and scoring) and on the words' positions (the one highlighting and occurrence counting read, since only
 * the words carry offsets). {@link PhraseMatching} chooses.
 *
 * <p>A plain word of the full text matches as printed or, in the documents of a language with {@link WordForms}, in
 * any form of the same word ({@code семья} finds {@code семьи}); a quoted phrase matches as printed only.
 */
public final class QueryTranslator {

    private final Analyzer analyzer;
    private final QueryBuilder builder;
    private final ValueResolver resolver;
    private final QueryLimits limits;
    private final PhraseMatching phrases;
    private final List<String> wordForms;

    /** How exact phrases of the full text are matched. */
    public enum PhraseMatching {
        /** On the words' positions: what highlighting and occurrence counts need. */
        WORD_POSITIONS,
        /** On the {@link WordPairs}: the same documents, found faster. */
        WORD_PAIRS
    }

    /** A translator for an index without {@link WordForms}: words match as printed. */
    public QueryTranslator(Analyzer analyzer, ValueResolver resolver, QueryLimits limits, PhraseMatching phrases) {
        this(analyzer, resolver, limits, phrases, Set.of());
    }

    /**
     * {@code wordForms}: the languages whose {@link WordForms} fields the index holds; a word of the full text also
     * matches its stem in each of them.
     */
    public QueryTranslator(
            Analyzer analyzer,
            ValueResolver resolver,
            QueryLimits limits,
            PhraseMatching phrases,
            Set<Language> wordForms) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
        this.resolver = resolver;
        this.limits = limits;
        this.phrases = phrases;
        this.wordForms = wordForms.stream()
                .map(WordForms::field)
                .flatMap(Optional::stream)
                .sorted()
                .toList();
    }

    /** The Lucene query; a query whose every word analyses to nothing (only punctuation) matches nothing. */
    public Query toLucene(QueryNode node) throws QuerySyntaxException {
        Query q = translate(node);
        return q == null ? new MatchNoDocsQuery("the query has no searchable words") : q;
    }

    /** Null means "nothing to search for here" (the clause is dropped from its parent). */
    private Query translate(QueryNode node) throws QuerySyntaxException {
        return switch (node) {
            case QueryNode.Word w -> word(w);
            case QueryNode.Phrase p -> phrase(p);
            case QueryNode.And and -> conjunction(and.clauses());
            case QueryNode.Or or -> disjunction(or.clauses());
            case QueryNode.Not not -> {
                Query inner = translate(not.clause());
                if (inner == null) {
                    yield null;
                }
                yield new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(inner, Occur.MUST_NOT)
                        .build();
            }
            case QueryNode.Near near -> new IntervalQuery(HrcField.TEXT.fieldName(), intervals(near));
        };
    }

    private Query word(QueryNode.Word w) throws QuerySyntaxException {
        HrcField field = w.field().orElse(HrcField.TEXT);
        if (field == HrcField.SYMBOL
                || field == HrcField.REFERENCES
                || (w.field().isEmpty()
                        && !w.prefix()
                        && UnSymbol.parse(w.text()).isPresent())) {
            return symbol(w, field);
        }
        if (field.kind() == HrcField.Kind.KEYWORD) {
            String value = resolver.resolve(field, w.text());
            return w.prefix() ? prefix(field.fieldName(), value) : new TermQuery(new Term(field.fieldName(), value));
        }
        if (w.prefix()) {
            BytesRef normalized = analyzer.normalize(field.fieldName(), w.text());
            return prefix(field.fieldName(), normalized.utf8ToString());
        }
        Query printed = text(field, w.text(), 0); // a word may analyse to several: self-determination
        if (field != HrcField.TEXT || wordForms.isEmpty() || printed == null) {
            return printed;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(printed, Occur.SHOULD);
        for (String forms : wordForms) {
            Query stem = builder.createPhraseQuery(forms, w.text(), 0);
            if (stem != null) {
                b.add(stem, Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** A symbol finds the document that bears it and every document that cites it. */
    private Query symbol(QueryNode.Word w, HrcField field) throws QuerySyntaxException {
        List<String> fields = field == HrcField.REFERENCES
                ? List.of(HrcField.REFERENCES.fieldName())
                : List.of(HrcField.SYMBOL.fieldName(), HrcField.REFERENCES.fieldName());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (w.prefix()) {
            String stem = w.text().strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
            // the canonical spelling has mixed case only in suffixes (Rev., Add., Corr.), so match the typed case too
            for (String f : fields) {
                b.add(prefix(f, canonicalPrefix(stem)), Occur.SHOULD);
            }
            return b.build();
        }
        UnSymbol symbol = UnSymbol.parse(w.text())
                .orElseThrow(() -> new QuerySyntaxException(
                        "'" + w.text()
                                + "' is not a UN symbol; symbols look like A/HRC/RES/37/23, A/HRC/43/L.31/Rev.1 or "
                                + "A/HRC/WG.6/7/SVN/2 (a trailing * finds a series: A/HRC/43/L.*)",
                        -1));
        for (String f : fields) {
            Query q = new TermQuery(new Term(f, symbol.text()));
            b.add(f.equals(HrcField.SYMBOL.fieldName()) ? new BoostQuery(q, 4f) : q, Occur.SHOULD);
        }
        return b.build();
    }

    private static String canonicalPrefix(String upper) {
        return upper.replace("/REV.", "/Rev.").replace("/ADD.", "/Add.").replace("/CORR.", "/Corr.");
    }

    private Query prefix(String field, String stem) {
        return new PrefixQuery(
                new Term(field, stem),
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(limits.maxPrefixExpansions()));
    }

    private Query phrase(QueryNode.Phrase p) throws QuerySyntaxException {
        HrcField field = p.field().orElse(HrcField.TEXT);
        if (field.kind() == HrcField.Kind.KEYWORD) {
            // a quoted keyword value is the whole value: signatory:"Amnesty International"
            return word(new QueryNode.Word(Optional.of(field), p.text(), false));
        }
        return text(field, p.text(), p.slop());
    }

    /** Words of a text field: one word a term, several a phrase (on pairs, where exact and of the full text). */
    private Query text(HrcField field, String text, int slop) {
        if (phrases == PhraseMatching.WORD_PAIRS && field == HrcField.TEXT && slop == 0) {
            Words words = analyze(text);
            if (words.consecutive() && words.words().size() >= 2) {
                return WordPairs.phrase(words.words());
            }
        }
        return builder.createPhraseQuery(field.fieldName(), text, slop);
    }

    private Query conjunction(List<QueryNode> clauses) throws QuerySyntaxException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean anyPositive = false;
        boolean any = false;
        for (QueryNode c : clauses) {
            if (c instanceof QueryNode.Not not) {
                Query inner = translate(not.clause());
                if (inner != null) {
                    b.add(inner, Occur.MUST_NOT);
                    any = true;
                }
            } else {
                Query q = translate(c);
                if (q != null) {
                    b.add(q, Occur.MUST);
                    anyPositive = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        if (!anyPositive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    private Query disjunction(List<QueryNode> clauses) throws QuerySyntaxException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (QueryNode c : clauses) {
            Query q = translate(c);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                any = true;
            }
        }
        return any ? b.build() : null;
    }

    private IntervalsSource intervals(QueryNode node) throws QuerySyntaxException {
        return switch (node) {
            case QueryNode.Near near ->
                Intervals.maxgaps(
                        near.distance(), Intervals.unordered(intervals(near.left()), intervals(near.right())));
            case QueryNode.Word w -> terms(w.text());
            case QueryNode.Phrase p -> terms(p.text());
            default ->
                throw new QuerySyntaxException(
                        "NEAR joins plain words or \"phrases\" (no fields, wildcards or groups)", -1);
        };
    }

    private IntervalsSource terms(String text) throws QuerySyntaxException {
        List<String> tokens = analyze(text).words();
        if (tokens.isEmpty()) {
            throw new QuerySyntaxException("NEAR needs words on each side, not only punctuation", -1);
        }
        if (tokens.size() == 1) {
            return Intervals.term(tokens.getFirst());
        }
        IntervalsSource[] parts = new IntervalsSource[tokens.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Intervals.term(tokens.get(i));
        }
        return Intervals.phrase(parts);
    }

    /**
     * The analysed words of a text, and whether they stand one after the other (not so if the analyzer left a gap or
     * put two words at one position, which it does not today): only consecutive words are a phrase of
     * {@link WordPairs}.
     */
    private record Words(List<String> words, boolean consecutive) {}

    private Words analyze(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(HrcField.TEXT.fieldName(), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            boolean consecutive = true;
            while (ts.incrementToken()) {
                consecutive &= out.isEmpty() || increment.getPositionIncrement() == 1;
                out.add(term.toString());
            }
            ts.end();
            return new Words(out, consecutive);
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }
}
