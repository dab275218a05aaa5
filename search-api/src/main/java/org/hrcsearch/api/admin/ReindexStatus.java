package org.hrcsearch.api.admin;

import java.util.List;
import org.hrcsearch.corpus.index.RunInProgress;
import org.hrcsearch.corpus.index.RunSummary;

/**
 * The answer of {@code GET /api/admin/reindex}, e.g. {@code {"running":true,"progress":{"state":"running",...},
 * "last_run":{"state":"committed",...},"last_exit_code":0,"corpus":["/data/hrc"]}}.
 *
 * @param running whether an indexer is at work on the index, started by this server or not
 * @param progress the running indexer's progress; null when none runs
 * @param lastRun how the last run that ended went; null before the first
 * @param lastExitCode the exit code of the last indexer this server started; null before the first ended
 * @param corpus the folders a reindex indexes
 */
public record ReindexStatus(
        boolean running, RunInProgress progress, RunSummary lastRun, Integer lastExitCode, List<String> corpus) {
    public ReindexStatus {
        corpus = List.copyOf(corpus);
    }
}
