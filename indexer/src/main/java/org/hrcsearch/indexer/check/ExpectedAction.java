package org.hrcsearch.indexer.check;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hrcsearch.corpus.action.StatePosition;

/**
 * One action a curated file expects a session report to tell of, e.g. {@code A/HRC/14/37}: draft
 * {@code A/HRC/14/L.1}, {@code adopted_by_vote}, {@code 32-3-9}, {@code A/HRC/RES/14/1}, with every State's position
 * in its recorded vote.
 *
 * @param report the report's symbol, e.g. {@code A/HRC/14/37}
 * @param values the non-empty fields, in the form {@link ActionField#valueOf} gives them
 * @param positions every State's position in the recorded vote on the proposal; empty when there was none
 * @param line where {@code actions.csv} holds it
 */
public record ExpectedAction(String report, Map<ActionField, String> values, Set<StatePosition> positions, long line) {
    public ExpectedAction {
        Objects.requireNonNull(report, "report");
        Map<ActionField, String> copy = new EnumMap<>(ActionField.class);
        values.forEach((k, v) -> {
            if (!v.isBlank()) {
                copy.put(k, v);
            }
        });
        if (!copy.containsKey(ActionField.DRAFT) && !copy.containsKey(ActionField.RESULTING)) {
            throw new IllegalArgumentException("an action names its draft or the text it became; it has neither");
        }
        if (!copy.containsKey(ActionField.OUTCOME)) {
            throw new IllegalArgumentException("an action has an outcome");
        }
        values = Map.copyOf(copy);
        positions = Set.copyOf(positions);
    }

    public Optional<String> value(ActionField field) {
        return Optional.ofNullable(values.get(field));
    }

    /** The same action with the positions of its vote. */
    public ExpectedAction withPositions(Set<StatePosition> votes) {
        return new ExpectedAction(report, values, votes, line);
    }

    /** How a message names it, e.g. {@code A/HRC/14/37 A/HRC/14/L.1}, or its resulting text when it has no draft. */
    public String name() {
        return report + " " + value(ActionField.DRAFT).orElseGet(() -> values.get(ActionField.RESULTING));
    }
}
