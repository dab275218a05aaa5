package org.hrcsearch.corpus.schema;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every field of the index, e.g. {@code session}: its name in Lucene, in the query language, in HTTP parameters and
 * in JSON-lines mappings, its key in sidecars and expected-metadata files ({@code signatories}), its label on the
 * search page, how it is indexed and what it is used for. The one place where a field name is spelled.
 */
public enum HrcField {
    ID("id", "Id", Kind.KEYWORD, null, Use.JSONL),
    SYMBOL("symbol", "Symbol", Kind.KEYWORD, "symbol", Use.QUERY, Use.JSONL),
    SESSION("session", "Session", "sessions", Kind.KEYWORD, "session", Use.FACET, Use.QUERY, Use.JSONL),
    TYPE("type", "Document type", "types", Kind.KEYWORD, "type", Use.FACET, Use.QUERY, Use.JSONL),
    TITLE("title", "Title", Kind.TEXT, "title", Use.QUERY, Use.JSONL),
    DATE("date", "Date", Kind.DATE, "date", Use.JSONL),
    YEAR("year", "Year", "years", Kind.KEYWORD, null, Use.FACET, Use.QUERY, Use.JSONL),
    SIGNATORY(
            "signatory",
            "Signatory",
            "signatories",
            Kind.KEYWORD,
            "signatories",
            Use.FACET,
            Use.MULTI,
            Use.QUERY,
            Use.JSONL),
    SPONSOR("sponsor", "Sponsor", "sponsors", Kind.KEYWORD, "sponsors", Use.FACET, Use.MULTI, Use.QUERY),
    CONCERN("concern", "Concern", "concerns", Kind.KEYWORD, "concerns", Use.FACET, Use.MULTI, Use.QUERY),
    UPR_SESSION(
            "upr_session", "UPR Working Group session", "sessions", Kind.KEYWORD, "upr_session", Use.FACET, Use.QUERY),
    STATE_UNDER_REVIEW("state", "State under review", "States", Kind.KEYWORD, "state", Use.FACET, Use.QUERY, Use.JSONL),
    RECOMMENDING_STATE(
            "recommending_state",
            "Recommending State",
            "States",
            Kind.KEYWORD,
            "recommending_states",
            Use.FACET,
            Use.MULTI,
            Use.QUERY),
    LANGUAGE("lang", "Language", "languages", Kind.KEYWORD, "lang", Use.FACET, Use.QUERY, Use.JSONL),
    /** Every symbol the text cites; {@code symbol:X} searches both this and {@link #SYMBOL}. */
    REFERENCES("references", "Cited symbols", Kind.KEYWORD, "references", Use.MULTI, Use.QUERY),
    /**
     * Stored only: the country a letter prints after a signatory's name, one value per signatory that has one,
     * {@code name TAB country}; the signatory itself stays one value of {@link #SIGNATORY} whatever its country.
     */
    SIGNATORY_COUNTRY("signatory_country", "Signatory's country", Kind.STORED, null, Use.MULTI),
    /** Stored only: why each concern was given, one line per phrase. */
    CONCERN_EVIDENCE("concern_evidence", "Concern evidence", Kind.STORED, null, Use.MULTI),
    /**
     * The full text, all pages in order; offsets in postings for highlighting. Unlike the other text field, its value
     * is not stored but kept as doc values: read it with {@link DocumentTexts}.
     */
    TEXT("text", "Full text", Kind.TEXT, null, Use.QUERY, Use.JSONL),
    /** Stored only: the character offset in {@link #TEXT} at which each page starts. */
    PAGE_STARTS("page_starts", "Page starts", Kind.STORED, null),
    /**
     * Stored only, on reports of the Council on its session: the actions the report tells of and the texts it lists
     * as adopted, as {@link org.hrcsearch.corpus.action.ActionJson} writes them; on votes files, the actions their
     * rows give. Nothing searches or counts it, so no action is ever a search hit, a facet count or a signatory; it
     * goes and comes with its report or votes file.
     */
    ACTIONS("actions", "Council actions", Kind.STORED, null),
    /**
     * On a document read out of a session report (a resolution the report prints, see {@link
     * org.hrcsearch.corpus.action.DerivedFrom}): the report's document id, so that it is deleted with its report.
     */
    REPORT_ID("report_id", "Report's document id", Kind.KEYWORD, null),
    /** Stored only, on a document read out of a session report: the report's symbol, e.g. {@code A/HRC/14/37}. */
    REPORT("report", "Session report", Kind.STORED, null),
    /** Stored only, on a document read out of a session report: the report's pages it is printed on, {@code 4-5}. */
    REPORT_PAGES("report_pages", "Pages of the report", Kind.STORED, null),
    /** Stored only, on a document read out of a session report: what the Council did, {@code adopted_by_vote}. */
    OUTCOME("outcome", "Outcome", Kind.STORED, null),
    /** Stored only, on a document read out of a session report: its recorded vote, {@code 32-3-9}. */
    TALLY("tally", "Tally", Kind.STORED, null),
    PATH("path", "Path", Kind.KEYWORD, null, Use.MULTI),
    SHA256("sha256", "SHA-256", Kind.KEYWORD, null),
    CONTENT_TYPE("content_type", "Content type", Kind.STORED, null),
    BYTES("bytes", "Bytes", Kind.STORED, null),
    NEEDS_OCR("needs_ocr", "Needs OCR", Kind.KEYWORD, null),
    /**
     * When the document first entered the index: the instant of the run that first indexed its file, kept while
     * the file stays, moves or changes (see {@link IndexTimes}).
     */
    INDEXED_AT("indexed_at", "First indexed", Kind.INSTANT, null),
    /** When the file of a document already in the index last changed: the run that indexed its new bytes. */
    UPDATED_AT("updated_at", "Updated", Kind.INSTANT, null);

