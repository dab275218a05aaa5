package org.hrcsearch.corpus.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.util.BytesRef;
import org.hrcsearch.corpus.action.ActionJson;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionRecords;
import org.hrcsearch.corpus.action.DerivedFrom;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.model.Page;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Maps an {@link HrcDocument} to the Lucene {@link Document} that indexes it, and a stored Lucene document back.
 *
 * <p>The full text is one field, the pages joined by {@link #PAGE_SEPARATOR}; the offset at which each page
 * starts is stored beside it, so that a highlighted passage can say on which page it stands. The text is indexed,
 * as words and as pairs of words for phrases ({@link WordPairs}), in a document of Arabic, French, Russian or
 * Spanish also as the word forms of its language ({@link WordForms}), and kept as doc values rather than stored
 * (see {@link DocumentTexts}).
 */
public final class DocumentMapper {

    /** Between pages in the text field: a paragraph break, so snippets do not run pages together. */
    public static final String PAGE_SEPARATOR = "\n\n";

    /** The point and doc-values field of {@link HrcField#DATE}, as days since 1970-01-01, for ranges and sorting. */
    public static final String DATE_DAY_FIELD = HrcField.DATE.fieldName() + "_day";

    /** The title's field type: positions for phrases, offsets in postings for the highlighter; stored. */
    public static final FieldType TEXT_TYPE = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    /** The full text's: indexed as the title is, its value kept as doc values by {@link DocumentTexts}. */
    static final FieldType FULL_TEXT_TYPE = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    /** An analysed field's type. */
    static FieldType textType(boolean stored, IndexOptions options) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }

    private final FacetsConfig facetsConfig;

    DocumentMapper(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** The term that identifies a document for upserts and deletes. */
    public static Term idTerm(String id) {
        return new Term(HrcField.ID.fieldName(), id);
    }

    /**
     * Orders documents by id (their doc values): the last key of every sort, so that equal scores or dates still
     * come in one order that survives merges and refreshes, which cursor paging needs.
     */
    public static SortField idSortField() {
        return new SortField(HrcField.ID.fieldName(), SortField.Type.STRING);
    }

    /** Orders documents by date (days since 1970); undated documents come last in either direction. */
    public static SortField dateSortField(boolean newestFirst) {
        SortField f = new SortedNumericSortField(DATE_DAY_FIELD, SortField.Type.LONG, newestFirst);
        f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }

    /**
     * Orders documents by when they first entered the index ({@link HrcField#INDEXED_AT}, doc values in
     * milliseconds); documents without the time come last in either direction.
     */
    public static SortField indexedAtSortField(boolean newestFirst) {
        SortField f = new SortField(HrcField.INDEXED_AT.fieldName(), SortField.Type.LONG, newestFirst);
        f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }

    /**
     * The most UTF-8 bytes a keyword or facet value keeps: Lucene refuses a term or a facet value over 32,766 bytes
     * (and the facet's value also holds the field's name), and with it the whole document.
     */
    public static final int MAX_KEYWORD_BYTES = 32_000;

    /**
     * The most characters a facet value keeps: Lucene's facets refuse a longer path (8,191 characters with the facet's
     * name), and with it the whole document. Within {@link #MAX_KEYWORD_BYTES} whatever the characters.
     */
    public static final int MAX_FACET_CHARS = 8_000;

    public Document toLucene(HrcDocument d) {
        return toLucene(d, warning -> {});
    }

    /**
     * The Lucene document for {@code d}. A keyword or facet value that Lucene cannot hold is made fit, and
     * {@code warnings} says so: control characters (which break facet paths and displays) become spaces, and a value
     * longer than {@link #MAX_KEYWORD_BYTES} is cut.
     */
    public Document toLucene(HrcDocument d, java.util.function.Consumer<String> warnings) {
        Document doc = new Document();
        KeywordSink keyword = (target, field, value) -> keyword(target, field, value, warnings);
        keyword.keyword(doc, HrcField.ID, d.id());
        doc.add(new SortedDocValuesField(HrcField.ID.fieldName(), new BytesRef(d.id())));
        d.symbol().ifPresent(s -> keyword.keyword(doc, HrcField.SYMBOL, s.text()));
        d.references().forEach(r -> keyword.keyword(doc, HrcField.REFERENCES, r));
        d.session().ifPresent(s -> keyword.keyword(doc, HrcField.SESSION, s.label()));
        d.uprSession().ifPresent(s -> keyword.keyword(doc, HrcField.UPR_SESSION, Integer.toString(s)));
        keyword.keyword(doc, HrcField.TYPE, d.type().key());
        doc.add(new Field(HrcField.TITLE.fieldName(), d.title(), TEXT_TYPE));
        d.date().ifPresent(date -> {
            doc.add(new StoredField(HrcField.DATE.fieldName(), date.toString()));
            doc.add(new LongField(DATE_DAY_FIELD, date.toEpochDay(), Field.Store.NO)); // points + doc values
            keyword.keyword(doc, HrcField.YEAR, Integer.toString(date.getYear()));
        });
        keyword.keyword(doc, HrcField.LANGUAGE, d.language().code());
        d.signatories().forEach(s -> keyword.keyword(doc, HrcField.SIGNATORY, s));
        for (String s : d.signatories()) {
            String country = d.signatoryCountries().get(s);
            if (country != null) {
                doc.add(new StoredField(HrcField.SIGNATORY_COUNTRY.fieldName(), encodeCountry(s, country)));
            }
        }
        d.sponsors().forEach(s -> keyword.keyword(doc, HrcField.SPONSOR, s));
        d.stateUnderReview().ifPresent(s -> keyword.keyword(doc, HrcField.STATE_UNDER_REVIEW, s));
        d.recommendingStates().forEach(s -> keyword.keyword(doc, HrcField.RECOMMENDING_STATE, s));
        for (ConcernTag c : d.concerns()) {
            keyword.keyword(doc, HrcField.CONCERN, c.id());
            doc.add(new StoredField(HrcField.CONCERN_EVIDENCE.fieldName(), encodeConcern(c)));
        }
        StringBuilder text = new StringBuilder();
        for (Page p : d.pages()) {
            if (p.number() > 1) {
                text.append(PAGE_SEPARATOR);
            }
            doc.add(new StoredField(HrcField.PAGE_STARTS.fieldName(), text.length()));
            text.append(p.text());
        }
        String fullText = text.toString();
        RecordedWords words = new RecordedWords(); // one analysis for the words and their pairs
        doc.add(words.textField(HrcField.TEXT.fieldName(), fullText, FULL_TEXT_TYPE));
        doc.add(words.pairsField(fullText));
        WordForms.field(d.language()).ifPresent(f -> doc.add(new Field(f, fullText, WordForms.FIELD_TYPE)));
        DocumentTexts.fields(fullText).forEach(doc::add);
        d.source().paths().forEach(p -> keyword.keyword(doc, HrcField.PATH, p));
        keyword.keyword(doc, HrcField.SHA256, d.source().sha256());
        doc.add(new StoredField(HrcField.CONTENT_TYPE.fieldName(), d.source().contentType()));
        doc.add(new StoredField(HrcField.BYTES.fieldName(), d.source().bytes()));
        keyword.keyword(doc, HrcField.NEEDS_OCR, Boolean.toString(d.needsOcr()));
        if (!d.actions().isEmpty()) {
            doc.add(new StoredField(HrcField.ACTIONS.fieldName(), ActionJson.write(d.actions())));
        }
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("sorted-set facets need no taxonomy, so this cannot happen", e);
        }
    }

    /**
     * The Lucene document for {@code d} as the indexer writes it: with the times it entered the index and last
     * changed, stored and as doc values for sorting.
     */
    public Document toLucene(HrcDocument d, IndexTimes times, java.util.function.Consumer<String> warnings) {
        Document doc = toLucene(d, warnings);
        instant(doc, HrcField.INDEXED_AT, times.indexedAt());
        times.updatedAt().ifPresent(t -> instant(doc, HrcField.UPDATED_AT, t));
        return doc;
    }

    private static void instant(Document doc, HrcField field, Instant at) {
        doc.add(new StoredField(field.fieldName(), at.toString()));
        doc.add(new NumericDocValuesField(field.fieldName(), at.toEpochMilli()));
    }

    /** The times a stored document entered the index and last changed; empty for one written without them. */
    public static Optional<IndexTimes> indexTimes(Document stored) {
        return string(stored, HrcField.INDEXED_AT)
                .map(first -> new IndexTimes(
                        Instant.parse(first),
                        string(stored, HrcField.UPDATED_AT).map(Instant::parse)));
    }

    @FunctionalInterface
    private interface KeywordSink {
        void keyword(Document doc, HrcField field, String value);
    }

    private static void keyword(
            Document doc, HrcField field, String raw, java.util.function.Consumer<String> warnings) {
        // a facet value is a path whose parts FacetsConfig joins with a control character; no display wants them either
        String value = field.isFacet() ? KeywordValues.withoutControls(raw) : raw;
        if (!value.equals(raw)) {
            warnings.accept("control_characters: removed from the " + field.fieldName() + " value '"
                    + KeywordValues.abbreviate(value) + "'");
        }
        if (field.isFacet() && value.length() > MAX_FACET_CHARS) {
            int before = value.length();
            value = KeywordValues.truncateChars(value, MAX_FACET_CHARS);
            warnings.accept(String.format(
                    java.util.Locale.ROOT,
                    "value_truncated: the %s value '%s' was %,d characters, "
                            + "cut to %,d (the most a facet value may hold)",
                    field.fieldName(),
                    KeywordValues.abbreviate(value),
                    before,
                    value.length()));
        } else if (KeywordValues.utf8Length(value) > MAX_KEYWORD_BYTES) {
            int before = KeywordValues.utf8Length(value);
            value = KeywordValues.truncate(value, MAX_KEYWORD_BYTES);
            warnings.accept(String.format(
                    java.util.Locale.ROOT,
                    "value_truncated: the %s value '%s' was %,d bytes, " + "cut to %,d (Lucene's limit for one value)",
                    field.fieldName(),
                    KeywordValues.abbreviate(value),
                    before,
                    KeywordValues.utf8Length(value)));
        }
        if (value.isEmpty()) {
            return;
        }
        doc.add(new StringField(field.fieldName(), value, Field.Store.YES));
        if (field.isFacet()) {
            doc.add(new SortedSetDocValuesFacetField(field.fieldName(), value));
        }
    }

    /**
     * Rebuilds a document from its stored fields, without its text (no pages). Fields not loaded come back empty.
     */
    public HrcDocument fromLucene(Document doc) {
        return fromLucene(doc, null);
    }

    /**
     * Rebuilds a document from its stored fields and its {@code text} (as {@link DocumentTexts} reads it; null for
     * none), split into its pages. Fields not loaded come back empty.
     */
    public HrcDocument fromLucene(Document doc, String text) {
        SourceFile source = new SourceFile(
                List.of(doc.getValues(HrcField.PATH.fieldName())),
                doc.get(HrcField.SHA256.fieldName()),
                Optional.ofNullable(doc.get(HrcField.CONTENT_TYPE.fieldName())).orElse("application/octet-stream"),
                Optional.ofNullable(doc.getField(HrcField.BYTES.fieldName()))
                        .map(f -> f.numericValue().longValue())
                        .orElse(0L));
        HrcDocument.Builder b = HrcDocument.builder(source)
                .symbol(string(doc, HrcField.SYMBOL).flatMap(UnSymbol::parse).orElse(null))
                .references(strings(doc, HrcField.REFERENCES))
                .session(string(doc, HrcField.SESSION).flatMap(Session::parse).orElse(null))
                .uprSession(
                        string(doc, HrcField.UPR_SESSION).map(Integer::valueOf).orElse(null))
                .type(string(doc, HrcField.TYPE).flatMap(DocumentType::fromKey).orElse(DocumentType.OTHER))
                .title(string(doc, HrcField.TITLE).orElse(""))
                .date(string(doc, HrcField.DATE).map(LocalDate::parse).orElse(null))
                .language(string(doc, HrcField.LANGUAGE)
                        .flatMap(Language::fromCode)
                        .orElse(Language.OTHER))
                .signatories(strings(doc, HrcField.SIGNATORY))
                .signatoryCountries(signatoryCountries(doc))
                .sponsors(strings(doc, HrcField.SPONSOR))
                .stateUnderReview(string(doc, HrcField.STATE_UNDER_REVIEW).orElse(null))
                .recommendingStates(strings(doc, HrcField.RECOMMENDING_STATE))
                .concerns(strings(doc, HrcField.CONCERN_EVIDENCE).stream()
                        .map(DocumentMapper::decodeConcern)
                        .toList())
                .needsOcr(string(doc, HrcField.NEEDS_OCR)
                        .map(Boolean::parseBoolean)
                        .orElse(false))
                .actions(actions(doc));
        string(doc, HrcField.ID).ifPresent(b::id); // a document read out of a report has an id of its own
        if (text != null) {
            b.pageTexts(splitPages(text, pageStarts(doc)));
        }
        return b.build();
    }

    /**
     * Adds to {@code lucene} where the document was read from, for a document read out of a session report: the
     * report's id (indexed, and as doc values, so that the indexer tells such documents from those of files), its
     * symbol, the pages and the outcome.
     */
    public static void addDerivedFrom(Document lucene, DerivedFrom from) {
        lucene.add(new StringField(HrcField.REPORT_ID.fieldName(), from.reportId(), Field.Store.YES));
        lucene.add(new SortedDocValuesField(HrcField.REPORT_ID.fieldName(), new BytesRef(from.reportId())));
        lucene.add(new StoredField(HrcField.REPORT.fieldName(), from.report().text()));
        lucene.add(new StoredField(HrcField.REPORT_PAGES.fieldName(), from.pages()));
        from.outcome().ifPresent(o -> lucene.add(new StoredField(HrcField.OUTCOME.fieldName(), o.key())));
        from.tally().ifPresent(t -> lucene.add(new StoredField(HrcField.TALLY.fieldName(), t.toString())));
    }

    /** Where a stored document was read from, as {@link #addDerivedFrom} wrote it; empty for a file's document. */
    public static Optional<DerivedFrom> derivedFrom(Document stored) {
        String reportId = stored.get(HrcField.REPORT_ID.fieldName());
        String pages = stored.get(HrcField.REPORT_PAGES.fieldName());
        Optional<UnSymbol> report = string(stored, HrcField.REPORT).flatMap(UnSymbol::parse);
        if (reportId == null || pages == null || report.isEmpty()) {
            return Optional.empty();
        }
        int[] p = DerivedFrom.parsePages(pages);
        return Optional.of(new DerivedFrom(
                reportId,
                report.get(),
                p[0],
                p[1],
                string(stored, HrcField.OUTCOME).flatMap(ActionOutcome::fromKey),
                string(stored, HrcField.TALLY).map(Tally::parse)));
    }

    /** The stored fields {@link #derivedFrom} reads. */
    public static final java.util.Set<String> DERIVED_FROM_FIELDS = java.util.Set.of(
            HrcField.REPORT_ID.fieldName(),
            HrcField.REPORT.fieldName(),
            HrcField.REPORT_PAGES.fieldName(),
            HrcField.OUTCOME.fieldName(),
            HrcField.TALLY.fieldName());

    /** The actions stored on a session report or a votes file, as {@link #toLucene} wrote them; none when the field was not loaded. */
    public static ActionRecords actions(Document doc) {
        String json = doc.get(HrcField.ACTIONS.fieldName());
        return json == null ? ActionRecords.NONE : ActionJson.read(json);
    }

    /** The stored page start offsets of a document, as {@link #toLucene} wrote them. */
    public static int[] pageStarts(Document doc) {
        IndexableField[] fields = doc.getFields(HrcField.PAGE_STARTS.fieldName());
        int[] starts = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            starts[i] = fields[i].numericValue().intValue();
        }
        return starts;
    }

    /** The page (from 1) on which the character at {@code offset} of the text field stands. */
    public static int pageAt(int[] pageStarts, int offset) {
        int page = 1;
        for (int i = 0; i < pageStarts.length && pageStarts[i] <= offset; i++) {
            page = i + 1;
        }
        return page;
    }

    static List<String> splitPages(String text, int[] starts) {
        List<String> pages = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            int end = i + 1 < starts.length ? starts[i + 1] - PAGE_SEPARATOR.length() : text.length();
            pages.add(text.substring(starts[i], Math.max(starts[i], end)));
        }
        return pages;
    }

    private static Optional<String> string(Document doc, HrcField field) {
        return Optional.ofNullable(doc.get(field.fieldName()));
    }

    private static List<String> strings(Document doc, HrcField field) {
        return List.of(doc.getValues(field.fieldName()));
    }

    /**
     * The countries of a stored document's signatories, by name, as {@link #toLucene} wrote them ({@link
     * HrcField#SIGNATORY_COUNTRY}); empty when the field was not loaded.
     */
    public static Map<String, String> signatoryCountries(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String stored : doc.getValues(HrcField.SIGNATORY_COUNTRY.fieldName())) {
            int tab = stored.lastIndexOf('\t');
            if (tab > 0) {
                out.put(stored.substring(0, tab), stored.substring(tab + 1));
            }
        }
        return out;
    }

    /** {@code name TAB country}; control characters (tabs among them) in either become spaces. */
    static String encodeCountry(String name, String country) {
        return KeywordValues.withoutControls(name) + '\t' + KeywordValues.withoutControls(country);
    }

    /** {@code id TAB label (TAB phrase TAB count)*}: match phrases never hold tabs. */
    static String encodeConcern(ConcernTag c) {
        StringBuilder sb = new StringBuilder(c.id()).append('\t').append(c.label());
        for (ConcernTag.Evidence e : c.evidence()) {
            sb.append('\t').append(e.phrase()).append('\t').append(e.count());
        }
        return sb.toString();
    }

    static ConcernTag decodeConcern(String stored) {
        String[] parts = stored.split("\t", -1);
        List<ConcernTag.Evidence> evidence = new ArrayList<>();
        for (int i = 2; i + 1 < parts.length; i += 2) {
            evidence.add(new ConcernTag.Evidence(parts[i], Integer.parseInt(parts[i + 1])));
        }
        return new ConcernTag(parts[0], parts[1], evidence);
    }
}
