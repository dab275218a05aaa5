package org.hrcsearch.indexer.report;

import java.util.Objects;

/**
 * One line of the indexing report, e.g. {@code cycle1/g0917123.pdf failed_parse "Page tree root must be a
 * dictionary"}.
 *
 * @param sha256 the content hash, or empty when the file could not be read
 * @param reason why it failed or what is special about it; empty when indexed normally
 */
public record FileOutcome(
    String path, String sha256, Outcome outcome, String reason, int pages, long chars, long millis) {
  public FileOutcome {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }
}
