package org.hrcsearch.indexer.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file found under a corpus root, e.g. {@code hrc-pdf/upr-wg-reports/france2008.pdf} under {@code ../corpus}.
 *
 * @param path the absolute, normalised path
 * @param displayPath the path as reported and stored: relative to the folder the run was started from when it
 *     lies below it, else absolute
 */
public record CorpusFile(Path path, String displayPath, long size, long lastModifiedMillis) {
    public CorpusFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
    }
}
