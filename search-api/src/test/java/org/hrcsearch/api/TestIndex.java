package org.hrcsearch.api;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.SearchService;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.HrcSchema;

/** A small in-memory index of hand-made documents, and builders for them, for search and HTTP tests. */
public final class TestIndex {
  private TestIndex() {}

  private static int counter;

  /** A document with a fresh id, the given symbol (or none), session and pages. */
  public static HrcDocument.Builder doc(String symbol, String session, DocumentType type, String... pages) {
    String sha = String.format("%064x", ++counter);
    return doc(new SourceFile(List.of("test/doc" + counter + ".pdf"), sha, "application/pdf", 1000),
        symbol, session, type, pages);
  }

  /** A document from the given file (its id comes from the file's hash), symbol (or none), session and pages. */
  public static HrcDocument.Builder doc(
      SourceFile source, String symbol, String session, DocumentType type, String... pages) {
    HrcDocument.Builder b = HrcDocument.builder(source)
        .type(type)
        .title("Document " + counter)
        .date(LocalDate.of(2018, 3, counter % 28 + 1))
        .pageTexts(List.of(pages));
    if (symbol != null) {
      b.symbol(UnSymbol.parse(symbol).orElseThrow());
    }
    if (session != null) {
      b.session(Session.parse(session).orElseThrow());
    }
    return b;
  }

  /** The documents most tests search: a letter and a draft of session 37, a resolution of 43, a special session. */
  public static List<HrcDocument> standard() {
    return List.of(
        doc(null, "37", DocumentType.JOINT_LETTER,
                "Joint letter on A/HRC/37/L.36. We, the undersigned, note that win–win cooperation is the only viable"
                    + " option according to its sponsors.",
                "Page two: persistent non-cooperation with special procedures must be addressed.")
            .references(List.of("A/HRC/37/L.36"))
            .signatories(List.of("International Federation for Human Rights (FIDH)", "CIVICUS"))
            .title("Joint letter on win-win cooperation")
            .build(),
        doc("A/HRC/37/L.36", "37", DocumentType.DRAFT_RESOLUTION,
                "Promoting the international human rights cause through win-win cooperation.")
            .sponsors(List.of("China"))
            .title("Promoting win-win cooperation")
            .build(),
        doc("A/HRC/RES/43/21", "43", DocumentType.RESOLUTION,
                "Promoting mutually beneficial cooperation in the field of human rights. Recalling A/HRC/RES/37/23.")
            .references(List.of("A/HRC/RES/37/23"))
            .title("Promoting mutually beneficial cooperation")
            .build(),
        doc("A/HRC/RES/S-35/1", "S-35", DocumentType.RESOLUTION,
                "Persistent non-cooperation by the authorities; reprisals against defenders.")
            .title("Situation of human rights in Veloria")
            .build());
  }

  public static SearchService service(List<HrcDocument> docs) throws IOException {
    HrcSchema schema = new HrcSchema();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
      for (HrcDocument d : docs) {
        w.addDocument(schema.mapper().toLucene(d));
      }
      w.commit();
    }
    return new SearchService(schema, new SearcherManager(dir, null), QueryLimits.DEFAULT, Duration.ofSeconds(5));
  }
}
