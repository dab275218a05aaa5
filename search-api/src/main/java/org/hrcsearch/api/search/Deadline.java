package org.hrcsearch.api.search;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The moment by which a piece of search work must stop, e.g. 5 seconds after a search started, on a clock of
 * nanoseconds ({@link System#nanoTime} but in tests, which pass a clock they move themselves). Searches that pass it
 * return what they found so far, flagged partial.
 */
public record Deadline(long nanos, LongSupplier clock) {

    /** The system's monotonic clock, the one every deadline of the server runs on. */
    public static final LongSupplier SYSTEM_CLOCK = System::nanoTime;

    public static Deadline after(Duration limit) {
        return after(limit, SYSTEM_CLOCK);
    }

    /** {@code limit} from now on {@code clock}. */
    public static Deadline after(Duration limit, LongSupplier clock) {
        return new Deadline(clock.getAsLong() + limit.toNanos(), clock);
    }

    public boolean passed() {
        return clock.getAsLong() - nanos > 0;
    }

    /** The earlier of this deadline and {@code other}. */
    public Deadline orEarlier(Deadline other) {
        return nanos - other.nanos <= 0 ? this : other;
    }
}
