package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.cli.IndexCommand;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.sink.FaultyDirectory;
import org.hrcsearch.indexer.sink.IndexCorruptException;
import org.hrcsearch.indexer.sink.IndexNotWritableException;
import org.hrcsearch.indexer.source.JsonlMapping;
import org.hrcsearch.indexer.source.JsonlSource;
import org.hrcsearch.testkit.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The index survives what disks and processes do to it (RELIABILITY.md 4.3, D3-D10; D1 is {@link CrashSafetyTest}):
 * a full disk, failing writes, a flipped bit, a stale lock, a second indexer, an indexer out of memory, a read-only
 * folder. In every case the last commit stays intact and passes CheckIndex, and the next run needs no manual step.
 * The randomized test (D5) has a fixed seed and names it in every failure; rerun with another with {@code
 * -Dhrc.test.seed=N}.
 */
class DurabilityTest {

    @TempDir
    Path tmp;

    // ---- fixtures: a JSON-lines corpus (no extraction workers, so the runs are quick) ----

    private Path jsonl(String name, int records, int wordsEach) throws IOException {
        Random random = new Random(records * 31L + wordsEach);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < records; i++) {
            StringBuilder text = new StringBuilder("Report number ").append(i).append(" on the right to food.");
            for (int w = 0; w < wordsEach; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5000));
            }
            all.append("{\"id\":\"")
                    .append(name)
                    .append('-')
                    .append(i)
                    .append("\",\"text\":\"")
                    .append(text)
                    .append("\"}\n");
        }
        return Files.writeString(tmp.resolve(name + ".jsonl"), all);
    }

    private static final String[] WORDS = {
        "council",
        "resolution",
        "reprisals",
        "defenders",
        "session",
        "torture",
        "water",
        "sanitation",
        "periodic",
        "review",
        "journalists",
        "assembly",
        "detention",
        "housing",
        "education"
    };

    private static IndexRun.Options options(Path file, Path index) {
        return IndexRun.Options.jsonl(new JsonlSource.Input(file, JsonlMapping.parse("id=id,text=text")), index, 2)
                .withProgress(ProgressDisplay.Mode.NONE);
    }

    private static IndexingReport run(Path file, Path index) throws Exception {
        return run(file, index, FSDirectory::open);
    }

    private static IndexingReport run(Path file, Path index, org.hrcsearch.indexer.sink.IndexSink.Directories dirs)
            throws Exception {
        return new IndexRun(new HrcSchema(), quiet(), dirs).run(options(file, index));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** An index whose last commit holds {@code documents} records of {@code corpus.jsonl}; the corpus then grows. */
    private Path committedIndex(int documents) throws Exception {
        Path index = tmp.resolve("index");
        Path first = jsonl("corpus", documents, 200);
        assertThat(run(first, index).conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
        return index;
    }

    private record Commit(int documents, long generation, Set<String> files) {}

    private static Commit lastCommit(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexCommit commit = reader.getIndexCommit();
            return new Commit(reader.numDocs(), commit.getGeneration(), Set.copyOf(commit.getFileNames()));
        }
    }

    static void assertCheckIndexClean(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                CheckIndex check = new CheckIndex(dir)) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            assertThat(check.checkIndex().clean)
                    .as("CheckIndex:%n%s", log.toString(StandardCharsets.UTF_8))
                    .isTrue();
        }
    }

    /** The Lucene files in the index folder (reports and the lock aside). */
    private static Set<String> indexFiles(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("write.lock") && !n.equals("reports"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** After a failed run: the last commit is what it was, clean, and the next run completes the job. */
    private void assertLastCommitSurvivesAndTheNextRunCompletes(Path index, Commit before, Path grown, int expected)
            throws Exception {
        Commit after = lastCommit(index);
        assertThat(after.documents())
                .as("documents served after the failed run")
                .isEqualTo(before.documents());
        assertThat(after.generation()).as("no new commit").isEqualTo(before.generation());
        assertCheckIndexClean(index);
        IndexingReport next = run(grown, index);
        assertThat(next.conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
        assertThat(lastCommit(index).documents()).isEqualTo(expected);
        assertCheckIndexClean(index);
        // The failed run's partial files were deleted when the next writer opened (Lucene's IndexFileDeleter).
        assertThat(indexFiles(index))
                .as("files left beside the last commit")
                .isEqualTo(lastCommit(index).files());
    }

    // ---- D3, D4: a full disk ----

    @Test
    void D3_diskFullWhileWritingSegmentsFailsTheRunAndKeepsTheLastCommit() throws Exception {
        Path index = committedIndex(20);
        Commit before = lastCommit(index);
        Path grown = jsonl("corpus", 60, 400);
        FaultyDirectory[] faulty = new FaultyDirectory[1];
        assertThatThrownBy(() -> run(
                        grown,
                        index,
                        dir -> faulty[0] = new FaultyDirectory(FSDirectory.open(dir)).diskFullAfter(40_000)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("disk full: ")
                .hasMessageContaining(FaultyDirectory.DISK_FULL)
                .hasMessageContaining("nothing was committed");
        assertThat(faulty[0].injected()).isPositive();
        assertThat(Files.readString(index.resolve("reports/last-run.json")))
                .contains("\"state\":\"failed\"")
                .contains("disk full");
        assertLastCommitSurvivesAndTheNextRunCompletes(index, before, grown, 60);
    }

    @Test
    void D4_diskFullAtTheCommitPointFailsTheRunAndKeepsTheLastCommit() throws Exception {
        Path index = committedIndex(20);
        Commit before = lastCommit(index);
        Path grown = jsonl("corpus", 40, 200);
        assertThatThrownBy(() -> run(
                        grown,
                        index,
                        dir -> new FaultyDirectory(FSDirectory.open(dir))
                                .diskFullFor(name -> name.startsWith("pending_segments"))))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("disk full: ");
        assertLastCommitSurvivesAndTheNextRunCompletes(index, before, grown, 40);
    }

    @Test
    void D4_aTragicEventClosesTheWriterAndTheRunNamesItsRootCause() throws Exception {
        Path index = committedIndex(20);
        Commit before = lastCommit(index);
        Path grown = jsonl("corpus", 40, 200);
        // An Error while the writer flushes is a tragedy: the writer closes itself and can never commit again.
        assertThatThrownBy(() -> run(grown, index, dir -> new TragicDirectory(FSDirectory.open(dir))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("closed itself")
                .hasMessageContaining(
                        "disk controller on fire"); // the root cause, not the AlreadyClosedException after it
        assertLastCommitSurvivesAndTheNextRunCompletes(index, before, grown, 40);
    }

    /** Throws an Error (not an IOException) from the first segment file written: Lucene treats it as tragic. */
    private static final class TragicDirectory extends org.apache.lucene.store.FilterDirectory {
        TragicDirectory(org.apache.lucene.store.Directory in) {
            super(in);
        }

        @Override
        public org.apache.lucene.store.IndexOutput createOutput(String name, org.apache.lucene.store.IOContext context)
                throws IOException {
            if (name.startsWith("_")) {
                throw new java.io.IOError(new IOException("disk controller on fire"));
            }
            return super.createOutput(name, context);
        }
    }

    // ---- D5: random I/O errors ----

    /** D5's seed without {@code -Dhrc.test.seed}: fixed, so that every run injects faults the same way. */
    private static final long D5_SEED = 20261207L;

    @Test
    void D5_randomIOExceptionsEndInACompleteRunOrACleanFailure() throws Exception {
        long seed = Long.getLong("hrc.test.seed", D5_SEED);
        String rerun = "DurabilityTest.D5 seed " + seed + " (rerun with -Dhrc.test.seed=" + seed + ")";
        System.out.println(rerun);
        Random random = new Random(seed);
        Path index = committedIndex(20);
        int committed = 0;
        int failed = 0;
        long injected = 0;
        for (int round = 0; round < 8; round++) {
            Commit before = lastCommit(index);
            int records = 21 + round; // one more record each round
            Path grown = jsonl("corpus", records, 200);
            long roundSeed = random.nextLong();
            FaultyDirectory[] faulty = new FaultyDirectory[1];
            String context = rerun + ", round " + round;
            try {
                try {
                    IndexingReport r = run(
                            grown,
                            index,
                            dir -> faulty[0] =
                                    new FaultyDirectory(FSDirectory.open(dir)).randomIOExceptions(0.01, roundSeed));
                    assertThat(r.conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
                    assertThat(lastCommit(index).documents()).isEqualTo(records);
                    committed++;
                } catch (IOException e) {
                    System.out.printf(
                            "D5 round %d: failed cleanly after %d injected faults: %s%n",
                            round, faulty[0] == null ? 0 : faulty[0].injected(), e.getMessage());
                    assertThat(faulty[0])
                            .as("the failed run opened its directory")
                            .isNotNull();
                    assertThat(faulty[0].injected())
                            .as("a run failed without an injected fault: %s", e)
                            .isPositive();
                    assertThat(lastCommit(index).documents())
                            .as("a failed run commits nothing")
                            .isEqualTo(before.documents());
                    failed++;
                }
                injected += faulty[0].injected();
                assertCheckIndexClean(index);
            } catch (AssertionError | IOException e) {
                throw new AssertionError(context + ": " + e.getMessage(), e);
            }
        }
        System.out.printf(
                "D5: %d runs committed, %d failed cleanly, %d faults injected%n", committed, failed, injected);
        assertThat(failed)
                .as("%s: runs that an injected fault failed (none: the faults never hit the index)", rerun)
                .isPositive();
        assertThat(committed)
                .as("%s: runs that completed despite the fault rate (none: the rate leaves nothing to complete)", rerun)
                .isPositive();
        assertThat(run(jsonl("corpus", 30, 200), index)
                        .conclusion()
                        .orElseThrow()
                        .state())
                .as(rerun)
                .isEqualTo(RunState.COMMITTED);
        assertThat(lastCommit(index).documents()).as(rerun).isEqualTo(30);
        assertCheckIndexClean(index);
    }

    // ---- D6: a bit flip in a committed segment ----

    /** Flips one bit in the middle of the largest file of the last commit (a segment file, never segments_N). */
    static Path flipABit(Path index) throws IOException {
        Path victim;
        try (Stream<Path> files = Files.list(index)) {
            victim = files.filter(p -> p.getFileName().toString().startsWith("_"))
                    .max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            long at = f.length() / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x10);
        }
        return victim;
    }

    @Test
    void D6_theIndexerRefusesToBuildOnACorruptIndexAndSaysWhatToDo() throws Exception {
        Path index = committedIndex(20);
        Path victim = flipABit(index);
        Path grown = jsonl("corpus", 25, 200);
        assertThatThrownBy(() -> run(grown, index))
                .isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("is corrupt")
                .hasMessageContaining(victim.getFileName().toString())
                .hasMessageContaining("--full --index <a new folder>");
        assertThat(indexCommand(
                        "--jsonl",
                        grown.toString(),
                        "--map",
                        "id=id,text=text",
                        "--index",
                        index.toString(),
                        "--progress",
                        "none"))
                .as("exit code: the index is corrupt")
                .isEqualTo(7);

        Path fresh = tmp.resolve("rebuilt");
        assertThat(indexCommand(
                        "--jsonl",
                        grown.toString(),
                        "--map",
                        "id=id,text=text",
                        "--index",
                        fresh.toString(),
                        "--full",
                        "--progress",
                        "none"))
                .isZero();
        assertThat(lastCommit(fresh).documents()).isEqualTo(25);
    }

    private static int indexCommand(String... args) {
        return new CommandLine(new IndexCommand()).execute(args);
    }

    // ---- D7: a stale write.lock ----

    @Test
    void D7_aStaleWriteLockFileLeftByADeadRunDoesNotStopTheNextRun() throws Exception {
        Path index = committedIndex(10);
        Files.deleteIfExists(index.resolve("write.lock"));
        Files.writeString(index.resolve("write.lock"), ""); // the file exists, no process holds its OS lock
        assertThat(run(jsonl("corpus", 12, 200), index)
                        .conclusion()
                        .orElseThrow()
                        .state())
                .isEqualTo(RunState.COMMITTED);
        assertThat(lastCommit(index).documents()).isEqualTo(12);
    }

    // ---- D8: a second indexer process ----

    @Test
    void D8_aSecondIndexerProcessIsRefusedAtOnceWithExitCode5() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("letters"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(corpus.resolve("slow" + i + ".txt"), "Slow report number " + i);
        }
        Path index = tmp.resolve("index");
        Process first = ChildJvm.start(
                CrashTestMain.class, List.of(), tmp.resolve("first.log"), corpus.toString(), index.toString());
        try {
            Path progress = index.resolve("reports/progress.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(progress) && Files.readString(progress).contains("\"pid\":" + first.pid() + ","))) {
                assertThat(System.nanoTime())
                        .as("the first indexer never started")
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
            Path log = tmp.resolve("second.log");
            Process second =
                    ChildJvm.start(IndexCommand.class, List.of(), log, corpus.toString(), "--index", index.toString());
            assertThat(second.waitFor(60, TimeUnit.SECONDS))
                    .as("the second indexer waited")
                    .isTrue();
            assertThat(second.exitValue()).as(Files.readString(log)).isEqualTo(5);
            assertThat(Files.readString(log))
                    .contains("another run holds the index")
                    .contains("pid " + first.pid());
            assertThat(first.isAlive())
                    .as("refused while the first still runs, not after it")
                    .isTrue();
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    // ---- D9: the indexer's own JVM runs out of memory ----

    @Test
    void D9_anIndexerOutOfMemoryFailsTheRunCommitsNothingAndTheNextRunWorks() throws Exception {
        Path index = committedIndex(10);
        Commit before = lastCommit(index);
        // Records of ~3 MB of text each into a 64 MB heap: the language detector's profiles, loaded at the first
        // guess inside the run, and then the writer's buffers outgrow the heap (the parse runs in this JVM too for
        // JSON lines, so no worker takes the blow). Either way the run records its failed status.
        Path huge = jsonl("corpus", 12, 400_000);
        Path log = tmp.resolve("oom.log");
        Process p = ChildJvm.start(
                IndexCommand.class,
                List.of("-Xmx64m", "-XX:+UseSerialGC"),
                log,
                "--jsonl",
                huge.toString(),
                "--map",
                "id=id,text=text",
                "--index",
                index.toString(),
                "--progress",
                "none",
                "--threads",
                "2");
        assertThat(p.waitFor(180, TimeUnit.SECONDS))
                .as("the indexer hung after running out of memory")
                .isTrue();
        String output = Files.readString(log);
        System.out.println("D9: the indexer said: "
                + output.lines().filter(l -> l.startsWith("hrc index")).toList());
        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("ran out of memory").contains("nothing was committed");
        Commit after = lastCommit(index);
        assertThat(after).as("the served commit").isEqualTo(before);
        assertCheckIndexClean(index);
        assertThat(Files.readString(index.resolve("reports/last-run.json"))).contains("\"state\":\"failed\"");

        Path grown = jsonl("corpus", 14, 200);
        assertThat(run(grown, index).conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
        assertThat(lastCommit(index).documents()).isEqualTo(14);
    }

    // ---- D10: a read-only index folder ----

    /**
     * A folder the file system refuses to write, whoever asks (root cannot create files under {@code /sys}), is
     * refused before anything is touched. A folder whose mode forbids writing is {@code PermissionDeniedTest}: mode
     * bits bind only a user other than root, so it runs the indexer as one.
     */
    @Test
    void D10_aReadOnlyIndexFolderFailsTheRunAtOnceWithItsOwnExitCode() throws Exception {
        Path grown = jsonl("corpus", 12, 200);
        Path unwritable = Path.of("/sys/hrc-search-test-index");
        org.junit.jupiter.api.Assumptions.assumeFalse(
                canCreateFileIn(Path.of("/sys")), "/sys is writable here: no read-only file system to test against");
        assertThatThrownBy(() -> run(grown, unwritable))
                .isInstanceOf(IndexNotWritableException.class)
                .hasMessageContaining("the index folder " + unwritable + " is not writable");
        assertThat(indexCommand(
                        "--jsonl",
                        grown.toString(),
                        "--map",
                        "id=id,text=text",
                        "--index",
                        unwritable.toString(),
                        "--progress",
                        "none"))
                .isEqualTo(6);
    }

    static boolean canCreateFileIn(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ""));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
