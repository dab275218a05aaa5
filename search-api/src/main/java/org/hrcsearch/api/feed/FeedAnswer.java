package org.hrcsearch.api.feed;

import java.util.Objects;

/** What a feed request gets: the feed, or word that the version the client holds is still the current one. */
public sealed interface FeedAnswer {

    /** The version answered, for the {@code ETag} and {@code Last-Modified} headers. */
    FeedVersion version();

    /** The feed as Atom 1.0 XML. */
    record Fresh(FeedVersion version, String atom) implements FeedAnswer {
        public Fresh {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(atom, "atom");
        }
    }

    /** The client's copy is current: no search was run. */
    record NotModified(FeedVersion version) implements FeedAnswer {
        public NotModified {
            Objects.requireNonNull(version, "version");
        }
    }
}
