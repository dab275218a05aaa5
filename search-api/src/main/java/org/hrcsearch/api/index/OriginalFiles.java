package org.hrcsearch.api.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.index.CorpusFolders;

/**
 * Finds the original file of an indexed document from what the index stored, never from a request: each stored
 * path, resolved against the folder the indexer ran in (recorded in the commit), is served only while it lies inside
 * the corpus folders the run read (recorded in the commit too; an index committed before they were recorded is
 * guarded by the hash alone) and is a regular file with the very bytes that were indexed (same size and SHA-256). A
 * link inside the corpus (which the indexer follows) is followed too: whatever it points to, only the indexed bytes
 * pass the hash.
 */
public final class OriginalFiles {

    private final Path fallbackBase;

    /** {@code fallbackBase} resolves relative paths of an index that did not record its indexer's folder. */
    public OriginalFiles(Path fallbackBase) {
        this.fallbackBase = fallbackBase.toAbsolutePath().normalize();
    }

    /** The first stored path that still holds the indexed bytes. */
    public Optional<Path> locate(List<String> storedPaths, String sha256, long bytes, Map<String, String> commitData)
            throws IOException {
        Path base = Optional.ofNullable(commitData.get(CommitKey.PATHS_BASE.key()))
                .map(Path::of)
                .orElse(fallbackBase);
        Optional<CorpusFolders> corpus = corpusFolders(commitData);
        for (String stored : storedPaths) {
            Path file;
            try {
                file = base.resolve(stored).normalize();
            } catch (InvalidPathException e) {
                continue;
            }
            if (corpus.map(c -> c.hold(file)).orElse(true)
                    && Files.isRegularFile(file)
                    && Files.size(file) == bytes
                    && sha256(file).equals(sha256)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The commit's corpus folders; none that a malformed value could name (so nothing is served). */
    private static Optional<CorpusFolders> corpusFolders(Map<String, String> commitData) {
        try {
            return CorpusFolders.in(commitData);
        } catch (IllegalArgumentException e) {
            return Optional.of(new CorpusFolders(List.of()));
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
