package org.hrcsearch.corpus.index;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An index folder as the indexer and the server share it: Lucene's files, and beside them a {@code reports/} folder
 * that Lucene ignores (its files never look like index files), e.g.
 *
 * <pre>
 * index/segments_4, index/_0.cfs, ...          Lucene's
 * index/reports/20261127T234512Z.jsonl           one report per run (the indexer names and prunes them)
 * index/reports/progress.json                    while a run goes: {@link RunInProgress}
 * index/reports/last-run.json                    once a run has ended: {@link RunSummary}
 * index/reports/reindex-owner.json, reindex.log  a run the server started: who started it, what it printed
 * </pre>
 */
public record IndexFolder(Path dir) {

    private static final String REPORTS = "reports";

    public IndexFolder {
        Objects.requireNonNull(dir, "dir");
    }

    /** The folder of the reports and status files. */
    public Path reports() {
        return dir.resolve(REPORTS);
    }

    /** Whether {@code name}, a file name inside the index folder, is the reports folder rather than Lucene's. */
    public static boolean isReports(String name) {
        return REPORTS.equals(name);
    }

    /** The running indexer's progress: written about once a second, deleted when the run ends. */
    public Path progressFile() {
        return reports().resolve("progress.json");
    }

    /** How the last run that ended went. */
    public Path lastRunFile() {
        return reports().resolve("last-run.json");
    }

    /** Which server started the run going on, so that the next server can stop a run a killed one left behind. */
    public Path reindexOwnerFile() {
        return reports().resolve("reindex-owner.json");
    }

    /** What the runs the server started printed, appended run after run. */
    public Path reindexLog() {
        return reports().resolve("reindex.log");
    }
}
