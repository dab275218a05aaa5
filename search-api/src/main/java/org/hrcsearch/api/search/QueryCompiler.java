package org.hrcsearch.api.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.query.QueryParser;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.query.QueryTranslator;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;

/**
 * Turns {@link Criteria} into the Lucene queries that one request runs against one commit: the user's query
 * (which scores, and which snippets and occurrence counts look for), and the same with the date range and the
 * facet filters as a drill-down (which selects).
 */
final class QueryCompiler {

  /**
   * The queries of one request.
   *
   * @param text the user's query alone, rewritten (wildcards expanded within their bound)
   * @param drill the text, date range and facet filters: what selects the documents
   */
  /**
   * A compiled search: {@code text} for highlighting, {@code drill} to run; {@code expired} says whether the
   * deadline it was compiled with stopped its matching (always false without one).
   */
  record Compiled(Query text, DrillDownQuery drill, java.util.function.BooleanSupplier expired) {}

  private final HrcSchema schema;
  private final QueryLimits limits;
  private final QueryParser parser;

  QueryCompiler(HrcSchema schema, QueryLimits limits) {
    this.schema = schema;
    this.limits = limits;
    this.parser = new QueryParser(limits);
  }

  /** Parses {@code query} without the index: what the query language refuses, refused without any search. */
  void check(String query) throws QuerySyntaxException {
    if (!query.isBlank()) {
      parser.parse(query);
    }
  }

  /** Compiles criteria to run without a deadline (an export streams every match). */
  Compiled compile(Criteria criteria, IndexHandle.Lease lease) throws QuerySyntaxException, IOException {
    return compile(criteria, lease, null);
  }

  /**
   * Compiles criteria whose matching stops at {@code deadline} (none when null): hits, totals and the facet counts
   * of drill-sideways stop together, and the answer is flagged partial.
   */
  Compiled compile(Criteria criteria, IndexHandle.Lease lease, Deadline deadline)
      throws QuerySyntaxException, IOException {
    IndexValueResolver resolver = new IndexValueResolver(lease.snapshot());
    Query text = criteria.query().isBlank()
        ? new MatchAllDocsQuery()
        : new QueryTranslator(schema.analyzer(), resolver, limits).toLucene(parser.parse(criteria.query()));
    text = rewrite(lease.searcher(), text);
    Query base = text;
    if (criteria.from().isPresent() || criteria.to().isPresent()) {
      long from = criteria.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long to = criteria.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      base = new BooleanQuery.Builder()
          .add(text, Occur.MUST)
          .add(LongField.newRangeQuery(DocumentMapper.DATE_DAY_FIELD, from, to), Occur.FILTER)
          .build();
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

  /** Expands wildcards now, so that a query past the clause limit is a 400 before anything runs. */
  private static Query rewrite(IndexSearcher searcher, Query query) throws QuerySyntaxException, IOException {
    try {
      return searcher.rewrite(query);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("too_many_clauses", "the query expands to more than "
          + IndexSearcher.getMaxClauseCount() + " terms: use fewer wildcards or OR alternatives", -1);
    }
  }
}
