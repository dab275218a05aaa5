package org.hrcsearch.indexer.sink;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The last commit of the index fails its checksums (a bit flipped on disk, a truncated file), so the indexer
 * refuses to build on it: every new commit would carry the damaged segment along. E.g. "the index at /data/index
 * is corrupt (checksum failed ... _0.fdt): it cannot be updated. Rebuild it: run with --full --index
 * &lt;a new folder&gt; and serve that one, or delete /data/index and run again".
 */
public final class IndexCorruptException extends IOException {

    public IndexCorruptException(Path indexDir, IOException cause) {
        super(
                "the index at " + indexDir.toAbsolutePath().normalize() + " is corrupt (" + cause.getMessage()
                        + "): it cannot be updated. Rebuild it: run with --full --index <a new folder> and serve that one, or delete "
                        + indexDir.toAbsolutePath().normalize() + " and run again",
                cause);
    }
}
