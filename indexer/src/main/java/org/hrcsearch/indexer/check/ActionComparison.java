package org.hrcsearch.indexer.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.StatePosition;

/**
 * Compares the actions read out of session reports with curated ones ({@link ExpectedActionsFile}): per
 * {@link ActionField}, precision and recall over the actions, State positions over (action, State, position), every
 * disagreement, the actions expected but not read and those read but not expected. Pure: the reports are read
 * elsewhere.
 *
 * <p>An expected action is paired with the action read that has its draft symbol, else with the one that has its
 * resulting text, so that a misread symbol is one disagreement, not a missing action and an extra one.
 */
public final class ActionComparison {

    /** The name of the State positions' row and disagreements. */
    public static final String POSITIONS = "positions";

    /** What was read out of one report: its actions, and the extractor's warnings about it. */
    public record ReportRead(String report, List<CouncilAction> actions, List<String> warnings) {
        public ReportRead {
            Objects.requireNonNull(report, "report");
            actions = List.copyOf(actions);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The outcome.
     *
     * @param fields a score per field, in {@link ActionField}'s order
     * @param positions the State positions' score; an item is an action
     * @param missing the expected actions that were not read
     * @param extra the actions read that were not expected, e.g. {@code A/HRC/14/37 A/HRC/14/L.40 adopted_without_vote}
     * @param reportsNotRead the reports an expected action names that no document of the folder is
     * @param reportsNotCurated the reports read that no expected action names: not compared
     * @param expectedActions how many actions were expected
     * @param readActions how many actions were read out of the reports compared
     */
    public record Result(
            Map<ActionField, FieldScore> fields,
            FieldScore positions,
            List<ActionDisagreement> disagreements,
            List<ExpectedAction> missing,
            List<String> extra,
            List<String> reportsNotRead,
            List<String> reportsNotCurated,
            int expectedActions,
            int readActions) {
        public Result {
            reportsNotCurated = List.copyOf(reportsNotCurated);
            fields = java.util.Collections.unmodifiableMap(new EnumMap<>(fields));
            Objects.requireNonNull(positions, "positions");
            disagreements = List.copyOf(disagreements);
            missing = List.copyOf(missing);
            extra = List.copyOf(extra);
            reportsNotRead = List.copyOf(reportsNotRead);
        }

        public FieldScore score(ActionField field) {
            return fields.get(field);
        }

        public List<ActionDisagreement> disagreements(String field) {
            return disagreements.stream().filter(d -> d.field().equals(field)).toList();
        }

        /** The targets this result misses, each in a sentence; empty when it meets them all. */
        public List<String> unmet(ActionTargets targets) {
            List<String> out = new ArrayList<>();
            if (!reportsNotRead.isEmpty()) {
                out.add("reports not read: " + reportsNotRead);
            }
            for (FieldScore s : fields.values()) {
                below(s, targets.fields()).ifPresent(out::add);
            }
            below(positions, targets.positions()).ifPresent(out::add);
            return out;
        }

        private static Optional<String> below(FieldScore s, double target) {
            if (s.precision() >= target && s.recall() >= target) {
                return Optional.empty();
            }
            return Optional.of(String.format(
                    Locale.ROOT,
                    "%s: precision %.3f, recall %.3f, below %.3f",
                    s.field(),
                    s.precision(),
                    s.recall(),
                    target));
        }
    }

    /** @param read what was read, by report symbol */
    public Result compare(List<ExpectedAction> expected, Map<String, ReportRead> read) {
        Map<ActionField, FieldScore> fields = new EnumMap<>(ActionField.class);
        for (ActionField f : ActionField.values()) {
            fields.put(f, FieldScore.none(f.column()));
        }
        FieldScore[] positions = {FieldScore.none(POSITIONS)};
        List<ActionDisagreement> disagreements = new ArrayList<>();
        List<ExpectedAction> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> reportsNotRead = new ArrayList<>();
        int readActions = 0;

        Map<String, List<ExpectedAction>> byReport = new LinkedHashMap<>();
        expected.forEach(e ->
                byReport.computeIfAbsent(e.report(), r -> new ArrayList<>()).add(e));
        for (var report : byReport.entrySet()) {
            ReportRead got = read.get(report.getKey());
            List<CouncilAction> actions = got == null ? List.of() : got.actions();
            if (got == null) {
                reportsNotRead.add(report.getKey());
            }
            readActions += actions.size();
            Map<ExpectedAction, Integer> pairs = pair(report.getValue(), actions);
            for (ExpectedAction e : report.getValue()) {
                CouncilAction a = pairs.containsKey(e) ? actions.get(pairs.get(e)) : null;
                if (a == null) {
                    missing.add(e);
                }
                for (ActionField f : ActionField.values()) {
                    List<String> want = e.value(f).stream().toList();
                    List<String> have =
                            a == null ? List.of() : f.valueOf(a).stream().toList();
                    FieldScore s = FieldScore.of(f.column(), want, have);
                    fields.merge(f, s, FieldScore::plus);
                    if (a != null && s.disagrees()) {
                        disagreements.add(new ActionDisagreement(e.name(), f.column(), want, have));
                    }
                }
                List<String> want = written(e.positions().stream());
                List<String> have = a == null ? List.of() : written(positionsOf(a));
                FieldScore s = FieldScore.of(POSITIONS, want, have);
                positions[0] = positions[0].plus(s);
                if (a != null && s.disagrees()) {
                    disagreements.add(new ActionDisagreement(e.name(), POSITIONS, want, have));
                }
            }
            for (int i = 0; i < actions.size(); i++) {
                if (pairs.containsValue(i)) {
                    continue;
                }
                CouncilAction a = actions.get(i);
                extra.add(report.getKey() + " " + describe(a));
                for (ActionField f : ActionField.values()) {
                    fields.merge(
                            f,
                            FieldScore.of(
                                    f.column(), List.of(), f.valueOf(a).stream().toList()),
                            FieldScore::plus);
                }
                positions[0] = positions[0].plus(FieldScore.of(POSITIONS, List.of(), written(positionsOf(a))));
            }
        }
        List<String> notCurated =
                read.keySet().stream().filter(r -> !byReport.containsKey(r)).toList();
        return new Result(
                fields,
                positions[0],
                disagreements,
                missing,
                extra,
                reportsNotRead,
                notCurated,
                expected.size(),
                readActions);
    }

    /** Each expected action with the action read that has its draft, else its resulting text; each used once. */
    private static Map<ExpectedAction, Integer> pair(List<ExpectedAction> expected, List<CouncilAction> read) {
        Map<ExpectedAction, Integer> pairs = new LinkedHashMap<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (ActionField by : List.of(ActionField.DRAFT, ActionField.RESULTING)) {
            for (ExpectedAction e : expected) {
                if (pairs.containsKey(e) || e.value(by).isEmpty()) {
                    continue;
                }
                for (int i = 0; i < read.size(); i++) {
                    if (!used.contains(i) && by.valueOf(read.get(i)).equals(e.value(by))) {
                        pairs.put(e, i);
                        used.add(i);
                        break;
                    }
                }
            }
        }
        return pairs;
    }

    private static Stream<StatePosition> positionsOf(CouncilAction a) {
        return a.vote().map(RecordedVote::positions).orElse(List.of()).stream();
    }

    /** {@code Angola in_favour}, sorted. */
    private static List<String> written(Stream<StatePosition> positions) {
        return positions.map(p -> p.state() + " " + p.position().key()).sorted().toList();
    }

    /** {@code A/HRC/14/L.40 adopted_without_vote A/HRC/RES/14/9}: its fields that are not empty. */
    static String describe(CouncilAction a) {
        List<String> parts = new ArrayList<>();
        for (ActionField f : ActionField.values()) {
            f.valueOf(a).ifPresent(parts::add);
        }
        return String.join(" ", parts);
    }
}
