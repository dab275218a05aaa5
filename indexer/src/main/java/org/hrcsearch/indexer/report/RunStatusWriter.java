package org.hrcsearch.indexer.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hrcsearch.corpus.index.RunInProgress;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.index.RunSummary;
import org.hrcsearch.corpus.index.StatusFiles;

/**
 * The indexer's side of the index's {@link StatusFiles}: a run's {@link RunProgress} becomes {@code progress.json}
 * about once a second, and its {@link RunConclusion} becomes {@code last-run.json} at the end.
 *
 * <p>Its methods take turns: the progress display's thread writes progress beside the run's own thread, and two
 * writes at once would trip over the one temporary file they replace {@code progress.json} through (the first write
 * takes a while: it starts Jackson). Once the run has finished, progress is no longer written: a late one would
 * leave a progress file behind that names a process about to end, which a server would take for an interrupted run.
 */
public final class RunStatusWriter {

    private final StatusFiles files;
    private final long pid = ProcessHandle.current().pid();
    private final Instant started;
    private final String command;
    private boolean finished;

    public RunStatusWriter(StatusFiles files, Instant started, String command) {
        this.files = files;
        this.started = started;
        this.command = command;
    }

    public synchronized void progress(RunProgress.Snapshot s) throws IOException {
        if (finished) {
            return;
        }
        files.writeProgress(new RunInProgress(
                RunState.RUNNING,
                pid,
                started,
                command,
                s.phase(),
                s.done(),
                s.total(),
                s.failed(),
                s.filesPerSecond(),
                s.etaSeconds(),
                Instant.now()));
    }

    /** Writes {@code last-run.json} and removes {@code progress.json}. */
    public synchronized void finished(IndexingReport report, RunConclusion conclusion, Path reportFile)
            throws IOException {
        finished = true;
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.counts().forEach((o, n) -> {
            if (n > 0) {
                counts.put(o.key(), n);
            }
        });
        RunSummary summary = RunSummary.concluded(
                conclusion.state(),
                pid,
                started,
                Instant.now(),
                command,
                conclusion.documents(),
                counts,
                report.failures().stream()
                        .map(f -> new RunSummary.Failure(f.path(), f.outcome().key(), f.reason()))
                        .toList(),
                reportFile.toString(),
                conclusion.message());
        files.writeLastRun(report.actionCost().map(summary::withActions).orElse(summary));
    }

    /**
     * Who holds the index, as the progress file of the running indexer says, e.g.
     * {@code pid 4242, started 2026-11-27T23:45:12Z, extracting 120/346 files}; empty when unknown.
     */
    public static Optional<String> describeRunningIndexer(StatusFiles files) {
        return files.running()
                .map(p -> "pid " + p.pid() + ", started " + p.started() + ", " + p.phase() + " " + p.done() + "/"
                        + p.total() + " files: " + p.command());
    }
}
