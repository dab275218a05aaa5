package org.hrcsearch.api.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryTranslator.PhraseMatching;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.Deadline;
import org.hrcsearch.api.search.DeadlineQuery;
import org.hrcsearch.api.search.IndexValueResolver;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.schema.WordForms;

/**
 * Turns {@link Criteria} into the Lucene queries that one request runs against one commit: the user's query with
 * the date range, one version of each text if asked, and the facet filters as a drill-down (which selects and
 * scores), and the user's query alone in the form that snippets and occurrence counts look for.
 */
public final class QueryCompiler {

    /**
     * A compiled search: {@code drill} to run (the user's query with the date range and facet filters, its exact
     * phrases matched on {@link org.hrcsearch.corpus.schema.WordPairs}); {@code text} the user's query alone, rewritten
     * (wildcards expanded within their bound), its phrases on the words' positions: the same documents, and what
     * highlighting and occurrence counts read. {@code expired} says whether the deadline it was compiled with stopped
     * its matching (always false without one).
     */
    public record Compiled(Query text, DrillDownQuery drill, java.util.function.BooleanSupplier expired) {}

    private final HrcSchema schema;
    private final QueryLimits limits;
    private final QueryParser parser;

    public QueryCompiler(HrcSchema schema, QueryLimits limits) {
        this.schema = schema;
        this.limits = limits;
        this.parser = new QueryParser(limits);
    }

    /** Parses {@code query} without the index: what the query language refuses, refused without any search. */
    public void check(String query) throws QuerySyntaxException {
        if (!query.isBlank()) {
            parser.parse(query);
        }
    }

    /** Compiles criteria to run without a deadline (an export streams every match). */
    public Compiled compile(Criteria criteria, IndexHandle.Lease lease) throws QuerySyntaxException, IOException {
        return compile(criteria, lease, null);
    }

    /**
     * Compiles criteria whose matching stops at {@code deadline} (none when null): hits, totals and the facet counts
     * of drill-sideways stop together, and the answer is flagged partial.
     */
    public Compiled compile(Criteria criteria, IndexHandle.Lease lease, Deadline deadline)
            throws QuerySyntaxException, IOException {
        IndexValueResolver resolver = new IndexValueResolver(lease.snapshot());
        Query text;
        Query base;
        if (criteria.query().isBlank()) {
            text = new MatchAllDocsQuery();
            base = text;
        } else {
            QueryNode parsed = parser.parse(criteria.query());
            Set<Language> forms = wordForms(lease.snapshot().fieldInfos());
            Query positions = translate(parsed, resolver, PhraseMatching.WORD_POSITIONS, forms);
            Query pairs = translate(parsed, resolver, PhraseMatching.WORD_PAIRS, forms);
            text = rewrite(lease.searcher(), positions);
            base = pairs.equals(positions) ? text : rewrite(lease.searcher(), pairs); // no phrase: one query
        }
        if (criteria.from().isPresent() || criteria.to().isPresent()) {
            long from = criteria.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            long to = criteria.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            base = new BooleanQuery.Builder()
                    .add(base, Occur.MUST)
                    .add(LongField.newRangeQuery(DocumentMapper.DATE_DAY_FIELD, from, to), Occur.FILTER)
                    .build();
        }
        if (criteria.oneVersion().isPresent()) {
            // before the drill-down, so that every facet counts the versions the hits show
            Optional<Query> others = lease.snapshot()
                    .versions()
                    .othersThan(lease.searcher(), base, criteria.oneVersion().get());
            if (others.isPresent()) {
                base = new BooleanQuery.Builder()
                        .add(base, Occur.MUST)
                        .add(others.get(), Occur.MUST_NOT)
                        .build();
            }
        }
        DeadlineQuery bounded = deadline == null ? null : new DeadlineQuery(base, deadline);
        DrillDownQuery drill = new DrillDownQuery(schema.facetsConfig(), bounded == null ? base : bounded);
        for (Map.Entry<HrcField, List<String>> f : criteria.filters().entrySet()) {
            for (String value : f.getValue()) {
                drill.add(f.getKey().fieldName(), resolver.resolve(f.getKey(), value));
            }
        }
        return new Compiled(text, drill, bounded == null ? () -> false : bounded::expired);
    }

    private Query translate(
            QueryNode parsed, IndexValueResolver resolver, PhraseMatching phrases, Set<Language> wordForms)
            throws QuerySyntaxException {
        return new QueryTranslator(schema.analyzer(), resolver, limits, phrases, wordForms).toLucene(parsed);
    }

    /** The languages whose word forms this commit holds: the analysers a word of a query goes through. */
    private static Set<Language> wordForms(FieldInfos fieldInfos) {
        Set<Language> present = EnumSet.noneOf(Language.class);
        for (Language l : WordForms.languages()) {
            if (fieldInfos.fieldInfo(WordForms.field(l).orElseThrow()) != null) {
                present.add(l);
            }
        }
        return present;
    }

    /** Expands wildcards now, so that a query past the clause limit is a 400 before anything runs. */
    private static Query rewrite(IndexSearcher searcher, Query query) throws QuerySyntaxException, IOException {
        try {
            return searcher.rewrite(query);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(
                    "too_many_clauses",
                    "the query expands to more than " + IndexSearcher.getMaxClauseCount()
                            + " terms: use fewer wildcards or OR alternatives",
                    -1);
        }
    }
}
