package org.hrcsearch.api.facet;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryCompiler;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.Deadline;
import org.hrcsearch.api.search.SearchResponse;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * The full value list of one facet for a search, counted drill-sideways like the search's own facets (with
 * {@code session=43} selected, the session list still counts every session), e.g. every signatory with its
 * number of documents.
 */
public final class FacetService {

    /** All values of one facet with a count above zero, in the facet's order. */
    public record FacetList(String name, List<SearchResponse.FacetValue> values, boolean partial) {
        public FacetList {
            values = List.copyOf(values);
        }
    }

    private final IndexHandle index;
    private final QueryCompiler compiler;
    private final Duration timeLimit;
    private final FieldLabels labels;

    public FacetService(IndexHandle index, QueryCompiler compiler, Duration timeLimit, FieldLabels labels) {
        this.index = index;
        this.compiler = compiler;
        this.timeLimit = timeLimit;
        this.labels = labels;
    }

    /** Every value of {@code field} (a facet field) among the documents the criteria select. */
    public FacetList values(Criteria criteria, HrcField field) throws QuerySyntaxException, IOException {
        if (!field.isFacet()) {
            throw new IllegalArgumentException(field + " is not a facet field");
        }
        try (IndexHandle.Lease lease = index.acquire()) {
            if (lease.snapshot().facetState() == null) {
                return new FacetList(field.fieldName(), List.of(), false);
            }
            Deadline deadline = Deadline.after(timeLimit);
            QueryCompiler.Compiled q = compiler.compile(criteria, lease, deadline);
            TotalHitCountCollectorManager counter =
                    new TotalHitCountCollectorManager(lease.searcher().getSlices());
            DrillSideways ds = new DrillSideways(
                    lease.searcher(),
                    index.schema().facetsConfig(),
                    lease.snapshot().facetState());
            DrillSideways.ConcurrentDrillSidewaysResult<Integer> r = ds.search(q.drill(), counter);
            return new FacetList(
                    field.fieldName(),
                    FacetCounts.values(r.facets, lease.snapshot(), field, Integer.MAX_VALUE, labels),
                    q.expired().getAsBoolean());
        }
    }
}
