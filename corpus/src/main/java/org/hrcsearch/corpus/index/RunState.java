package org.hrcsearch.corpus.index;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an indexer run is, as its status files say it: {@code running} while it goes, then how it ended. */
public enum RunState {
    /** The run goes on ({@code progress.json}). */
    RUNNING,
    /** The run's changes landed in one new commit. */
    COMMITTED,
    /** Nothing changed in the corpus: no new commit. */
    UNCHANGED,
    /** The run would have lost too many documents: rolled back, the last commit stays. */
    REFUSED,
    /**
     * The run failed (the index could not be written, a worker could not start, or it was interrupted): the last
     * commit stays.
     */
    FAILED;

    /** The name in the status files and the report, e.g. {@code committed}. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
