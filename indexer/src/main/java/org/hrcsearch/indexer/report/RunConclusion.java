package org.hrcsearch.indexer.report;

import java.util.Objects;
import org.hrcsearch.corpus.index.RunState;

/**
 * How a run ended, e.g. {@code COMMITTED} with 346 documents, or {@code REFUSED} "this run would leave 120 of 346
 * documents".
 *
 * @param documents the documents a reader of the index sees after the run
 * @param message one sentence for the user
 */
public record RunConclusion(RunState state, int documents, String message) {
    public RunConclusion {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
        if (state == RunState.RUNNING) {
            throw new IllegalArgumentException("a run that concluded is no longer " + state.key());
        }
    }
}
