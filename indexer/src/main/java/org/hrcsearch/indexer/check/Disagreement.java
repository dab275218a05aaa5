package org.hrcsearch.indexer.check;

import java.util.List;
import java.util.Objects;

/** One field of one document where the derived values differ from the expected ones. */
public record Disagreement(String path, CheckedField field, List<String> expected, List<String> derived) {
    public Disagreement {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(field, "field");
        expected = List.copyOf(expected);
        derived = List.copyOf(derived);
    }

    /** {@code france2008.pdf  session  expected [8]  derived [9]}; for lists, only what is missing or extra. */
    public String describe() {
        if (!field.isMultiValued()) {
            return path + "  " + field.column() + "  expected " + expected + "  derived " + derived;
        }
        List<String> missing = expected.stream()
                .filter(e -> derived.stream().noneMatch(d -> field.normalise(d).equals(field.normalise(e))))
                .toList();
        List<String> extra = derived.stream()
                .filter(d -> expected.stream().noneMatch(e -> field.normalise(e).equals(field.normalise(d))))
                .toList();
        return path + "  " + field.column() + "  missing " + missing + "  extra " + extra;
    }
}
