package org.hrcsearch.indexer.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the extractor got out of one file: its text page by page, its media type (as its bytes say, whatever its
 * name), the title its metadata gives (PDF Info dictionary, Word properties, HTML {@code <title>}), and what a
 * reader of the report should know about how the text came out, e.g. {@code "text cut at 20,000,000 characters"}.
 */
public record Extraction(
        List<String> pages, String contentType, Optional<String> metadataTitle, List<String> warnings) {
    public Extraction {
        pages = List.copyOf(pages);
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(metadataTitle, "metadataTitle");
        warnings = List.copyOf(warnings);
    }

    /** An extraction with nothing to warn about. */
    public Extraction(List<String> pages, String contentType, Optional<String> metadataTitle) {
        this(pages, contentType, metadataTitle, List.of());
    }

    /** True when no page has a letter or digit: an image-only scan, to be indexed by its metadata and OCRed later. */
    public boolean hasNoText() {
        return pages.stream().noneMatch(p -> p.codePoints().anyMatch(Character::isLetterOrDigit));
    }
}
