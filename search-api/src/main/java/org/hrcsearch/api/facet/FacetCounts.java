package org.hrcsearch.api.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.hrcsearch.api.index.IndexSnapshot;
import org.hrcsearch.api.search.SearchResponse;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * Facet counts as the API shows them: sessions, years and types in full and in their natural order, the long
 * lists (signatories, concerns) as their most frequent values, and a label for each value ({@link FieldLabels}:
 * {@code S-35} is "Special session 35").
 */
public final class FacetCounts {
    private FacetCounts() {}

    /** How many values of a long facet a search answer shows; {@code /api/facets/{name}} lists them all. */
    static final int TOP_VALUES = 20;

    /** Whether a search answer lists every value of a facet: the short lists (sessions, years, types, languages). */
    public static boolean listsAll(HrcField field) {
        return switch (field) {
            case SESSION, YEAR, UPR_SESSION, TYPE, LANGUAGE -> true;
            default -> false;
        };
    }

    /** Every facet field with its values; {@code facets} null (an empty index) gives empty lists. */
    public static Map<String, List<SearchResponse.FacetValue>> forSearch(
            Facets facets, IndexSnapshot snap, FieldLabels labels) throws IOException {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        for (HrcField field : HrcField.facets()) {
            out.put(
                    field.fieldName(),
                    values(facets, snap, field, listsAll(field) ? Integer.MAX_VALUE : TOP_VALUES, labels));
        }
        return out;
    }

    /** The values of one facet with a count above zero, at most {@code limit}, in the facet's order. */
    static List<SearchResponse.FacetValue> values(
            Facets facets, IndexSnapshot snap, HrcField field, int limit, FieldLabels labels) throws IOException {
        List<SearchResponse.FacetValue> values = new ArrayList<>();
        if (facets != null && snap.hasDimension(field)) {
            FacetResult r = limit == Integer.MAX_VALUE
                    ? facets.getAllChildren(field.fieldName())
                    : facets.getTopChildren(limit, field.fieldName());
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    if (lv.value.longValue() > 0) {
                        values.add(new SearchResponse.FacetValue(
                                lv.label, labels.valueLabel(field, lv.label), lv.value.longValue()));
                    }
                }
            }
        }
        values.sort(order(field));
        return values;
    }

    private static Comparator<SearchResponse.FacetValue> order(HrcField field) {
        return switch (field) {
            case SESSION ->
                Comparator.comparingInt((SearchResponse.FacetValue v) ->
                        Session.parse(v.value()).map(Session::sortKey).orElse(9999));
            case YEAR, UPR_SESSION -> Comparator.comparingInt(FacetCounts::number);
            default ->
                Comparator.comparingLong(SearchResponse.FacetValue::count)
                        .reversed()
                        .thenComparing(SearchResponse.FacetValue::value);
        };
    }

    private static int number(SearchResponse.FacetValue v) {
        return v.value().matches("\\d{1,9}") ? Integer.parseInt(v.value()) : Integer.MAX_VALUE;
    }
}
