package org.hrcsearch.indexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.extract.FaultyExtractWorker;
import org.hrcsearch.indexer.report.ProgressDisplay;

/**
 * An indexer process for crash tests: {@code CrashTestMain <corpus> <index> [<phase file>]} runs an incremental run
 * with workers that take two seconds over each {@code slow*} file, so that a test has time to kill it mid-run. With a
 * phase file, it appends a line there as its commit goes ({@link CommitPhase}) before each step, and each sync of the
 * index takes {@link #SLOW_SYNC_MILLIS} ms (a slow disk), so that a kill aimed at the commit lands inside it and the
 * test can tell, after the kill, where it landed.
 */
public final class CrashTestMain {
    private CrashTestMain() {}

    /** How long each sync of the index's files takes in a run with a phase file. */
    static final long SLOW_SYNC_MILLIS = 1_000;

    /** The steps of a commit, in the order the phase file records them. */
    enum CommitPhase {
        /** The first new segment file is being written: the writer flushes the run's documents. */
        FLUSHING,
        /** The new commit point {@code pending_segments_N} is being written. */
        COMMIT_POINT,
        /** {@code segments_N} is in place: the commit has landed. */
        COMMITTED;

        /** The last phase a phase file records, if any. */
        static java.util.Optional<CommitPhase> last(Path phaseFile) throws IOException {
            if (!Files.exists(phaseFile)) {
                return java.util.Optional.empty();
            }
            List<String> lines = Files.readAllLines(phaseFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(valueOf(lines.getLast()));
        }
    }

    public static void main(String[] args) throws Exception {
        IndexRun.Options options = new IndexRun.Options(List.of(Path.of(args[0])), Path.of(args[1]), 2)
                .withWorkers(FaultyExtractWorker.settings())
                .withProgress(ProgressDisplay.Mode.LINES)
                .withVerbose(true);
        IndexRun run = args.length > 2
                ? new IndexRun(
                        new HrcSchema(), System.out, dir -> new PhaseDirectory(FSDirectory.open(dir), Path.of(args[2])))
                : new IndexRun(new HrcSchema(), System.out);
        run.run(options);
    }

    /** Records each step of the commit in the phase file before taking it; syncs slowly. */
    private static final class PhaseDirectory extends FilterDirectory {
        private final Path phaseFile;
        private boolean flushing;

        PhaseDirectory(Directory in, Path phaseFile) {
            super(in);
            this.phaseFile = phaseFile;
        }

        private void record(CommitPhase phase) throws IOException {
            // a kill -9 keeps what was written: the page cache belongs to the OS, not to the process
            Files.writeString(
                    phaseFile,
                    phase + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }

        @Override
        public synchronized IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (name.startsWith("_") && !flushing) {
                flushing = true;
                record(CommitPhase.FLUSHING);
            } else if (name.startsWith("pending_segments")) {
                record(CommitPhase.COMMIT_POINT);
            }
            return super.createOutput(name, context);
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            slowDisk();
            super.sync(names);
        }

        @Override
        public void syncMetaData() throws IOException {
            slowDisk();
            super.syncMetaData();
        }

        private static void slowDisk() throws IOException {
            try {
                Thread.sleep(SLOW_SYNC_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while syncing", e);
            }
        }

        @Override
        public void rename(String source, String dest) throws IOException {
            super.rename(source, dest);
            if (dest.startsWith("segments")) {
                record(CommitPhase.COMMITTED);
            }
        }
    }
}
