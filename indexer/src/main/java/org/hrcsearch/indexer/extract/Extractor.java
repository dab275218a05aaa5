package org.hrcsearch.indexer.extract;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Gets the text out of one file, page by page. A bad file is a {@link ExtractionResult.Failed} result, never an
 * exception: an exception means the extractor itself cannot work (e.g. its worker processes cannot start), and the
 * run stops without committing.
 */
public interface Extractor extends AutoCloseable {

    ExtractionResult extract(Path file) throws IOException, InterruptedException;

    /** Releases what the extractor holds (worker processes); the in-process extractor holds nothing. */
    @Override
    default void close() {}
}
