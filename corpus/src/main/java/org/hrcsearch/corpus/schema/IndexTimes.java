package org.hrcsearch.corpus.schema;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When a document entered the index and when its file last changed, e.g. first indexed
 * {@code 2026-12-01T09:00:00Z} and updated {@code 2026-12-07T16:40:00Z}: what a feed of new documents orders by
 * and what its entries say. Each is the one instant of the indexing run that wrote it (the instant its commit is
 * stamped with), in milliseconds, as the index keeps it.
 *
 * @param indexedAt when the document's file first entered the index
 * @param updatedAt when the file last changed after that; empty while it never did
 */
public record IndexTimes(Instant indexedAt, Optional<Instant> updatedAt) {

    public IndexTimes {
        indexedAt = Objects.requireNonNull(indexedAt, "indexedAt").truncatedTo(ChronoUnit.MILLIS);
        updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").map(t -> t.truncatedTo(ChronoUnit.MILLIS));
        if (updatedAt.isPresent() && updatedAt.get().isBefore(indexedAt)) {
            throw new IllegalArgumentException("a document is updated after it was first indexed, not before: "
                    + updatedAt.get() + " < " + indexedAt);
        }
    }

    /** A document that enters the index {@code at} this instant. */
    public static IndexTimes first(Instant at) {
        return new IndexTimes(at, Optional.empty());
    }

    /** The same document with its file changed {@code at} this instant: its first time stays. */
    public IndexTimes changedAt(Instant at) {
        return new IndexTimes(indexedAt, Optional.of(at));
    }

    /** When the document last changed in the index: its update, else its first indexing. */
    public Instant latest() {
        return updatedAt.orElse(indexedAt);
    }
}
