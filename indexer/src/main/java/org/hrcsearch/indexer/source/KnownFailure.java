package org.hrcsearch.indexer.source;

import java.util.Objects;

/**
 * A file that failed in an earlier run, e.g. {@code cycle1/g0917123.pdf} {@code failed_parse} "Page tree root must
 * be a dictionary", recorded so that the next run does not parse it again while it is unchanged.
 *
 * @param outcome the report's outcome key, e.g. {@code failed_timeout}
 */
public record KnownFailure(PathStamp stamp, String outcome, String reason) {
    public KnownFailure {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }
}
