package org.hrcsearch.api.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * The actions of the session reports and of the votes files as one list: an action a votes file gives for a
 * proposal a report also tells (the same draft, any revision, or the same resulting text) is one action. The report
 * wins for what it prints; the votes file fills what it lacks: the States' positions when the report printed only
 * a tally, the title and the date when it gave none. When both give positions and they differ, the report's stay
 * and the action carries a warning that says where they differ; so it does when the votes file's rows count another
 * tally or make another outcome than the report prints. An action only a votes file gives is an action of its own,
 * for sessions whose reports are not in the corpus. Pure.
 */
final class ActionMerge {
    private ActionMerge() {}

    /** How many differing States a warning names; the rest are counted. */
    static final int NAMED_DIFFERENCES = 10;

    /**
     * @param fromReports the reports' actions, in their order
     * @param fromVotesFiles the votes files' actions, in their order: of two that give the same proposal, the first
     *     is used
     * @return the reports' actions (merged where a votes file gives them too), then the votes files' own
     */
    static List<ActionDirectory.Entry> merge(
            List<ActionDirectory.Entry> fromReports, List<ActionDirectory.Entry> fromVotesFiles) {
        List<ActionDirectory.Entry> out = new ArrayList<>(fromReports);
        Map<String, Integer> byKey = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            for (String k : keys(out.get(i).action())) {
                byKey.putIfAbsent(k, i);
            }
        }
        List<Boolean> filled = new ArrayList<>(java.util.Collections.nCopies(out.size(), false));
        for (ActionDirectory.Entry csv : fromVotesFiles) {
            Optional<Integer> at = match(csv.action(), out, byKey);
            if (at.isEmpty()) {
                out.add(csv);
                filled.add(true);
                keys(csv.action()).forEach(k -> byKey.putIfAbsent(k, out.size() - 1));
            } else if (!filled.get(at.get())) {
                out.set(at.get(), fill(out.get(at.get()), csv));
                filled.set(at.get(), true);
            } else {
                out.set(at.get(), alsoIn(out.get(at.get()), csv));
            }
        }
        return out;
    }

    /** The keys an action is found under: its draft's base symbol and its resulting text's symbol. */
    private static List<String> keys(CouncilAction a) {
        List<String> keys = new ArrayList<>();
        a.draft().ifPresent(d -> keys.add("draft " + d.base()));
        a.resulting().ifPresent(r -> keys.add("text " + r.text()));
        return keys;
    }

    private static Optional<Integer> match(
            CouncilAction a, List<ActionDirectory.Entry> entries, Map<String, Integer> byKey) {
        if (a.draft().isPresent()) {
            UnSymbol d = a.draft().get();
            // the exact revision first, as a lookup by symbol does
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).action().draft().map(d::equals).orElse(false)) {
                    return Optional.of(i);
                }
            }
        }
        return keys(a).stream().map(byKey::get).filter(Objects::nonNull).findFirst();
    }

    /** The report's action, with what the votes file adds and what it says otherwise. */
    static ActionDirectory.Entry fill(ActionDirectory.Entry report, ActionDirectory.Entry csv) {
        CouncilAction r = report.action();
        CouncilAction c = csv.action();
        List<String> warnings = new ArrayList<>(report.warnings());
        Optional<RecordedVote> vote = r.vote();
        Optional<ActionSource.Kind> positionsFrom = report.positionsFrom();
        RecordedVote theirs = c.vote().orElseThrow(); // a votes file's action is always a vote
        if (r.vote().isPresent() && !r.vote().get().positions().isEmpty()) {
            differences(r.vote().get(), theirs).ifPresent(warnings::add);
        } else if (r.vote().isPresent()) {
            RecordedVote printed = r.vote().get();
            vote = Optional.of(
                    new RecordedVote(printed.subject(), printed.requestedBy(), printed.tally(), theirs.positions()));
            positionsFrom = Optional.of(ActionSource.Kind.VOTES_FILE);
            if (printed.tally().isPresent() && !printed.tally().get().equals(theirs.listedCounts())) {
                warnings.add("the votes file's rows count " + theirs.listedCounts() + ", the report prints "
                        + printed.tally().get() + "; the positions are the votes file's");
            }
        } else if (r.outcome() == ActionOutcome.REJECTED || r.outcome() == ActionOutcome.NO_ACTION) {
            vote = Optional.of(theirs);
            positionsFrom = Optional.of(ActionSource.Kind.VOTES_FILE);
        } else {
            warnings.add("the votes file records a vote of " + theirs.listedCounts() + " on it; the report says "
                    + r.outcome().key().replace('_', ' ') + ", which is kept");
        }
        if (c.outcome() != r.outcome() && r.vote().isPresent()) {
            warnings.add("the votes file's rows make it " + c.outcome().key().replace('_', ' ') + ", the report says "
                    + r.outcome().key().replace('_', ' ') + ", which is kept");
        }
        if (c.resulting().isPresent()
                && r.resulting().isPresent()
                && !c.resulting().equals(r.resulting())) {
            warnings.add("the votes file names the resulting text "
                    + c.resulting().get() + ", the report " + r.resulting().get() + ", which is kept");
        }
        CouncilAction merged = new CouncilAction(
                r.draft(),
                r.kind(),
                r.title().isBlank() ? c.title() : r.title(),
                r.meeting(),
                r.date().or(c::date),
                r.sponsors(),
                r.coSponsors(),
                r.joinedSponsors(),
                r.orallyRevised(),
                r.orallyRevisedBy(),
                r.amendments(),
                r.outcome(),
                vote,
                r.otherVotes(),
                r.resulting(),
                r.source());
        return new ActionDirectory.Entry(
                merged, report.report(), csv.votesFile(), report.session(), positionsFrom, warnings);
    }

    /** An action already merged with one votes file, told again by another: only where they differ is noted. */
    private static ActionDirectory.Entry alsoIn(ActionDirectory.Entry kept, ActionDirectory.Entry again) {
        Optional<RecordedVote> ours = kept.action().vote();
        RecordedVote theirs = again.action().vote().orElseThrow();
        if (ours.isEmpty() || ours.get().positions().isEmpty()) {
            return kept;
        }
        Optional<String> differ = differences(ours.get(), theirs);
        if (differ.isEmpty()) {
            return kept;
        }
        List<String> warnings = new ArrayList<>(kept.warnings());
        String id = again.votesFile().map(d -> d.id()).orElse("?");
        warnings.add("another votes file (document " + id + ") also gives it: " + differ.get());
        return new ActionDirectory.Entry(
                kept.action(), kept.report(), kept.votesFile(), kept.session(), kept.positionsFrom(), warnings);
    }

    /**
     * Where the votes file's positions differ from the kept ones, e.g. "the votes file gives other positions for 2
     * States; the report's are kept: Czechia against (votes file: in_favour), Fiji abstaining (votes file: not
     * voting)".
     */
    static Optional<String> differences(RecordedVote kept, RecordedVote theirs) {
        Map<String, VotePosition> ours = positions(kept);
        Map<String, VotePosition> other = positions(theirs);
        TreeSet<String> states = new TreeSet<>(ours.keySet());
        states.addAll(other.keySet());
        List<String> differ = new ArrayList<>();
        for (String s : states) {
            if (ours.get(s) != other.get(s)) {
                differ.add(s + " " + name(ours.get(s)) + " (votes file: " + name(other.get(s)) + ")");
            }
        }
        if (differ.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", differ.subList(0, Math.min(NAMED_DIFFERENCES, differ.size())));
        return Optional.of("the votes file gives other positions for " + differ.size()
                + (differ.size() == 1 ? " State" : " States") + "; the report's are kept: " + named
                + (differ.size() > NAMED_DIFFERENCES ? " and " + (differ.size() - NAMED_DIFFERENCES) + " more" : ""));
    }

    private static Map<String, VotePosition> positions(RecordedVote v) {
        Map<String, VotePosition> m = new LinkedHashMap<>();
        for (StatePosition p : v.positions()) {
            m.putIfAbsent(p.state(), p.position());
        }
        return m;
    }

    private static String name(VotePosition p) {
        return p == null ? "not voting" : p.key();
    }
}
