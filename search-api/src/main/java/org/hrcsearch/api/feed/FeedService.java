package org.hrcsearch.api.feed;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.hrcsearch.api.facet.FieldLabels;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.api.search.SearchResponse;
import org.hrcsearch.api.search.SearchService;

/**
 * A search followed as a feed: the newest matching documents by when they first entered the index, at most
 * {@link #MAX_ENTRIES}, as Atom. The search is the search service's own, with the same query language, filters and
 * dates; the answer and its version come from one commit, so a client holding the current version is told so
 * without a search being run.
 */
public final class FeedService {

    /** The most entries a feed holds. */
    public static final int MAX_ENTRIES = 50;

    private final IndexHandle index;
    private final SearchService search;
    private final AtomFeed atom;

    public FeedService(IndexHandle index, SearchService search, FieldLabels labels) {
        this.index = index;
        this.search = search;
        this.atom = new AtomFeed(labels);
    }

    /**
     * The feed of {@code criteria} at {@code links}, or {@link FeedAnswer.NotModified} when {@code current} says that
     * the client already holds this version (its {@code If-None-Match} or {@code If-Modified-Since}).
     */
    public FeedAnswer answer(Criteria criteria, FeedLinks links, Predicate<FeedVersion> current)
            throws IOException, QuerySyntaxException {
        try (IndexHandle.Lease lease = index.acquire()) {
            FeedVersion version = FeedVersion.of(lease.snapshot(), links.self());
            if (current.test(version)) {
                return new FeedAnswer.NotModified(version);
            }
            SearchResponse newest = search.search(
                    new SearchRequest(
                            criteria, SearchRequest.SortOrder.INDEXED_DESCENDING, MAX_ENTRIES, 1, Optional.empty()),
                    lease);
            Instant updated = version.lastModified()
                    .or(() -> newest.hits().stream()
                            .map(h -> Optional.ofNullable(h.updatedAt()).orElse(h.indexedAt()))
                            .filter(t -> t != null)
                            .map(Instant::parse)
                            .max(Instant::compareTo))
                    .orElse(Instant.EPOCH);
            return new FeedAnswer.Fresh(version, atom.write(criteria, newest.hits(), links, updated));
        }
    }
}
