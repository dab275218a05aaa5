package org.hrcsearch.corpus.action;

import java.util.Objects;

/** One State's position in one recorded vote, e.g. {@code Czechia against}; the name is canonical ({@code states.tsv}). */
public record StatePosition(String state, VotePosition position) {
    public StatePosition {
        Objects.requireNonNull(position, "position");
        if (state == null || state.isBlank()) {
            throw new IllegalArgumentException("a position needs the State's name");
        }
    }
}
