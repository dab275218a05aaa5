package org.hrcsearch.corpus.action;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the Council did with a proposal, e.g. {@code adopted_by_vote}; the {@link #key()} is its written form. */
public enum ActionOutcome {
    /** Adopted without a vote, or by silence procedure (no vote either). */
    ADOPTED_WITHOUT_VOTE("adopted_without_vote"),
    ADOPTED_BY_VOTE("adopted_by_vote"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn"),
    /** A motion not to act on the proposal was carried. */
    NO_ACTION("no_action");

    private final String key;

    ActionOutcome(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Accepts the key ({@code adopted_by_vote}) in any case, with spaces or hyphens for underscores. */
    public static Optional<ActionOutcome> fromKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(o -> o.key.equals(k)).findFirst();
    }

    public static String allowedKeys() {
        return Arrays.stream(values()).map(ActionOutcome::key).collect(Collectors.joining(", ", "[", "]"));
    }
}
