package org.hrcsearch.indexer.source;

import java.util.Objects;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.indexer.extract.ExtractionResult;
import org.hrcsearch.indexer.report.Outcome;

/** What became of one content of the corpus: its document, or the outcome that says why there is none. */
public sealed interface Produced {

    /** How long it took, from the start of extraction to the finished document. */
    long millis();

    /** A document, with what the report should say about how it came out (e.g. its text was cut at the limit). */
    /** @param actionsCpuNanos the CPU time reading the Council's actions out of it took (0: no session report) */
    record Built(HrcDocument document, long millis, java.util.List<String> warnings, long actionsCpuNanos)
            implements Produced {
        public Built {
            Objects.requireNonNull(document, "document");
            warnings = java.util.List.copyOf(warnings);
        }

        public Built(HrcDocument document, long millis, java.util.List<String> warnings) {
            this(document, millis, warnings, 0);
        }

        public Built(HrcDocument document, long millis) {
            this(document, millis, java.util.List.of());
        }
    }

    record NotBuilt(Outcome outcome, String reason, long millis) implements Produced {
        public NotBuilt {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
            if (!outcome.isFailure()) {
                throw new IllegalArgumentException(
                        "a document that was not built has a failure outcome, not " + outcome);
            }
        }

        static NotBuilt of(ExtractionResult.Failed failed, long millis) {
            Outcome outcome = switch (failed.failure()) {
                case PARSE -> Outcome.FAILED_PARSE;
                case READ -> Outcome.FAILED_READ;
                case TIMEOUT -> Outcome.FAILED_TIMEOUT;
                case MEMORY -> Outcome.FAILED_MEMORY;
                case CRASH -> Outcome.FAILED_CRASH;
                case ENCRYPTED -> Outcome.FAILED_ENCRYPTED;
                case EMPTY -> Outcome.FAILED_EMPTY;
                case UNSUPPORTED -> Outcome.FAILED_UNSUPPORTED;
                case BOMB -> Outcome.FAILED_ZIP_BOMB;
            };
            return new NotBuilt(outcome, failed.reason(), millis);
        }
    }
}
