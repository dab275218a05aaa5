package org.hrcsearch.indexer.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code reports/} folder inside an index folder: one JSON-lines report per run, e.g.
 * {@code reports/20261127T234512Z.jsonl}, the extraction workers' messages beside it, and two status files that
 * a server reads: {@code progress.json} while a run is going, {@code last-run.json} once it ended. Lucene ignores
 * the folder (its files never look like index files).
 */
public final class ReportFolder {

    /** Reports kept; older ones are deleted at the end of a run. */
    static final int KEEP_RUNS = 20;

    public static final String FOLDER = "reports";
    public static final String PROGRESS_FILE = "progress.json";
    public static final String LAST_RUN_FILE = "last-run.json";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;

    public ReportFolder(Path indexDir) {
        this.dir = indexDir.resolve(FOLDER);
    }

    public Path dir() {
        return dir;
    }

    public Path progressFile() {
        return dir.resolve(PROGRESS_FILE);
    }

    public Path lastRunFile() {
        return dir.resolve(LAST_RUN_FILE);
    }

    /** A report file for a run started at {@code start} that no earlier run has used (not created yet). */
    public Path newReportFile(Instant start) {
        String base = STAMP.format(start);
        Path candidate = dir.resolve(base + ".jsonl");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = dir.resolve(base + "-" + i + ".jsonl");
        }
        return candidate;
    }

    /** Where the workers of the run with this report write their messages. */
    public static Path workerLogFor(Path reportFile) {
        String name = reportFile.getFileName().toString().replaceFirst("\\.jsonl$", "");
        return reportFile.resolveSibling(name + ".workers.log");
    }

    /** Deletes the reports (and worker logs) of all but the last {@link #KEEP_RUNS} runs. */
    public void prune() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> reports;
        try (Stream<Path> files = Files.list(dir)) {
            reports = files.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        }
        for (Path old : reports.subList(0, Math.max(0, reports.size() - KEEP_RUNS))) {
            Files.deleteIfExists(old);
            Files.deleteIfExists(workerLogFor(old));
        }
    }

    /** Replaces {@code target} with {@code content} so that a reader sees the old or the new file, never half. */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, content);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
