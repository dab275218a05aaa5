package org.hrcsearch.corpus.action;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a State voted in a recorded vote, e.g. {@code in_favour}; the {@link #key()} is its written form. */
public enum VotePosition {
    IN_FAVOUR("in_favour"),
    AGAINST("against"),
    ABSTAINING("abstaining");

    private final String key;

    VotePosition(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Accepts the key ({@code in_favour}) in any case, with spaces or hyphens for underscores. */
    public static Optional<VotePosition> fromKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(p -> p.key.equals(k)).findFirst();
    }
}
