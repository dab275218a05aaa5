package org.hrcsearch.api.facet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.vocab.ConcernTaxonomy;

/**
 * How fields and their values read to a person, from the field registry and the concern taxonomy: the field
 * {@code upr_session} is "UPR Working Group session", the type {@code joint_letter} is "Joint letter or statement",
 * the session {@code S-35} is "Special session 35", the concern {@code un_cooperation} is "Cooperation with UN
 * mechanisms", the language {@code ar} is "Arabic / العربية". {@code GET /api/fields} gives them to the search page, which spells none itself.
 */
public final class FieldLabels {

    /**
     * One field as the search page needs it.
     *
     * @param plural what a list of its values is called ("signatories"); null for a field that is not a facet
     * @param facet whether searches count its values and take it as a filter parameter
     * @param complete whether a search answer lists all its values (else the most frequent, and
     *     {@code /api/facets/{name}} lists them all)
     * @param query whether a query may name it ({@code session:37})
     * @param values the label of each value, for the fields whose values are known before any search (types,
     *     concerns, languages); empty for the others, whose values a search answer labels
     * @param rightToLeft the values that name a script written right to left, whose texts the page sets right to
     *     left (the language {@code ar}); empty for the other fields
     */
    public record Field(
            String name,
            String label,
            String plural,
            boolean facet,
            boolean complete,
            boolean query,
            Map<String, String> values,
            List<String> rightToLeft) {
        public Field {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            rightToLeft = List.copyOf(rightToLeft);
        }
    }

    /**
     * The fields of {@code GET /api/fields}, facets in the order the page shows them, and the languages in which
     * a search may keep one version of each text ({@code one_version}).
     */
    public record FieldList(List<Field> fields, List<String> oneVersion) {
        public FieldList {
            fields = List.copyOf(fields);
            oneVersion = List.copyOf(oneVersion);
        }
    }

    private final Map<String, String> concernLabels = new LinkedHashMap<>();

    public FieldLabels(ConcernTaxonomy concerns) {
        concerns.all().forEach(c -> concernLabels.put(c.id(), c.label()));
    }

    /** Every field a facet panel or a query can name. */
    public FieldList fields() {
        return new FieldList(
                List.of(HrcField.values()).stream()
                        .filter(f -> f.isFacet() || f.is(HrcField.Use.QUERY))
                        .map(f -> new Field(
                                f.fieldName(),
                                f.label(),
                                f.plural().orElse(null),
                                f.isFacet(),
                                f.isFacet() && FacetCounts.listsAll(f),
                                f.is(HrcField.Use.QUERY),
                                knownValues(f),
                                f == HrcField.LANGUAGE
                                        ? List.of(Language.values()).stream()
                                                .filter(Language::rightToLeft)
                                                .map(Language::code)
                                                .toList()
                                        : List.of()))
                        .toList(),
                Language.official().stream().map(Language::code).toList());
    }

    private Map<String, String> knownValues(HrcField field) {
        Map<String, String> out = new LinkedHashMap<>();
        switch (field) {
            case TYPE -> List.of(DocumentType.values()).forEach(t -> out.put(t.key(), t.label()));
            case CONCERN -> out.putAll(concernLabels);
            case LANGUAGE -> List.of(Language.values()).forEach(l -> out.put(l.code(), l.label()));
            default -> {}
        }
        return out;
    }

    /**
     * How a value reads: a type's name, "Session 37", "Special session 35", a concern's label, a language's names
     * ("Arabic / العربية"); else the value.
     */
    public String valueLabel(HrcField field, String value) {
        return switch (field) {
            case TYPE -> DocumentType.fromKey(value).map(DocumentType::label).orElse(value);
            case SESSION -> Session.parse(value).map(FieldLabels::sessionLabel).orElse(value);
            case CONCERN -> concernLabels.getOrDefault(value, value);
            case LANGUAGE -> Language.fromCode(value).map(Language::label).orElse(value);
            default -> value;
        };
    }

    public static String sessionLabel(Session s) {
        return s.special() ? "Special session " + s.number() : "Session " + s.number();
    }
}
