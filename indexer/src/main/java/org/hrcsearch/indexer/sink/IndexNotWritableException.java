package org.hrcsearch.indexer.sink;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index folder cannot be written (read-only mount, wrong owner or mode), so a run cannot even start, e.g.
 * "the index folder /data/index is not writable (/data/index/.hrc-write-probe: Read-only file system): give the
 * indexer write access to it, or index into another folder with --index". Servers can still read the index.
 */
public final class IndexNotWritableException extends IOException {

    public IndexNotWritableException(Path indexDir, IOException cause) {
        super(
                "the index folder " + indexDir.toAbsolutePath().normalize() + " is not writable (" + cause.getMessage()
                        + "): give the indexer write access to it, or index into another folder with --index",
                cause);
    }
}
