package org.hrcsearch.indexer.report;

import java.util.Objects;

/**
 * How a run ended, e.g. {@code COMMITTED} with 346 documents, or {@code REFUSED} "this run would leave 120 of 346
 * documents".
 *
 * @param documents the documents a reader of the index sees after the run
 * @param message one sentence for the user
 */
public record RunConclusion(State state, int documents, String message) {
    public RunConclusion {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
    }

    /** How a run ended. */
    public enum State {
        /** The run's changes landed in one new commit. */
        COMMITTED("committed"),
        /** Nothing changed in the corpus: no new commit. */
        UNCHANGED("unchanged"),
        /** The run would have lost too many documents: rolled back, the last commit stays. */
        REFUSED("refused"),
        /** The run failed (the index could not be written, a worker could not start): the last commit stays. */
        FAILED("failed");

        private final String key;

        State(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
