package org.hrcsearch.corpus.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every field of the index, e.g. {@code session}: its name in Lucene, in the query language and in HTTP
 * parameters, and how it is indexed. The one place where a field name is spelled.
 */
public enum HrcField {
    ID("id", Kind.KEYWORD, false, false),
    SYMBOL("symbol", Kind.KEYWORD, false, false),
    /** Every symbol the text cites; {@code symbol:X} searches both this and {@link #SYMBOL}. */
    REFERENCES("references", Kind.KEYWORD, false, true),
    SESSION("session", Kind.KEYWORD, true, false),
    UPR_SESSION("upr_session", Kind.KEYWORD, true, false),
    TYPE("type", Kind.KEYWORD, true, false),
    TITLE("title", Kind.TEXT, false, false),
    DATE("date", Kind.DATE, false, false),
    YEAR("year", Kind.KEYWORD, true, false),
    LANGUAGE("lang", Kind.KEYWORD, true, false),
    SIGNATORY("signatory", Kind.KEYWORD, true, true),
    SPONSOR("sponsor", Kind.KEYWORD, true, true),
    STATE_UNDER_REVIEW("state", Kind.KEYWORD, true, false),
    RECOMMENDING_STATE("recommending_state", Kind.KEYWORD, true, true),
    CONCERN("concern", Kind.KEYWORD, true, true),
    /** Stored only: why each concern was given, one line per phrase. */
    CONCERN_EVIDENCE("concern_evidence", Kind.STORED, false, true),
    /**
     * The full text, all pages in order; offsets in postings for highlighting. Unlike the other text field, its value
     * is not stored but kept as doc values: read it with {@link DocumentTexts}.
     */
    TEXT("text", Kind.TEXT, false, false),
    /** Stored only: the character offset in {@link #TEXT} at which each page starts. */
    PAGE_STARTS("page_starts", Kind.STORED, false, false),
    PATH("path", Kind.KEYWORD, false, true),
    SHA256("sha256", Kind.KEYWORD, false, false),
    CONTENT_TYPE("content_type", Kind.STORED, false, false),
    BYTES("bytes", Kind.STORED, false, false),
    NEEDS_OCR("needs_ocr", Kind.KEYWORD, false, false);

    /** How a field is indexed. */
    public enum Kind {
        /** Exact values, indexed as one term each and stored. */
        KEYWORD,
        /** Analyzed with {@link HrcAnalyzer}; stored, except the full text (see {@link HrcField#TEXT}). */
        TEXT,
        /** A day, as a point (ranges) and doc values (sorting), stored as ISO text. */
        DATE,
        /** Stored, not searchable. */
        STORED
    }

    private final String fieldName;
    private final Kind kind;
    private final boolean facet;
    private final boolean multiValued;

    HrcField(String fieldName, Kind kind, boolean facet, boolean multiValued) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.facet = facet;
        this.multiValued = multiValued;
    }

    /** The name in Lucene, in the query language ({@code session:37}) and in HTTP parameters. */
    public String fieldName() {
        return fieldName;
    }

    public Kind kind() {
        return kind;
    }

    /** True for the fields that have facet counts (and so can be filtered on). */
    public boolean isFacet() {
        return facet;
    }

    public boolean isMultiValued() {
        return multiValued;
    }

    /** The field named {@code name} in a query or an HTTP parameter, case-insensitively. */
    public static Optional<HrcField> fromParam(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.fieldName.equals(n)).findFirst();
    }

    /** The facet fields, in the order a search page shows them. */
    public static List<HrcField> facets() {
        return Arrays.stream(values()).filter(HrcField::isFacet).toList();
    }

    /** {@code [session, upr_session, type, ...]}, for error messages. */
    public static String facetNames() {
        return facets().stream().map(HrcField::fieldName).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String toString() {
        return fieldName;
    }
}
