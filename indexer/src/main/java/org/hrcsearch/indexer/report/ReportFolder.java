package org.hrcsearch.indexer.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.index.StatusFiles;

/**
 * The indexer's reports in the {@link IndexFolder#reports()} folder of an index: one JSON-lines report per run,
 * named by the second the run started, e.g. {@code reports/20261127T234512Z.jsonl}, and {@code
 * 20261127T234512Z_2.jsonl}, {@code _3}, ... for further runs started in that second; the extraction workers'
 * messages beside each. The status files beside them are the {@link StatusFiles}.
 */
public final class ReportFolder {

    /** Reports kept; older ones are deleted at the end of a run. */
    static final int KEEP_RUNS = 20;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** A report's name: the start second, and the run's number in that second (none for the first; '-' before). */
    private static final Pattern REPORT = Pattern.compile("(\\d{8}T\\d{6}Z)(?:[-_](\\d{1,9}))?\\.jsonl");

    private final Path dir;

    public ReportFolder(IndexFolder index) {
        this.dir = index.reports();
    }

    public Path dir() {
        return dir;
    }

    /**
     * A report file for a run started at {@code start} (not created yet), named after every report of an earlier run
     * in {@link #reportsInRunOrder()}: a run started in the same second as earlier ones gets the next number.
     */
    public Path newReportFile(Instant start) throws IOException {
        String base = STAMP.format(start);
        int last = 0;
        for (Path report : reportsInRunOrder()) {
            RunName name = RunName.of(report).orElseThrow();
            if (name.stamp().equals(base)) {
                last = Math.max(last, name.number());
            }
        }
        return dir.resolve(last == 0 ? base + ".jsonl" : base + "_" + (last + 1) + ".jsonl");
    }

    /**
     * The reports of the runs in this folder, the oldest run first: by the second each started, then by their number
     * within that second (so {@code ..Z.jsonl}, {@code ..Z_2.jsonl}, {@code ..Z_10.jsonl}, whatever the names' own
     * order). Files the indexer did not name this way are not listed (and never pruned).
     */
    public List<Path> reportsInRunOrder() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> RunName.of(p).isPresent())
                    .sorted(Comparator.comparing(p -> RunName.of(p).orElseThrow()))
                    .toList();
        }
    }

    /** The report of the newest run, if any run has left one. */
    public Optional<Path> newestReport() throws IOException {
        List<Path> reports = reportsInRunOrder();
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.getLast());
    }

    /** Where the workers of the run with this report write their messages. */
    public static Path workerLogFor(Path reportFile) {
        String name = reportFile.getFileName().toString().replaceFirst("\\.jsonl$", "");
        return reportFile.resolveSibling(name + ".workers.log");
    }

    /** Deletes the reports (and worker logs) of all but the last {@link #KEEP_RUNS} runs. */
    public void prune() throws IOException {
        List<Path> reports = reportsInRunOrder();
        for (Path old : reports.subList(0, Math.max(0, reports.size() - KEEP_RUNS))) {
            Files.deleteIfExists(old);
            Files.deleteIfExists(workerLogFor(old));
        }
    }

    /** A report's place in run order: its start second, then its number in that second (the first is 1). */
    private record RunName(String stamp, int number) implements Comparable<RunName> {

        static Optional<RunName> of(Path report) {
            Matcher m = REPORT.matcher(report.getFileName().toString());
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new RunName(m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2))));
        }

        @Override
        public int compareTo(RunName other) {
            int bySecond = stamp.compareTo(other.stamp); // fixed-width digits: text order is time order
            return bySecond != 0 ? bySecond : Integer.compare(number, other.number);
        }
    }
}
