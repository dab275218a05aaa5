package org.hrcsearch.api.feed;

import java.util.Objects;

/**
 * Where a feed's links point, absolute as Atom wants them, e.g. base {@code http://localhost:7070} and query
 * {@code q=reprisals&session=43}: the feed itself ({@code self}), the same search on the search page
 * ({@code alternate}), and each entry's document view and original file.
 *
 * @param base the server's scheme, host and port, as the request named them, without a trailing slash
 * @param query the feed request's query string as sent (percent-encoded), empty for none
 */
public record FeedLinks(String base, String query) {

    /** The route the feed is served at. */
    public static final String PATH = "/api/feed";

    public FeedLinks {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(query, "query");
        if (base.endsWith("/")) {
            throw new IllegalArgumentException("the base has no trailing slash: " + base);
        }
    }

    /** The feed's own URL, with its query: what a feed reader subscribes to. */
    public String self() {
        return base + PATH + (query.isEmpty() ? "" : "?" + query);
    }

    /** The same search on the search page. */
    public String page() {
        return base + "/" + (query.isEmpty() ? "" : "?" + query);
    }

    /** A document's view on the search page, with the search it was found by. */
    public String document(String id) {
        return base + "/?view=document&id=" + id + (query.isEmpty() ? "" : "&" + query);
    }

    /** Where the API serves a document's original file, e.g. {@code http://localhost:7070/api/documents/ab12.../file}. */
    public String file(String relativeFileUrl) {
        return base + relativeFileUrl;
    }
}
