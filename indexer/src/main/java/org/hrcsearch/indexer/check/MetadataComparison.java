package org.hrcsearch.indexer.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hrcsearch.corpus.model.HrcDocument;

/**
 * Compares derived documents with their expected metadata, field by field: precision and recall per field and
 * every disagreement. Pure: the documents are derived elsewhere.
 */
public final class MetadataComparison {

    /** The outcome: a score per checked field, the disagreements, and the expected documents that were not derived. */
    public record Result(Map<CheckedField, FieldScore> scores, List<Disagreement> disagreements, List<String> missing) {
        public Result {
            scores = Map.copyOf(scores);
            disagreements = List.copyOf(disagreements);
            missing = List.copyOf(missing);
        }

        public FieldScore score(CheckedField field) {
            FieldScore s = scores.get(field);
            if (s == null) {
                throw new IllegalArgumentException("the expected file has no column '" + field.column() + "'");
            }
            return s;
        }

        public List<Disagreement> disagreements(CheckedField field) {
            return disagreements.stream().filter(d -> d.field() == field).toList();
        }
    }

    /**
     * @param derived the document derived for a path, or empty when it could not be read (then every expected value
     *     of it is a false negative, and the path is listed as missing)
     */
    public Result compare(List<ExpectedMetadata> expected, Function<String, Optional<HrcDocument>> derived) {
        Map<CheckedField, FieldScore> scores = new EnumMap<>(CheckedField.class);
        List<Disagreement> disagreements = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ExpectedMetadata row : expected) {
            Optional<HrcDocument> doc = derived.apply(row.path());
            if (doc.isEmpty()) {
                missing.add(row.path());
            }
            for (Map.Entry<CheckedField, List<String>> e : row.values().entrySet()) {
                CheckedField field = e.getKey();
                List<String> want = e.getValue();
                List<String> got = doc.map(field::valuesOf).orElse(List.of());
                FieldScore score = FieldScore.of(field.column(), normalised(field, want), normalised(field, got));
                scores.merge(field, score, FieldScore::plus);
                if (score.disagrees()) {
                    disagreements.add(new Disagreement(row.path(), field, want, got));
                }
            }
        }
        return new Result(scores, disagreements, missing);
    }

    private static Set<String> normalised(CheckedField field, List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(field.normalise(v)));
        return out;
    }
}
