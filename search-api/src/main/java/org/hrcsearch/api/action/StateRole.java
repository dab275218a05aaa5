package org.hrcsearch.api.action;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hrcsearch.corpus.action.VotePosition;

/**
 * What a State did with a proposal, as {@code position} filters on it: voted {@code in_favour}, {@code against} or
 * {@code abstaining} in its recorded vote, or was its {@code sponsor} (main sponsor, co-sponsor or joined later).
 */
public enum StateRole {
    IN_FAVOUR(VotePosition.IN_FAVOUR),
    AGAINST(VotePosition.AGAINST),
    ABSTAINING(VotePosition.ABSTAINING),
    SPONSOR(null);

    private final VotePosition vote;

    StateRole(VotePosition vote) {
        this.vote = vote;
    }

    public String key() {
        return vote == null ? "sponsor" : vote.key();
    }

    /** The position in a vote; empty for {@link #SPONSOR}. */
    public Optional<VotePosition> vote() {
        return Optional.ofNullable(vote);
    }

    public static Optional<StateRole> fromKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.key().equals(k)).findFirst();
    }

    public static String allowedKeys() {
        return Arrays.stream(values()).map(StateRole::key).collect(Collectors.joining(", ", "[", "]"));
    }
}
