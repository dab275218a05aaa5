package org.hrcsearch.corpus.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hrcsearch.corpus.action.ActionRecords;

/**
 * One Human Rights Council document as the index knows it: its text page by page and everything derived from it,
 * e.g. the draft resolution {@code A/HRC/43/L.31/Rev.1} of session 43 with its sponsors, or a joint NGO letter
 * with its signatories.
 *
 * @param id stable id, from the content hash (see {@link SourceFile#documentId()})
 * @param symbol the document's own symbol, when it has one
 * @param references every other UN symbol the text cites, canonical, in order of first appearance
 * @param session the Council session the document belongs to
 * @param uprSession for documents of the UPR Working Group, that body's session (never a Council session)
 * @param signatories canonical names of the organisations or States that signed a letter or statement
 * @param signatoryCountries the country a letter prints after a signatory's name, by canonical name, e.g. {@code
 *     Malawi} for "Centre for Law and Rights (CLR) – Malawi"; only signatories that have one. The country never
 *     splits an organisation: it is one signatory, wherever it signs from
 * @param sponsors canonical names of the States that sponsored a draft resolution
 * @param stateUnderReview for UPR documents, the State reviewed
 * @param recommendingStates for UPR reports, the States that made recommendations
 * @param needsOcr true when the file has no text layer: indexed with its metadata only
 * @param actions for a report of the Council on its session, the actions it tells of and the texts it lists as
 *     adopted; for a votes file ({@link DocumentType#VOTING_RECORD}), the actions its rows give; {@link
 *     ActionRecords#NONE} for every other document
 */
