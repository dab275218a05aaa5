package org.hrcsearch.indexer.extract;

import java.util.Objects;

/** The outcome of extracting one file: its {@link Extraction}, or why there is none. */
public sealed interface ExtractionResult {

  /** The text came out (possibly empty, for a scan). */
  record Extracted(Extraction extraction) implements ExtractionResult {
    public Extracted {
      Objects.requireNonNull(extraction, "extraction");
    }
  }

  /** The parser could not read the file: malformed, encrypted, truncated, or a type it does not know. */
  record Failed(String reason) implements ExtractionResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
