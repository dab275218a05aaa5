package org.hrcsearch.api.search;

import java.time.Duration;

/**
 * The moment by which a piece of search work must stop, e.g. 5 seconds after a search started. Searches that pass
 * it return what they found so far, flagged partial.
 */
public record Deadline(long nanos) {

    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos());
    }

    public boolean passed() {
        return System.nanoTime() - nanos > 0;
    }

    /** The earlier of this deadline and {@code other}. */
    public Deadline orEarlier(Deadline other) {
        return nanos - other.nanos <= 0 ? this : other;
    }
}
