package org.hrcsearch.corpus.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a document came from: every path at which its bytes were found (byte-identical files are one document),
 * their SHA-256, media type and size.
 */
public record SourceFile(List<String> paths, String sha256, String contentType, long bytes) {
    public SourceFile {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a document comes from at least one path");
        }
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits, got '" + sha256 + "'");
        }
        Objects.requireNonNull(contentType, "contentType");
        if (bytes < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    /** The id of the document these bytes make: the first 16 hex digits of their SHA-256. */
    public String documentId() {
        return sha256.substring(0, 16);
    }
}
