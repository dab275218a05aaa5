package org.hrcsearch.corpus.vocab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The concerns documents are tagged with, from {@code concerns.tsv}: e.g. {@code reprisals}, "Reprisals against
 * those who cooperate with the UN", under {@code un_cooperation}, given when "reprisals" or "intimidation and
 * reprisals" occur at least once.
 */
public final class ConcernTaxonomy {

    /**
     * One concern.
     *
     * @param id stable id, lower case with underscores
     * @param parent the broader concern's id, if any
     * @param minEvidence how many phrase occurrences, added up, a document needs
     * @param phrases what is matched; a trailing {@code *} matches any word ending
     */
    public record Concern(String id, String label, Optional<String> parent, int minEvidence, List<String> phrases) {
        public Concern {
            Objects.requireNonNull(id, "id");
            if (!id.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException(
                        "concern id must be lower case letters, digits and _, got '" + id + "'");
            }
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("concern " + id + " needs a label");
            }
            Objects.requireNonNull(parent, "parent");
            if (minEvidence < 1) {
                throw new IllegalArgumentException("concern " + id + ": minimum evidence must be at least 1");
            }
            phrases = List.copyOf(phrases);
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("concern " + id + " needs at least one match phrase");
            }
        }
    }

    private final Map<String, Concern> byId = new LinkedHashMap<>();

    ConcernTaxonomy(TsvResource tsv) {
        for (TsvResource.Row row : tsv.rows()) {
            String min = row.cell(3);
            Concern c;
            try {
                c = new Concern(
                        row.cell(0),
                        row.cell(1),
                        row.cell(2).isEmpty() ? Optional.empty() : Optional.of(row.cell(2)),
                        min.isEmpty() ? 1 : Integer.parseInt(min),
                        row.list(4));
            } catch (NumberFormatException e) {
                throw row.error("minimum evidence must be a number, got '" + min + "'");
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw row.error("concern id '" + c.id() + "' is used twice");
            }
        }
        for (Concern c : byId.values()) {
            if (c.parent().isPresent() && !byId.containsKey(c.parent().get())) {
                throw new IllegalArgumentException(tsv.name() + ": concern " + c.id() + " names an unknown parent '"
                        + c.parent().get() + "'");
            }
        }
    }

    public List<Concern> all() {
        return new ArrayList<>(byId.values());
    }

    public Optional<Concern> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
