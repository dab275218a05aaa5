package org.hrcsearch.indexer.enrich;

import java.util.List;
import java.util.Optional;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnBody;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.indexer.extract.Extraction;

/**
 * Turns extracted text into an {@link HrcDocument}: cleans the pages, then derives symbol, references, session,
 * type, date and title from them. Pure: no I/O.
 */
public final class DocumentEnricher {

  private final TextCleaner cleaner = new TextCleaner();
  private final SymbolFinder symbols = new SymbolFinder();
  private final SessionFinder sessions = new SessionFinder();
  private final DateFinder dates = new DateFinder();
  private final TitleFinder titles = new TitleFinder();
  private final TypeClassifier types = new TypeClassifier();

  public HrcDocument enrich(SourceFile source, String fileName, Extraction extraction) {
    List<String> pages = extraction.pages().stream().map(cleaner::clean).toList();
    if (pages.isEmpty()) {
      pages = List.of("");
    }
    String firstPage = pages.getFirst();
    String text = String.join("\n", pages);

    Optional<UnSymbol> symbol = symbols.onCover(firstPage).or(() -> symbols.inFileName(fileName));
    List<String> references = symbols.findAll(text).stream()
        .filter(s -> symbol.map(own -> !own.text().equals(s)).orElse(true))
        .toList();

    Optional<Session> session = symbol.flatMap(UnSymbol::session);
    Integer uprSession = null;
    if (symbol.isPresent() && symbol.get().body() == UnBody.UPR_WORKING_GROUP) {
      uprSession = symbol.get().bodySession().getAsInt();
    } else if (symbol.isEmpty() || symbol.get().body() == UnBody.HUMAN_RIGHTS_COUNCIL) {
      if (session.isEmpty()) {
        session = sessions.onCover(firstPage)
            .or(() -> sessions.ofCitedDrafts(references))
            .or(() -> sessions.inText(text));
      }
      if (session.isEmpty()) {
        var upr = sessions.uprSessionOnCover(firstPage);
        uprSession = upr.isPresent() ? upr.getAsInt() : null;
      }
    }

    String title = titles.find(firstPage, extraction.metadataTitle());
    DocumentType type = types.classify(symbol, title, text);

    return HrcDocument.builder(source)
        .symbol(symbol.orElse(null))
        .references(references)
        .session(session.orElse(null))
        .uprSession(uprSession)
        .type(type)
        .title(title)
        .date(dates.find(firstPage).orElse(null))
        .language("en")
        .pageTexts(pages)
        .needsOcr(extraction.hasNoText())
        .build();
  }
}
