package org.hrcsearch.api.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.extract.ExtractWorker;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.indexer.extract.WorkerSettings;
import org.hrcsearch.indexer.report.ProgressDisplay;

/**
 * The real indexer with a worker that takes its time, for tests that stop a server mid-run: started as
 * {@code SlowIndexer <folder>... --index <dir> [options the server appends]}; its worker ({@link Worker}) spends
 * 3 s on each {@code slow*} file and 10 minutes on each {@code hang*} file (until the indexer's time limit). With
 * {@code --commit-phases <file>} (before the server's options), its index is on a slow disk (each sync takes a
 * second) and it writes {@link #COMMITTING} to that file when its commit begins (the first sync) and
 * {@link #COMMITTED} once the commit point is in place, so that a test can kill it inside its commit and tell
 * afterwards that the kill landed there.
 */
public final class SlowIndexer {
    private SlowIndexer() {}

    /** What the phase file says once the commit has begun, and once it has landed. */
    static final String COMMITTING = "committing", COMMITTED = "committed";

    public static void main(String[] args) throws Exception {
        List<Path> folders = new ArrayList<>();
        Path index = null;
        Path phases = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--commit-phases")) {
                phases = Path.of(args[++i]);
            } else if (args[i].equals("--index")) {
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
        Path phaseFile = phases;
        IndexRun run = phaseFile == null
                ? new IndexRun(new HrcSchema(), System.out)
                : new IndexRun(
                        new HrcSchema(), System.out, dir -> new PhaseDirectory(FSDirectory.open(dir), phaseFile));
        run.run(options);
    }

    /** Writes the commit's phases to a file as they begin; each sync takes a second, as on a slow disk. */
    private static final class PhaseDirectory extends FilterDirectory {
        private final Path phaseFile;

        PhaseDirectory(Directory in, Path phaseFile) {
            super(in);
            this.phaseFile = phaseFile;
        }

        private void record(String phase) throws IOException {
            Files.writeString(
                    phaseFile,
                    phase + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            if (!Files.exists(phaseFile)) {
                record(COMMITTING);
            }
            slowDisk();
            super.sync(names);
        }

        @Override
        public void syncMetaData() throws IOException {
            slowDisk();
            super.syncMetaData();
        }

        @Override
        public void rename(String source, String dest) throws IOException {
            super.rename(source, dest);
            if (dest.startsWith(IndexFileNames.SEGMENTS)) {
                record(COMMITTED);
            }
        }

        private static void slowDisk() throws IOException {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while syncing", e);
            }
        }
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
