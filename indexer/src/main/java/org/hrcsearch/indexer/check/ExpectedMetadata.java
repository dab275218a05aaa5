package org.hrcsearch.indexer.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one document should yield, as a curated CSV row says: e.g. {@code upr-wg-reports/france2008.pdf} has
 * symbol {@code A/HRC/8/47} and session {@code 8}. Only the fields the file has a column for are checked; an empty
 * cell means the field must be empty.
 *
 * @param path the document's path relative to the folder that is checked, with {@code /} separators
 */
public record ExpectedMetadata(String path, Map<CheckedField, List<String>> values) {
    public ExpectedMetadata {
        Objects.requireNonNull(path, "path");
        Map<CheckedField, List<String>> copy = new EnumMap<>(CheckedField.class);
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = Map.copyOf(copy);
    }
}
