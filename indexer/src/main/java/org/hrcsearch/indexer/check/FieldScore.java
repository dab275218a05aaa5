package org.hrcsearch.indexer.check;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * How well one field was derived over a set of items (documents, or the actions of session reports), counted value
 * by value: a derived value that is expected is a true positive, one that is not a false positive, an expected value
 * not derived a false negative. A single-valued field that is wrong counts once each way.
 *
 * @param field the field's name as {@code check-metadata} prints it, e.g. {@code signatories} or {@code tally}
 * @param items how many items were compared
 */
public record FieldScore(String field, int items, int truePositives, int falsePositives, int falseNegatives) {

    public FieldScore {
        Objects.requireNonNull(field, "field");
        if (items < 0 || truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Nothing compared yet. */
    public static FieldScore none(String field) {
        return new FieldScore(field, 0, 0, 0, 0);
    }

    /** One item: its expected values against those derived, each in the form in which they compare. */
    public static FieldScore of(String field, Collection<String> expected, Collection<String> derived) {
        Set<String> want = Set.copyOf(expected);
        Set<String> got = Set.copyOf(derived);
        int tp = (int) got.stream().filter(want::contains).count();
        return new FieldScore(field, 1, tp, got.size() - tp, want.size() - tp);
    }

    /** Of the values derived, the share that were expected; 1 when nothing was derived. */
    public double precision() {
        int derived = truePositives + falsePositives;
        return derived == 0 ? 1.0 : (double) truePositives / derived;
    }

    /** Of the values expected, the share that were derived; 1 when nothing was expected. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    /** True when some value was missed or made up. */
    public boolean disagrees() {
        return falsePositives > 0 || falseNegatives > 0;
    }

    /** This score and {@code other}'s, of the same field, together. */
    public FieldScore plus(FieldScore other) {
        if (!other.field.equals(field)) {
            throw new IllegalArgumentException("cannot add a score of " + other.field + " to one of " + field);
        }
        return new FieldScore(
                field,
                items + other.items,
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }
}
