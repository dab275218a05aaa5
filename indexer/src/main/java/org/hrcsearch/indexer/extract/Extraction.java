package org.hrcsearch.indexer.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the extractor got out of one file: its text page by page, its media type and the title its metadata
 * gives (PDF Info dictionary, Word properties, HTML {@code <title>}).
 */
public record Extraction(List<String> pages, String contentType, Optional<String> metadataTitle) {
  public Extraction {
    pages = List.copyOf(pages);
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(metadataTitle, "metadataTitle");
  }

  /** True when no page has a letter or digit: an image-only scan, to be indexed by its metadata and OCRed later. */
  public boolean hasNoText() {
    return pages.stream().noneMatch(p -> p.codePoints().anyMatch(Character::isLetterOrDigit));
  }
}
