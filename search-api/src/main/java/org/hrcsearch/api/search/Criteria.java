package org.hrcsearch.api.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * What a search, an export, a timeline or a facet list selects: the query text, facet filters (values of one
 * field are ORed, fields are ANDed) and an optional date range, e.g. {@code "civil society"} in sessions 37 or 43
 * from 2018-01-01.
 *
 * @param query the query language text; blank means every document
 * @param filters values per facet field, as typed (resolved against the index when the search runs)
 * @param from first day included, if any
 * @param to last day included, if any
 * @param oneVersion when present, one version of each text: of the documents that share a symbol and match, the one
 *     in this language, else in English, else the first (see {@code VersionChoice})
 */
public record Criteria(
        String query,
        Map<HrcField, List<String>> filters,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<Language> oneVersion) {

    public Criteria {
        Objects.requireNonNull(query, "query");
        Map<HrcField, List<String>> copy = new LinkedHashMap<>();
        for (HrcField field : HrcField.facets()) { // a fixed order, so equal criteria print alike
            List<String> values = filters.get(field);
            if (values != null && !values.isEmpty()) {
                copy.put(field, List.copyOf(values));
            }
        }
        for (HrcField field : filters.keySet()) {
            if (!field.isFacet()) {
                throw new IllegalArgumentException(field + " is not a facet field");
            }
        }
        filters = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
        }
        Objects.requireNonNull(oneVersion, "oneVersion");
    }

    /** Criteria that keep every version of a text. */
    public Criteria(
            String query, Map<HrcField, List<String>> filters, Optional<LocalDate> from, Optional<LocalDate> to) {
        this(query, filters, from, to, Optional.empty());
    }

    public static Criteria of(String query) {
        return new Criteria(query, Map.of(), Optional.empty(), Optional.empty());
    }

    /** The same criteria with these filters on one field. */
    public Criteria with(HrcField field, String... values) {
        Map<HrcField, List<String>> f = new LinkedHashMap<>(filters);
        f.put(field, List.of(values));
        return new Criteria(query, f, from, to, oneVersion);
    }

    /** The same filters and dates with another query. */
    public Criteria withQuery(String otherQuery) {
        return new Criteria(otherQuery, filters, from, to, oneVersion);
    }

    /** The same criteria keeping one version of each text, preferably in {@code language}. */
    public Criteria withOneVersion(Language language) {
        return new Criteria(query, filters, from, to, Optional.of(language));
    }

    /** A short digest of these criteria, so that a cursor made for one search is not used for another. */
    String fingerprint() {
        CRC32 crc = new CRC32();
        crc.update((query.strip()
                        + '\u0000'
                        + filters
                        + '\u0000'
                        + from
                        + '\u0000'
                        + to
                        + oneVersion.map(l -> "\u0000" + l.code()).orElse(""))
                .getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
