package org.hrcsearch.indexer;

import java.util.List;
import java.util.Objects;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.extract.ExtractionResult;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.indexer.source.CorpusFile;

/**
 * From the copies of one content on disk to the {@link HrcDocument} they make: extract the first copy, derive its
 * metadata, then apply what a sidecar file beside any copy says. Used by indexing and by {@code check-metadata},
 * so that both see the same document. Not thread-safe (the extractor is not): one per worker.
 */
public final class DocumentDeriver {

  /** The document, or why there is none. */
  public sealed interface Derivation {
    /** The document the file makes. */
    record Derived(HrcDocument document) implements Derivation {
      public Derived {
        Objects.requireNonNull(document, "document");
      }
    }

    /** The file could not be parsed. */
    record Failed(String reason) implements Derivation {
      public Failed {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }

  private final TikaExtractor extractor;
  private final DocumentEnricher enricher;

  public DocumentDeriver(TikaExtractor extractor, DocumentEnricher enricher) {
    this.extractor = extractor;
    this.enricher = enricher;
  }

  /** @param copies every path at which these bytes were found, first the one to read */
  public Derivation derive(String sha256, List<CorpusFile> copies) {
    CorpusFile first = copies.getFirst();
    return switch (extractor.extract(first.path())) {
      case ExtractionResult.Failed failed -> new Derivation.Failed(failed.reason());
      case ExtractionResult.Extracted extracted -> {
        SourceFile source = new SourceFile(copies.stream().map(CorpusFile::displayPath).toList(), sha256,
            extracted.extraction().contentType(), first.size());
        yield new Derivation.Derived(
            enricher.enrich(source, first.path().getFileName().toString(), extracted.extraction()));
      }
    };
  }
}