public record HrcDocument(
        String id,
        Optional<UnSymbol> symbol,
        List<String> references,
        Optional<Session> session,
        OptionalInt uprSession,
        DocumentType type,
        String title,
        Optional<LocalDate> date,
        Language language,
        List<String> signatories,
        Map<String, String> signatoryCountries,
        List<String> sponsors,
        Optional<String> stateUnderReview,
        List<String> recommendingStates,
        List<ConcernTag> concerns,
        List<Page> pages,
        SourceFile source,
        boolean needsOcr,
        ActionRecords actions) {

    public HrcDocument {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("document id must be 16 lowercase hex digits, got '" + id + "'");
        }
        Objects.requireNonNull(symbol, "symbol");
        references = List.copyOf(references);
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(uprSession, "uprSession");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(language, "language");
        signatories = List.copyOf(signatories);
        signatoryCountries = Map.copyOf(signatoryCountries);
        for (Map.Entry<String, String> c : signatoryCountries.entrySet()) {
            if (!signatories.contains(c.getKey()) || c.getValue().isBlank()) {
                throw new IllegalArgumentException("a signatory's country must be non-blank and belong to one of the"
                        + " signatories " + signatories + ", got '" + c.getValue() + "' for '" + c.getKey() + "'");
            }
        }
        sponsors = List.copyOf(sponsors);
        Objects.requireNonNull(stateUnderReview, "stateUnderReview");
        recommendingStates = List.copyOf(recommendingStates);
        concerns = List.copyOf(concerns);
        pages = List.copyOf(pages);
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() != i + 1) {
                throw new IllegalArgumentException("pages must be numbered 1..n in order; page " + (i + 1)
                        + " is numbered " + pages.get(i).number());
            }
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actions, "actions");
    }

    public static Builder builder(SourceFile source) {
        return new Builder(source);
    }

    /** A builder that starts from this document, to change some fields. */
    public Builder toBuilder() {
        Builder b = new Builder(source);
        b.id = id;
        b.symbol = symbol;
        b.references = new ArrayList<>(references);
        b.session = session;
        b.uprSession = uprSession;
        b.type = type;
        b.title = title;
        b.date = date;
        b.language = language;
        b.signatories = new ArrayList<>(signatories);
        b.signatoryCountries = new LinkedHashMap<>(signatoryCountries);
        b.sponsors = new ArrayList<>(sponsors);
        b.stateUnderReview = stateUnderReview;
        b.recommendingStates = new ArrayList<>(recommendingStates);
        b.concerns = new ArrayList<>(concerns);
        b.pages = new ArrayList<>(pages);
        b.needsOcr = needsOcr;
        b.actions = actions;
        return b;
    }

    /** The year of the document's date, if it has one. */
    public OptionalInt year() {
        return date.map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
    }

    /** The number of characters of text over all pages. */
    public int characterCount() {
        return pages.stream().mapToInt(p -> p.text().length()).sum();
    }

    /** Builds an {@link HrcDocument}; everything but the source has a neutral default. */
    public static final class Builder {
        private final SourceFile source;
        private String id;
        private Optional<UnSymbol> symbol = Optional.empty();
        private List<String> references = new ArrayList<>();
        private Optional<Session> session = Optional.empty();
        private OptionalInt uprSession = OptionalInt.empty();
        private DocumentType type = DocumentType.OTHER;
        private String title = "";
        private Optional<LocalDate> date = Optional.empty();
        private Language language = Language.ENGLISH;
        private List<String> signatories = new ArrayList<>();
        private Map<String, String> signatoryCountries = new LinkedHashMap<>();
        private List<String> sponsors = new ArrayList<>();
        private Optional<String> stateUnderReview = Optional.empty();
        private List<String> recommendingStates = new ArrayList<>();
        private List<ConcernTag> concerns = new ArrayList<>();
        private List<Page> pages = new ArrayList<>();
        private boolean needsOcr;
        private ActionRecords actions = ActionRecords.NONE;

        private Builder(SourceFile source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        public Builder symbol(UnSymbol value) {
            symbol = Optional.ofNullable(value);
            return this;
        }

        public Builder references(List<String> value) {
            references = new ArrayList<>(value);
            return this;
        }

        public Builder session(Session value) {
            session = Optional.ofNullable(value);
            return this;
        }

        public Builder uprSession(Integer value) {
            uprSession = value == null ? OptionalInt.empty() : OptionalInt.of(value);
            return this;
        }

        public Builder type(DocumentType value) {
            type = Objects.requireNonNull(value);
            return this;
        }

        public Builder title(String value) {
            title = Objects.requireNonNull(value);
            return this;
        }

        public Builder date(LocalDate value) {
            date = Optional.ofNullable(value);
            return this;
        }

        public Builder language(Language value) {
            language = Objects.requireNonNull(value);
            return this;
        }

        /** The language of an ISO 639-1 code ({@code fr}); throws for a code that is not one of {@link Language}. */
        public Builder language(String code) {
            language = Language.fromCode(code)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown language '" + code + "'; use one of " + Language.allowedCodes()));
            return this;
        }

        public Builder signatories(List<String> value) {
            signatories = new ArrayList<>(value);
            return this;
        }

        /**
         * The countries printed after signatories' names, by canonical name; those of names that are not (or no
         * longer, after {@link #signatories}) signatories are dropped at {@link #build}.
         */
        public Builder signatoryCountries(Map<String, String> value) {
            signatoryCountries = new LinkedHashMap<>(value);
            return this;
        }

        public Builder sponsors(List<String> value) {
            sponsors = new ArrayList<>(value);
            return this;
        }

        public Builder stateUnderReview(String value) {
            stateUnderReview = Optional.ofNullable(value);
            return this;
        }

        public Builder recommendingStates(List<String> value) {
            recommendingStates = new ArrayList<>(value);
            return this;
        }

        public Builder concerns(List<ConcernTag> value) {
            concerns = new ArrayList<>(value);
            return this;
        }

        public Builder pages(List<Page> value) {
            pages = new ArrayList<>(value);
            return this;
        }

        /** Pages from their texts in order, numbered from 1. */
        public Builder pageTexts(List<String> texts) {
            pages = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                pages.add(new Page(i + 1, texts.get(i)));
            }
            return this;
        }

        public Builder needsOcr(boolean value) {
            needsOcr = value;
            return this;
        }

        public Builder actions(ActionRecords value) {
            actions = Objects.requireNonNull(value);
            return this;
        }

        private Map<String, String> countriesOfSignatories() {
            Map<String, String> kept = new LinkedHashMap<>(signatoryCountries);
            kept.keySet().retainAll(signatories);
            return kept;
        }

        /**
         * The id of a document that is not its file's own, e.g. a resolution read out of a session report; else it
         * is the file's ({@link SourceFile#documentId()}).
         */
        public Builder id(String value) {
            id = Objects.requireNonNull(value);
            return this;
        }

        public HrcDocument build() {
            return new HrcDocument(
                    id != null ? id : source.documentId(),
                    symbol,
                    references,
                    session,
                    uprSession,
                    type,
                    title,
                    date,
                    language,
                    signatories,
                    countriesOfSignatories(),
                    sponsors,
                    stateUnderReview,
                    recommendingStates,
                    concerns,
                    pages,
                    source,
                    needsOcr,
                    actions);
        }
    }
}
