package org.hrcsearch.indexer;

import java.nio.file.Path;
import java.util.List;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.extract.FaultyExtractWorker;
import org.hrcsearch.indexer.report.ProgressDisplay;

/**
 * An indexer process for crash tests: {@code CrashTestMain <corpus> <index>} runs an incremental run with workers
 * that take two seconds over each {@code slow*} file, so that a test has time to kill it mid-run.
 */
public final class CrashTestMain {
    private CrashTestMain() {}

    public static void main(String[] args) throws Exception {
        IndexRun.Options options = new IndexRun.Options(List.of(Path.of(args[0])), Path.of(args[1]), 2)
                .withWorkers(FaultyExtractWorker.settings())
                .withProgress(ProgressDisplay.Mode.LINES)
                .withVerbose(true);
        new IndexRun(new HrcSchema(), System.out).run(options);
    }
}
