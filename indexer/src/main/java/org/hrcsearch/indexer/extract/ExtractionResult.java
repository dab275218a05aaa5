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

    /**
     * No text: e.g. {@code PARSE} "Page tree root must be a dictionary", or {@code TIMEOUT} "no answer after 120 s".
     */
    record Failed(Failure failure, String reason) implements ExtractionResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(reason, "reason");
        }

        /** A parse failure: the file is malformed, encrypted, truncated, or of a type the parser does not know. */
        public Failed(String reason) {
            this(Failure.PARSE, reason);
        }
    }

    /** Why a file gave no text. */
    enum Failure {
        /** The parser could not read the bytes: malformed, encrypted, truncated, unknown type. */
        PARSE,
        /** The file could not be opened or read: permissions, vanished since it was listed. */
        READ,
        /** The parser ran past the per-file time limit; its worker was killed and replaced. */
        TIMEOUT,
        /** The parser ran out of its worker's memory; the worker was replaced. */
        MEMORY,
        /** The worker process died while parsing (a crash in a parser, or an exit); it was replaced. */
        CRASH,
        /** The file is encrypted and opens only with a password. */
        ENCRYPTED,
        /** The file has no bytes. */
        EMPTY,
        /** The bytes are of no type the indexer reads (random bytes, an archive, another type under a document's name). */
        UNSUPPORTED,
        /** The file inflates to far more than it holds (a zip bomb): the parser was stopped. */
        BOMB
    }
}
