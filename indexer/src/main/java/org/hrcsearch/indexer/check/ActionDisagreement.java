package org.hrcsearch.indexer.check;

import java.util.List;
import java.util.Objects;

/**
 * One field of one action where what was read differs from what is expected, e.g. {@code A/HRC/14/37 A/HRC/14/L.12
 * tally expected [31-14-1] derived [31-14-3]}; for the State positions, only those missed and those made up.
 *
 * @param action the action as {@link ExpectedAction#name} names it
 * @param field a column of {@link ActionField}, or {@link ActionComparison#POSITIONS}
 */
public record ActionDisagreement(String action, String field, List<String> expected, List<String> derived) {
    public ActionDisagreement {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(field, "field");
        expected = List.copyOf(expected);
        derived = List.copyOf(derived);
    }

    public String describe() {
        if (!field.equals(ActionComparison.POSITIONS)) {
            return action + "  " + field + "  expected " + expected + "  derived " + derived;
        }
        List<String> missing =
                expected.stream().filter(e -> !derived.contains(e)).toList();
        List<String> extra = derived.stream().filter(d -> !expected.contains(d)).toList();
        return action + "  " + field + "  missing " + missing + "  extra " + extra;
    }
}
