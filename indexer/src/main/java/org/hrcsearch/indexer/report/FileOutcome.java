package org.hrcsearch.indexer.report;

import java.util.List;
import java.util.Objects;

/**
 * One line of the indexing report, e.g. {@code cycle1/g0917123.pdf failed_parse "Page tree root must be a
 * dictionary"}.
 *
 * @param sha256 the content hash, or empty when the file could not be read
 * @param reason why it failed or what is special about it; empty when indexed normally
 * @param detectedType the media type its bytes were found to be, e.g. {@code application/pdf}; empty when unknown
 * @param warnings what a reader should know about a file that was indexed, e.g. {@code "truncated: text cut at
 *     20,000,000 characters ..."}
 */
public record FileOutcome(
        String path,
        String sha256,
        Outcome outcome,
        String reason,
        int pages,
        long chars,
        long millis,
        String detectedType,
        List<String> warnings) {
    public FileOutcome {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detectedType, "detectedType");
        warnings = List.copyOf(warnings);
    }

    /** An outcome with no detected type and no warnings. */
    public FileOutcome(String path, String sha256, Outcome outcome, String reason, int pages, long chars, long millis) {
        this(path, sha256, outcome, reason, pages, chars, millis, "", List.of());
    }
}
