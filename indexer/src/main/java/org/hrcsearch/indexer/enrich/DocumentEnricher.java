package org.hrcsearch.indexer.enrich;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnBody;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.extract.Extraction;

/**
 * Turns extracted text into an {@link HrcDocument}: cleans the pages (running headers and footers, hyphenation,
 * compatibility forms), then derives symbol, references, session, type, date, title, language, signatories,
 * sponsors, the States of a UPR document and its concerns. Pure: no I/O.
 */
public final class DocumentEnricher {

    private final TextCleaner cleaner = new TextCleaner();
    private final RunningLines runningLines = new RunningLines();
    private final SymbolFinder symbols = new SymbolFinder();
    private final SessionFinder sessions = new SessionFinder();
    private final DateFinder dates = new DateFinder();
    private final TitleFinder titles = new TitleFinder();
    private final TypeClassifier types = new TypeClassifier();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final SignatoryParser signatories;
    private final SponsorListParser sponsors;
    private final UprStates uprStates;
    private final ConcernTagger concerns;

    /** With the vocabularies bundled with hrc-search. */
    public DocumentEnricher() {
        this(Vocabularies.bundled());
    }

    public DocumentEnricher(Vocabularies vocabularies) {
        this.signatories = new SignatoryParser(vocabularies.organisations(), vocabularies.states());
        this.sponsors = new SponsorListParser(vocabularies.states());
        this.uprStates = new UprStates(vocabularies.states());
        this.concerns = new ConcernTagger(vocabularies.concerns());
    }

    /** Each page cleaned, words hyphenated across lines joined, running headers and footers removed. */
    List<String> cleanPages(List<String> raw) {
        List<String> pages = raw.stream().map(cleaner::clean).toList();
        if (pages.isEmpty()) {
            return List.of("");
        }
        String whole = String.join("\n", pages).toLowerCase(Locale.ROOT);
        pages = pages.stream().map(p -> cleaner.joinHyphenatedWords(p, whole)).toList();
        return runningLines.strip(pages);
    }

    public HrcDocument enrich(SourceFile source, String fileName, Extraction extraction) {
        List<String> pages = cleanPages(extraction.pages());
        String firstPage = pages.getFirst();
        String text = String.join("\n\n", pages);

        Optional<UnSymbol> symbol = symbols.onCover(firstPage).or(() -> symbols.inFileName(fileName));
        List<String> references = symbols.findAll(text).stream()
                .filter(s -> symbol.map(own -> !own.text().equals(s)).orElse(true))
                .toList();

        Optional<Session> session = symbol.flatMap(UnSymbol::session);
        OptionalInt uprSession = OptionalInt.empty();
        if (symbol.isPresent() && symbol.get().body() == UnBody.UPR_WORKING_GROUP) {
            uprSession = symbol.get().bodySession();
        } else if (symbol.isEmpty() || symbol.get().body() == UnBody.HUMAN_RIGHTS_COUNCIL) {
            uprSession = sessions.uprSessionOnCover(firstPage);
        }
        String title = titles.find(firstPage, extraction.metadataTitle());
        DocumentType type = types.classify(symbol, title, text);
        Optional<LocalDate> date = dates.find(firstPage);
        if (session.isEmpty()
                && uprSession.isEmpty()
                && (symbol.isEmpty() || symbol.get().body() == UnBody.HUMAN_RIGHTS_COUNCIL)) {
            session = sessions.onCover(firstPage)
                    .or(() -> sessions.ofCitedDrafts(references))
                    .or(() -> sessions.councilSessionInText(text))
                    // a statement read at a session is dated during it; "the 14th session" may be the UPR's
                    .or(() ->
                            type == DocumentType.JOINT_LETTER ? date.flatMap(sessions::aroundDate) : Optional.empty());
            if (session.isEmpty() && symbol.isEmpty()) {
                uprSession = sessions.uprSessionInText(text);
            }
            if (session.isEmpty() && uprSession.isEmpty()) {
                session = sessions.inText(text);
            }
        }

        HrcDocument.Builder b = HrcDocument.builder(source)
                .symbol(symbol.orElse(null))
                .references(references)
                .session(session.orElse(null))
                .uprSession(uprSession.isPresent() ? uprSession.getAsInt() : null)
                .type(type)
                .title(title)
                .date(date.orElse(null))
                .language(languages.guess(text))
                .pageTexts(pages)
                .needsOcr(extraction.hasNoText())
                .concerns(concerns.tag(text));
        switch (type) {
            case JOINT_LETTER -> {
                List<Signatory> signed = signatories.read(text);
                Map<String, String> countries = new LinkedHashMap<>();
                signed.forEach(s -> s.country().ifPresent(c -> countries.put(s.name(), c)));
                b.signatories(signed.stream().map(Signatory::name).toList()).signatoryCountries(countries);
            }
            case DRAFT_RESOLUTION, RESOLUTION -> b.sponsors(sponsors.sponsors(text));
            default -> {}
        }
        if (isUprDocument(symbol, title, uprSession)) {
            Optional<String> state = uprStates.stateUnderReview(symbol, firstPage);
            int colon = title.lastIndexOf(": ");
            if (state.isEmpty() && colon > 0) {
                state = uprStates.state(title.substring(colon + 2));
            }
            b.stateUnderReview(state.orElse(null));
            if (isWorkingGroupReport(symbol, title)) {
                b.recommendingStates(uprStates.recommendingStates(text, state));
            }
        }
        return b.build();
    }

    private static boolean isUprDocument(Optional<UnSymbol> symbol, String title, OptionalInt uprSession) {
        return uprSession.isPresent()
                || symbol.map(s -> s.body() == UnBody.UPR_WORKING_GROUP).orElse(false)
                || title.startsWith(TitleFinder.UPR_REPORT)
                || title.toLowerCase(Locale.ROOT).startsWith("outcome of the universal periodic review");
    }

    private static boolean isWorkingGroupReport(Optional<UnSymbol> symbol, String title) {
        return title.startsWith(TitleFinder.UPR_REPORT)
                && symbol.map(s -> s.addendum().isEmpty()).orElse(true);
    }
}
