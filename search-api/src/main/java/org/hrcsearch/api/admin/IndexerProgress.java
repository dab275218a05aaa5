package org.hrcsearch.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The status files an indexer run keeps in {@code <index>/reports/}: {@code progress.json} while it runs (with its
 * pid), {@code last-run.json} when it has ended. Read by the reindex routes and by {@code /health}, whether the
 * run was started by this server or from the command line.
 */
public final class IndexerProgress {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexerProgress() {}

    /** The file a run keeps its progress in while it runs, with its pid. */
    static Path progressFile(Path indexDir) {
        return indexDir.resolve("reports/progress.json");
    }

    /** The progress of the run going on over {@code indexDir}, if one is: its progress file names a live process. */
    public static Optional<JsonNode> running(Path indexDir) {
        return read(progressFile(indexDir))
                .filter(p -> ProcessHandle.of(p.path("pid").asLong(-1))
                        .map(ProcessHandle::isAlive)
                        .orElse(false));
    }

    /** The file the summary of the last run that ended is kept in. */
    static Path lastRunFile(Path indexDir) {
        return indexDir.resolve("reports/last-run.json");
    }

    /** The summary of the last run that ended over {@code indexDir}, if any. */
    public static Optional<JsonNode> lastRun(Path indexDir) {
        return read(lastRunFile(indexDir));
    }

    static Optional<JsonNode> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // being replaced at this moment: the next poll will read it
        }
    }
}
