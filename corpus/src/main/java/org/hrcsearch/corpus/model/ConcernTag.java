package org.hrcsearch.corpus.model;

import java.util.List;
import java.util.Objects;

/**
 * A concern the document was tagged with, and why: e.g. {@code reprisals} because "reprisals" occurs 4 times and
 * "intimidation and reprisals" once.
 */
public record ConcernTag(String id, String label, List<Evidence> evidence) {

    /** One match phrase of the concern and how often it occurs in the document. */
    public record Evidence(String phrase, int count) {
        public Evidence {
            Objects.requireNonNull(phrase, "phrase");
            if (count < 1) {
                throw new IllegalArgumentException("evidence needs at least one occurrence of '" + phrase + "'");
            }
        }
    }

    public ConcernTag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        evidence = List.copyOf(evidence);
    }

    public int occurrences() {
        return evidence.stream().mapToInt(Evidence::count).sum();
    }
}
