package org.hrcsearch.api.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.hrcsearch.api.action.ActionService;
import org.hrcsearch.api.action.StateVotes;
import org.hrcsearch.api.export.ExportService;
import org.hrcsearch.api.export.TimelineService;
import org.hrcsearch.api.facet.FacetService;
import org.hrcsearch.api.facet.FieldLabels;
import org.hrcsearch.api.feed.FeedService;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryCompiler;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.signatory.SignatoryAliases;
import org.hrcsearch.api.signatory.SignatoryService;
import org.hrcsearch.corpus.vocab.ConcernTaxonomy;
import org.hrcsearch.corpus.vocab.StateNames;
import org.hrcsearch.corpus.vocab.Vocabularies;

/** Every service of the API over one open index, wired by hand; closing it closes the index. */
public record ApiServices(
        IndexHandle index,
        FieldLabels labels,
        SearchService search,
        FacetService facets,
        DocumentService documents,
        SignatoryService signatories,
        TimelineService timeline,
        ExportService export,
        ActionService actions,
        StateVotes stateVotes,
        FeedService feeds)
        implements Closeable {

    /** How long one search may run before it answers with what it found, flagged partial. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    /**
     * The services over {@code index}.
     *
     * @param aliases other names of signatories
     * @param concerns the concern taxonomy, whose labels name the concern facet's values
     * @param json the JSON mapper of the API, for JSON-lines exports
     */
    public static ApiServices over(
            IndexHandle index,
            SignatoryAliases aliases,
            ConcernTaxonomy concerns,
            QueryLimits limits,
            Duration timeLimit,
            ObjectMapper json) {
        return over(index, aliases, concerns, limits, timeLimit, json, Deadline.SYSTEM_CLOCK);
    }

    /**
     * The same with the time limit of a search on {@code clock} (nanoseconds), for a test that says when the time
     * of a search runs out rather than waiting for it.
     */
    public static ApiServices over(
            IndexHandle index,
            SignatoryAliases aliases,
            ConcernTaxonomy concerns,
            QueryLimits limits,
            Duration timeLimit,
            ObjectMapper json,
            LongSupplier clock) {
        QueryCompiler compiler = new QueryCompiler(index.schema(), limits);
        FieldLabels labels = new FieldLabels(concerns);
        StateNames states = Vocabularies.bundled().states();
        SearchService search = new SearchService(index, compiler, timeLimit, labels, clock);
        return new ApiServices(
                index,
                labels,
                search,
                new FacetService(index, compiler, timeLimit, labels),
                new DocumentService(index, Path.of("")),
                new SignatoryService(index, aliases),
                new TimelineService(index, compiler, timeLimit),
                new ExportService(index, compiler, json),
                new ActionService(index, compiler, states),
                new StateVotes(index, states),
                new FeedService(index, search, labels));
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
