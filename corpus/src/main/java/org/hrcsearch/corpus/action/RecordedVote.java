package org.hrcsearch.corpus.action;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded vote: on what, at whose request, the tally the report prints and every State's position as listed,
 * e.g. on {@code draft resolution A/HRC/43/L.31/Rev.1}, requested by Czechia on behalf of the EU States, 23-16-8.
 *
 * @param subject what was voted on, in the report's words ({@code draft resolution}, {@code amendment
 *     A/HRC/28/L.38}, {@code paragraph 17 of the draft resolution})
 * @param tally the printed counts; empty when the report prints none
 */
public record RecordedVote(
        String subject, Optional<Sponsor> requestedBy, Optional<Tally> tally, List<StatePosition> positions) {
    public RecordedVote {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(tally, "tally");
        positions = List.copyOf(positions);
    }

    /** The counts of the State lists, to be held against the printed tally. */
    public Tally listedCounts() {
        Map<VotePosition, Integer> n = new EnumMap<>(VotePosition.class);
        for (StatePosition p : positions) {
            n.merge(p.position(), 1, Integer::sum);
        }
        return new Tally(
                n.getOrDefault(VotePosition.IN_FAVOUR, 0),
                n.getOrDefault(VotePosition.AGAINST, 0),
                n.getOrDefault(VotePosition.ABSTAINING, 0));
    }

    /** True when the State lists add up to the printed tally (or there is no printed tally to hold them against). */
    public boolean listsMatchTally() {
        return tally.map(t -> t.equals(listedCounts())).orElse(true);
    }
}
