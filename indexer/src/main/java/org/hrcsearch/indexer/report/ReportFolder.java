package org.hrcsearch.indexer.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.index.StatusFiles;

/**
 * The indexer's reports in the {@link IndexFolder#reports()} folder of an index: one JSON-lines report per run,
 * e.g. {@code reports/20261127T234512Z.jsonl}, and the extraction workers' messages beside it. The status files
 * beside them are the {@link StatusFiles}.
 */
public final class ReportFolder {

    /** Reports kept; older ones are deleted at the end of a run. */
    static final int KEEP_RUNS = 20;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;

    public ReportFolder(IndexFolder index) {
        this.dir = index.reports();
    }

    public Path dir() {
        return dir;
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
}