    /** What a field is used for, beyond being in the index. */
    public enum Use {
        /** It has facet counts (and so can be filtered on with an HTTP parameter of its name). */
        FACET,
        /** A document may have several values. */
        MULTI,
        /** A query may name it: {@code session:37}. */
        QUERY,
        /** A JSON-lines mapping may fill it: {@code year=year}. */
        JSONL
    }

    /** How a field is indexed. */
    public enum Kind {
        /** Exact values, indexed as one term each and stored. */
        KEYWORD,
        /** Analyzed with {@link HrcAnalyzer}; stored, except the full text (see {@link HrcField#TEXT}). */
        TEXT,
        /** A day, as a point (ranges) and doc values (sorting), stored as ISO text. */
        DATE,
        /**
         * A moment, e.g. {@code 2026-12-07T16:40:38.123Z}: stored as ISO text and kept as doc values (milliseconds
         * since 1970) for sorting; not searchable.
         */
        INSTANT,
        /** Stored, not searchable. */
        STORED
    }

    private final String fieldName;
    private final String label;
    private final String plural;
    private final Kind kind;
    private final String recordKey;
    private final Set<Use> uses;

    HrcField(String fieldName, String label, Kind kind, String recordKey, Use... uses) {
        this(fieldName, label, null, kind, recordKey, uses);
    }

    HrcField(String fieldName, String label, String plural, Kind kind, String recordKey, Use... uses) {
        this.fieldName = fieldName;
        this.label = label;
        this.plural = plural;
        this.kind = kind;
        this.recordKey = recordKey;
        this.uses = uses.length == 0 ? EnumSet.noneOf(Use.class) : EnumSet.copyOf(Arrays.asList(uses));
    }

    /**
     * The name in Lucene, in the query language ({@code session:37}), in HTTP parameters and in JSON-lines mappings.
     */
    public String fieldName() {
        return fieldName;
    }

    /** How a person reads the field's name: {@code Document type}, {@code UPR Working Group session}. */
    public String label() {
        return label;
    }

    /** What a list of its values is called, for "Filter signatories…": {@code signatories}; a facet has one. */
    public Optional<String> plural() {
        return Optional.ofNullable(plural);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The field's key in a document's metadata record: a sidecar's JSON key and an expected-metadata CSV column,
     * plural for a list ({@code signatories}); empty for the fields neither may set.
     */
    public Optional<String> recordKey() {
        return Optional.ofNullable(recordKey);
    }

    public boolean is(Use use) {
        return uses.contains(use);
    }

    /** True for the fields that have facet counts (and so can be filtered on). */
    public boolean isFacet() {
        return is(Use.FACET);
    }

    public boolean isMultiValued() {
        return is(Use.MULTI);
    }

    /** The field named {@code name} in a query or an HTTP parameter, case-insensitively. */
    public static Optional<HrcField> fromParam(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.fieldName.equals(n)).findFirst();
    }

    /** The fields used for {@code use}, in this enum's order. */
    public static List<HrcField> all(Use use) {
        return Arrays.stream(values()).filter(f -> f.is(use)).toList();
    }

    /** The field whose {@link #recordKey} is {@code key}. */
    public static Optional<HrcField> fromRecordKey(String key) {
        return Arrays.stream(values())
                .filter(f -> f.recordKey != null && f.recordKey.equals(key))
                .findFirst();
    }

    /** The facet fields, in the order a search page shows them: the Council's documents first, then the UPR's. */
    public static List<HrcField> facets() {
        return all(Use.FACET);
    }

    /** {@code [session, type, year, ...]}, for error messages. */
    public static String facetNames() {
        return names(facets());
    }

    /** {@code [symbol, session, ...]}: the names of the fields, for error messages. */
    public static String names(List<HrcField> fields) {
        return fields.stream().map(HrcField::fieldName).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String toString() {
        return fieldName;
    }
}
