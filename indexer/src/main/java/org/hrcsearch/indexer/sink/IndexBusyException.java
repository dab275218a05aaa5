package org.hrcsearch.indexer.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Another indexer holds the write lock of the index, so this run must not start, e.g. "another run holds the index
 * at /data/index (pid 4242, started 2026-11-27T23:45:12Z, extracting 120/346 files: index [corpus] --index
 * /data/index): wait for it to finish, or stop it".
 */
public final class IndexBusyException extends IOException {

    private final Path indexDir;

    public IndexBusyException(Path indexDir, Throwable cause) {
        this(indexDir, Optional.empty(), cause);
    }

    private IndexBusyException(Path indexDir, Optional<String> holder, Throwable cause) {
        super(
                "another run holds the index at " + indexDir.toAbsolutePath().normalize()
                        + holder.map(h -> " (" + h + ")").orElse("") + ": wait for it to finish, or stop it",
                cause);
        this.indexDir = indexDir;
    }

    /** The same refusal, saying who holds the lock when that is known. */
    public IndexBusyException heldBy(Optional<String> holder) {
        return new IndexBusyException(indexDir, holder, getCause());
    }

    public Path indexDir() {
        return indexDir;
    }
}
