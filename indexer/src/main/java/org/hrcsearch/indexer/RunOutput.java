package org.hrcsearch.indexer;

import java.io.IOException;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.JsonlReportWriter;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.report.RunProgress;

/**
 * Where each file's outcome goes as a run decides it: the report, the JSON-lines file, the progress counts, and
 * (for failures, or every file with {@code --verbose}) a line on the console.
 */
final class RunOutput {

    private final IndexingReport report;
    private final JsonlReportWriter jsonl;
    private final RunProgress progress;
    private final ProgressDisplay display;
    private final boolean verbose;

    RunOutput(
            IndexingReport report,
            JsonlReportWriter jsonl,
            RunProgress progress,
            ProgressDisplay display,
            boolean verbose) {
        this.report = report;
        this.jsonl = jsonl;
        this.progress = progress;
        this.display = display;
        this.verbose = verbose;
    }

    void record(FileOutcome o) throws IOException {
        report.add(o);
        jsonl.write(o);
        progress.fileDone(o.outcome().isFailure());
        if (o.outcome().isFailure()
                || o.outcome() == Outcome.NEEDS_OCR
                || o.outcome() == Outcome.SKIPPED
                || !o.warnings().isEmpty()
                || verbose) {
            String detail = !o.reason().isEmpty()
                    ? o.reason()
                    : !o.warnings().isEmpty()
                            ? String.join("; ", o.warnings())
                            : o.pages() + " pages, " + o.millis() + " ms";
            // a file name may hold a line break (such a file is skipped): one line per file on the console all the same
            String path = o.path().replaceAll("\\p{Cc}", "?");
            display.println(String.format("  %-14s %s (%s)", o.outcome().key(), path, detail));
        }
    }

    /** A session report's actions were read, in {@code cpuNanos} of CPU time. */
    void actionsRead(long cpuNanos) {
        report.actionsRead(cpuNanos);
    }

    void printedTexts(int documents, long cpuNanos) {
        report.printedTexts(documents, cpuNanos);
    }

    void note(String note) {
        report.note(note);
    }

    void println(String line) {
        display.println(line);
    }
}
