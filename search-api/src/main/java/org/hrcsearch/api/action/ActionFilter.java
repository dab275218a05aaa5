package org.hrcsearch.api.action;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.schema.TextFolding;

/**
 * Which actions a list shows, e.g. session 43, adopted by vote, Czechia against. Names are canonical (resolved
 * through {@code states.tsv} before); {@code q} is matched by the service.
 *
 * @param sponsor a main sponsor, co-sponsor or State that joined, by canonical name or as printed
 * @param role what {@code state} did: voted one way or sponsored; empty: any of them
 */
public record ActionFilter(
        String q,
        Optional<Session> session,
        Optional<ActionOutcome> outcome,
        Optional<String> sponsor,
        Optional<String> state,
        Optional<StateRole> role) {

    /** The parts of a filter, each of which has facet counts that ignore it (as a search's do). */
    public enum Part {
        SESSION,
        OUTCOME,
        SPONSOR,
        STATE
    }

    public ActionFilter {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sponsor, "sponsor");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(role, "role");
        if (role.isPresent() && state.isEmpty()) {
            throw new IllegalArgumentException(
                    "position needs state: whose position? e.g. state=Czechia&position=" + StateRole.AGAINST.key());
        }
    }

    public static ActionFilter all() {
        return new ActionFilter(
                "", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether an action of {@code session} passes every part but {@code ignored} (null: every part). */
    boolean matches(ActionDirectory.Entry e, Part ignored) {
        CouncilAction a = e.action();
        if (ignored != Part.SESSION && session.isPresent() && !session.equals(e.session())) {
            return false;
        }
        if (ignored != Part.OUTCOME && outcome.isPresent() && outcome.get() != a.outcome()) {
            return false;
        }
        if (ignored != Part.SPONSOR && sponsor.isPresent() && !sponsoredBy(a, sponsor.get())) {
            return false;
        }
        if (ignored != Part.STATE && state.isPresent()) {
            String s = state.get();
            boolean hit = role.isEmpty()
                    ? sponsoredBy(a, s) || positionOf(a, s).isPresent()
                    : role.get()
                            .vote()
                            .map(p -> positionOf(a, s).equals(Optional.of(p)))
                            .orElseGet(() -> sponsoredBy(a, s));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    /** Every sponsor of the proposal: main sponsors, co-sponsors and those who joined. */
    static List<Sponsor> sponsors(CouncilAction a) {
        return Stream.of(a.sponsors(), a.coSponsors(), a.joinedSponsors())
                .flatMap(List::stream)
                .toList();
    }

    /** The name a sponsor counts under: its State, or the name as printed when it is none. */
    static String sponsorName(Sponsor s) {
        return s.state().orElse(s.printed());
    }

    static boolean sponsoredBy(CouncilAction a, String name) {
        String folded = TextFolding.fold(name);
        return sponsors(a).stream()
                .anyMatch(s -> s.state().map(name::equals).orElse(false)
                        || TextFolding.fold(s.printed()).equals(folded));
    }

    /** How {@code state} voted on the proposal itself, when it was put to a recorded vote. */
    static Optional<VotePosition> positionOf(CouncilAction a, String state) {
        return a.vote().stream()
                .map(RecordedVote::positions)
                .flatMap(List::stream)
                .filter(p -> p.state().equals(state))
                .map(StatePosition::position)
                .findFirst();
    }

    /** The States of the vote on the proposal itself with {@code position}. */
    static Set<String> statesWith(CouncilAction a, VotePosition position) {
        return a.vote().stream()
                .map(RecordedVote::positions)
                .flatMap(List::stream)
                .filter(p -> p.position() == position)
                .map(StatePosition::state)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
