package org.hrcsearch.indexer.report;

/** What happened to one file in an indexing run. */
public enum Outcome {
    /** Text extracted and indexed. */
    INDEXED("indexed"),
    /**
     * Indexed, with something the reader should know in the report's {@code warnings}: text cut at the limit, a file
     * named {@code .pdf} that is a Word document, an over-long facet value shortened, part of the file unreadable.
     */
    INDEXED_WITH_WARNINGS("indexed_with_warnings"),
    /** No text layer (an image-only scan): indexed with its metadata, flagged for OCR. */
    NEEDS_OCR("needs_ocr"),
    /** Byte-identical to another file of the run: one document lists both paths. */
    DUPLICATE("duplicate"),
    /** Indexed by an earlier run and not changed since (same size and time, or same bytes): skipped. */
    UNCHANGED("unchanged"),
    /** Indexed by an earlier run and gone from the corpus: removed from the index. */
    DELETED("deleted"),
    /** The parser could not read it (malformed, encrypted, truncated, unknown type). Not indexed. */
    FAILED_PARSE("failed_parse"),
    /** The file could not be opened or read (permissions, vanished during the run). Not indexed. */
    FAILED_READ("failed_read"),
    /** Parsing took longer than the per-file time limit; the parser was stopped. Not indexed. */
    FAILED_TIMEOUT("failed_timeout"),
    /** Parsing needed more memory than a worker may use. Not indexed. */
    FAILED_MEMORY("failed_memory"),
    /** The parser's process died on it. Not indexed. */
    FAILED_CRASH("failed_crash"),
    /** Encrypted: it opens only with a password. Not indexed. */
    FAILED_ENCRYPTED("failed_encrypted"),
    /** The file has no bytes. Not indexed. */
    FAILED_EMPTY("failed_empty"),
    /** Its bytes are of no type the indexer reads (random bytes, an archive, plain text named {@code .pdf}). */
    FAILED_UNSUPPORTED("failed_unsupported"),
    /** It inflates to far more than it holds (a zip bomb); the parser was stopped. Not indexed. */
    FAILED_ZIP_BOMB("failed_zip_bomb"),
    /**
     * Not a file of the corpus: a symbolic link that points outside the corpus folders, or back into a folder
     * above it (a loop). Never read.
     */
    SKIPPED("skipped");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    /** The name used in reports, e.g. {@code failed_parse}. */
    public String key() {
        return key;
    }

    public boolean isFailure() {
        return key.startsWith("failed_");
    }
}
