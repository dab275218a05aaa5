package org.hrcsearch.api.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.hrcsearch.api.facet.FacetCounts;
import org.hrcsearch.api.facet.FieldLabels;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryCompiler;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.corpus.schema.DocumentMapper;

/**
 * Searches the index: parses the query, filters by facets with drill-sideways counts (selecting session 43 still
 * counts the other sessions), and returns a page of hits with snippets that say on which page they stand, and a
 * cursor to the next page.
 */
public final class SearchService {

    /** Totals are exact: the facet counts visit every match anyway. */
    private static final int TOTAL_HITS_THRESHOLD = Integer.MAX_VALUE;

    private final IndexHandle index;
    private final QueryCompiler compiler;
    private final HitReader hitReader;
    private final Duration timeLimit;
    private final FieldLabels labels;
    private final LongSupplier clock;

    SearchService(
            IndexHandle index, QueryCompiler compiler, Duration timeLimit, FieldLabels labels, LongSupplier clock) {
        this.labels = labels;
        this.clock = clock;
        this.index = index;
        this.compiler = compiler;
        this.hitReader = new HitReader(index.schema());
        this.timeLimit = timeLimit;
    }

    /** Sees the latest commit, if there is a new one. */
    public void refresh() throws IOException {
        index.refresh();
    }

    /**
     * Checks the syntax and limits of a query before it waits for a slot to run in: a query that would be refused
     * (a leading wildcard, too many terms) is refused at once, whatever the load.
     */
    public void checkQuery(String query) throws QuerySyntaxException {
        compiler.check(query);
    }

    public SearchResponse search(SearchRequest request) throws QuerySyntaxException, IOException {
        try (IndexHandle.Lease lease = index.acquire()) {
            return search(request, lease);
        }
    }

    /**
     * The same search over the commit of {@code lease}, for a caller that must say which commit its answer comes from
     * (a feed's validators).
     */
    public SearchResponse search(SearchRequest request, IndexHandle.Lease lease)
            throws QuerySyntaxException, IOException {
        Deadline deadline =
                Deadline.after(timeLimit, clock); // for the whole request: collecting hits and highlighting them
        IndexSearcher searcher = lease.searcher();
        QueryCompiler.Compiled q = compiler.compile(request.criteria(), lease, deadline);
        int offset = request.cursor().isPresent() ? 0 : (request.page() - 1) * request.size();
        int wanted = offset + request.size() + 1; // one more than shown tells whether a next page exists
        FieldDoc after = request.cursor().map(Cursor::toFieldDoc).orElse(null);
        // The query itself stops matching at the deadline (QueryCompiler), for the hits and the facets alike.
        TopFieldCollectorManager hitsManager =
                new TopFieldCollectorManager(sort(request.sort()), wanted, after, TOTAL_HITS_THRESHOLD);
        TopFieldDocs top;
        Facets facets = null;
        if (lease.snapshot().facetState() != null) {
            DrillSideways ds = new DrillSideways(
                    searcher, index.schema().facetsConfig(), lease.snapshot().facetState());
            DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> r = ds.search(q.drill(), hitsManager);
            top = r.collectorResult;
            facets = r.facets;
        } else {
            top = searcher.search(q.drill(), hitsManager);
        }
        ScoreDoc[] all = top.scoreDocs;
        ScoreDoc[] page =
                Arrays.copyOfRange(all, Math.min(offset, all.length), Math.min(all.length, offset + request.size()));
        String next = all.length > offset + request.size() && page.length > 0
                ? Cursor.after(
                                (FieldDoc) page[page.length - 1],
                                request.sort(),
                                request.criteria().fingerprint())
                        .encode()
                : null;
        HitReader.Page hits = hitReader.read(
                searcher,
                lease.snapshot().fieldInfos(),
                q.text(),
                page,
                request.sort() == SearchRequest.SortOrder.RELEVANCE,
                deadline,
                lease.snapshot().actions());
        return new SearchResponse(
                top.totalHits.value(),
                hits.hits(),
                FacetCounts.forSearch(facets, lease.snapshot(), labels),
                next,
                q.expired().getAsBoolean() || hits.cut());
    }

    /** Every order ends with the id, so that pages never overlap or skip a document. */
    static Sort sort(SearchRequest.SortOrder order) {
        SortField first = switch (order) {
            case RELEVANCE -> SortField.FIELD_SCORE;
            case DATE_ASCENDING -> DocumentMapper.dateSortField(false);
            case DATE_DESCENDING -> DocumentMapper.dateSortField(true);
            case INDEXED_DESCENDING -> DocumentMapper.indexedAtSortField(true);
        };
        return new Sort(first, DocumentMapper.idSortField());
    }
}
