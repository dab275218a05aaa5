package org.hrcsearch.api.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.extract.ExtractWorker;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.indexer.extract.WorkerSettings;
import org.hrcsearch.indexer.report.ProgressDisplay;

/**
 * The real indexer with a worker that takes its time, for tests that stop a server mid-run: started as
 * {@code SlowIndexer <folder>... --index <dir> [options the server appends]}; its worker ({@link Worker}) spends
 * 3 s on each {@code slow*} file and 10 minutes on each {@code hang*} file (until the indexer's time limit).
 */
public final class SlowIndexer {
    private SlowIndexer() {}

    public static void main(String[] args) throws Exception {
        List<Path> folders = new ArrayList<>();
        Path index = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--index")) {
                index = Path.of(args[++i]);
            } else if (args[i].equals("--progress")) {
                i++;
            } else if (!args[i].startsWith("--")) {
                folders.add(Path.of(args[i]));
            }
        }
        IndexRun.Options options = new IndexRun.Options(folders, index, 1)
                .withWorkers(WorkerSettings.defaults().withHeapMb(256).withMainClass(Worker.class.getName()))
                .withProgress(ProgressDisplay.Mode.LINES);
        new IndexRun(new HrcSchema(), System.out).run(options);
    }

    /** The extraction worker of {@link SlowIndexer}. */
    public static final class Worker {
        private Worker() {}

        public static void main(String[] args) {
            ExtractWorker.serveOnStdio(args, () -> {
                TikaExtractor tika = new TikaExtractor();
                return file -> {
                    String name = file.getFileName().toString();
                    if (name.startsWith("slow")) {
                        Thread.sleep(3_000);
                    } else if (name.startsWith("hang")) {
                        Thread.sleep(600_000);
                    }
                    return tika.extract(file);
                };
            });
        }
    }
}
