package org.hrcsearch.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.index.StatusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStatusWriterTest {

    @TempDir
    Path index;

    /** The progress display's thread and the run's own write progress at once, e.g. at the start of a run. */
    @Test
    void progressWrittenFromTwoThreadsAtOnceNeverFails() throws Exception {
        StatusFiles files = new StatusFiles(new IndexFolder(index));
        RunStatusWriter writer = new RunStatusWriter(files, Instant.now(), "index corpus");
        RunProgress progress = new RunProgress();
        progress.phase("extracting", 100);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                writes.add(pool.submit(() -> {
                    progress.fileDone(false);
                    writer.progress(progress.snapshot());
                    return null;
                }));
            }
            for (Future<?> w : writes) {
                w.get(); // rethrows what a write threw
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(files.progress())
                .hasValueSatisfying(p -> assertThat(p.phase()).isEqualTo("extracting"));
    }

    /** A progress snapshot that arrives after the end would leave a file naming a process about to exit. */
    @Test
    void noProgressIsWrittenOnceTheRunHasFinished() throws Exception {
        StatusFiles files = new StatusFiles(new IndexFolder(index));
        RunStatusWriter writer = new RunStatusWriter(files, Instant.now(), "index corpus");
        RunProgress progress = new RunProgress();
        writer.progress(progress.snapshot());
        writer.finished(
                new IndexingReport(),
                new RunConclusion(RunState.UNCHANGED, 3, "Nothing changed."),
                index.resolve("reports/r.jsonl"));
        writer.progress(progress.snapshot());
        assertThat(Files.exists(new IndexFolder(index).progressFile())).isFalse();
        assertThat(files.lastRun())
                .hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(RunState.UNCHANGED));
    }
}
