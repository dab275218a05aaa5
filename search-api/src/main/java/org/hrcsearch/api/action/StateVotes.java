package org.hrcsearch.api.action;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcsearch.api.facet.FieldLabels;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.search.DocumentRef;
import org.hrcsearch.corpus.action.Amendment;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * One State's record in the Council, session by session, newest first: every recorded vote it took part in (on a
 * proposal, a part of it, an amendment or a motion) with its position, and every proposal it sponsored, co-sponsored
 * or joined, e.g. Czechia at session 43: against A/HRC/43/L.31/Rev.1 (23-16-8), ...
 */
public final class StateVotes {

    /** How many votes of each kind and how many proposals sponsored. */
    public record Counts(int votes, int inFavour, int against, int abstaining, int sponsored) {
        Counts plus(Counts o) {
            return new Counts(
                    votes + o.votes,
                    inFavour + o.inFavour,
                    against + o.against,
                    abstaining + o.abstaining,
                    sponsored + o.sponsored);
        }

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    /** The counts of a vote as the report prints them. */
    public record TallyView(int inFavour, int against, int abstaining) {
        static TallyView of(Tally t) {
            return new TallyView(t.inFavour(), t.against(), t.abstaining());
        }
    }

    /**
     * One recorded vote the State took part in: {@code report} and {@code pages} say where a report tells it (null
     * and none for a vote only a votes file gives), {@code votesFile} the votes file that gives it, if one does.
     */
    public record Vote(
            String draft,
            String resulting,
            String title,
            String subject,
            String position,
            TallyView tally,
            String outcome,
            String summary,
            String report,
            List<Integer> pages,
            DocumentRef votesFile) {}

    /** One proposal the State sponsored; {@code role} is {@code sponsor}, {@code co_sponsor} or {@code joined}. */
    public record Sponsored(
            String draft,
            String resulting,
            String title,
            String role,
            String printed,
            String outcome,
            String summary) {}

    /** One session of the State's record. */
    public record SessionRecord(
            String session, String label, Counts counts, List<Vote> votes, List<Sponsored> sponsored) {
        public SessionRecord {
            votes = List.copyOf(votes);
            sponsored = List.copyOf(sponsored);
        }
    }

    /** The whole record; {@code aliases} are the other names {@code states.tsv} knows it by. */
    public record Record(String state, List<String> aliases, Counts counts, List<SessionRecord> sessions) {
        public Record {
            aliases = List.copyOf(aliases);
            sessions = List.copyOf(sessions);
        }
    }

    private final IndexHandle index;
    private final StateNames states;

    public StateVotes(IndexHandle index, StateNames states) {
        this.index = index;
        this.states = states;
    }

    /** The record of the State named {@code name} (any name {@code states.tsv} gives it); empty for no State. */
    public Optional<Record> of(String name) throws IOException {
        Optional<StateNames.State> state = states.find(name);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        String canonical = state.get().name();
        Map<String, List<Vote>> votes = new LinkedHashMap<>();
        Map<String, List<Sponsored>> sponsored = new LinkedHashMap<>();
        Map<String, Session> sessions = new LinkedHashMap<>();
        try (IndexHandle.Lease lease = index.acquire()) {
            for (ActionDirectory.Entry e : lease.snapshot().actions().all()) {
                String key = e.session().map(Session::label).orElse("");
                e.session().ifPresent(s -> sessions.putIfAbsent(key, s));
                CouncilAction a = e.action();
                for (RecordedVote v : votesOf(a)) {
                    v.positions().stream()
                            .filter(p -> p.state().equals(canonical))
                            .map(StatePosition::position)
                            .findFirst()
                            .ifPresent(p -> votes.computeIfAbsent(key, k -> new ArrayList<>())
                                    .add(new Vote(
                                            text(a.draft()),
                                            text(a.resulting()),
                                            a.title(),
                                            v.subject(),
                                            p.key(),
                                            v.tally().map(TallyView::of).orElse(null),
                                            a.outcome().key(),
                                            ActionSummary.of(a),
                                            a.source()
                                                    .report()
                                                    .map(UnSymbol::text)
                                                    .orElse(null),
                                            a.source().pages(),
                                            e.votesFile().orElse(null))));
                }
                role(a, canonical)
                        .ifPresent(r -> sponsored
                                .computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new Sponsored(
                                        text(a.draft()),
                                        text(a.resulting()),
                                        a.title(),
                                        r.role,
                                        r.sponsor.printed(),
                                        a.outcome().key(),
                                        ActionSummary.of(a))));
            }
        }
        List<SessionRecord> out = new ArrayList<>();
        Counts total = Counts.NONE;
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(votes.keySet());
        keys.addAll(sponsored.keySet());
        for (String key : keys) {
            List<Vote> v = votes.getOrDefault(key, List.of());
            List<Sponsored> s = sponsored.getOrDefault(key, List.of());
            Counts c = new Counts(
                    v.size(),
                    (int) v.stream()
                            .filter(x -> x.position().equals("in_favour"))
                            .count(),
                    (int) v.stream().filter(x -> x.position().equals("against")).count(),
                    (int) v.stream()
                            .filter(x -> x.position().equals("abstaining"))
                            .count(),
                    s.size());
            total = total.plus(c);
            Optional<Session> session = Optional.ofNullable(sessions.get(key));
            out.add(new SessionRecord(
                    session.map(Session::label).orElse(null),
                    session.map(FieldLabels::sessionLabel).orElse("No session"),
                    c,
                    v,
                    s));
        }
        List<String> aliases =
                state.get().aliases().stream().filter(a -> !a.equals(canonical)).toList();
        return Optional.of(new Record(canonical, aliases, total, out));
    }

    /** The vote on the proposal itself, then on its parts and motions, then on its amendments. */
    private static List<RecordedVote> votesOf(CouncilAction a) {
        List<RecordedVote> all = new ArrayList<>();
        a.vote().ifPresent(all::add);
        all.addAll(a.otherVotes());
        a.amendments().stream().map(Amendment::vote).flatMap(Optional::stream).forEach(all::add);
        return all;
    }

    private record Role(String role, Sponsor sponsor) {}

    private static Optional<Role> role(CouncilAction a, String state) {
        return find(a.sponsors(), state, "sponsor")
                .or(() -> find(a.coSponsors(), state, "co_sponsor"))
                .or(() -> find(a.joinedSponsors(), state, "joined"));
    }

    private static Optional<Role> find(List<Sponsor> list, String state, String role) {
        return list.stream()
                .filter(s -> s.state().map(state::equals).orElse(false))
                .findFirst()
                .map(s -> new Role(role, s));
    }

    private static String text(Optional<UnSymbol> s) {
        return s.map(UnSymbol::text).orElse(null);
    }
}
