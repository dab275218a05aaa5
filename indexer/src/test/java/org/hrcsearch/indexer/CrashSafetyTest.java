package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.sink.IndexBusyException;
import org.hrcsearch.testkit.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D1: {@code kill -9} of the indexer at random moments of a run, spread over the parse (workers extracting), the
 * adding of documents to the writer, and the commit (segment files being flushed and synced, the commit point
 * being written), leaves the last commit intact and passing CheckIndex, no worker behind, and a next run that
 * needs no manual step. The seed and every kill are printed; rerun one with {@code -Dhrc.test.seed=N}.
 */
class CrashSafetyTest {

    private static final int KILLS = 10;
    private static final int FIRST_DOCUMENTS = 10;
    /** After the changes below: 10 - 1 deleted + 2 slow + 3 long. */
    private static final int DOCUMENTS_AFTER = 14;

    @TempDir
    Path tmp;

    /** Where a kill is aimed. */
    private enum Target {
        PARSE,
        ADD,
        COMMIT
    }

    private static IndexingReport runInProcess(Path corpus, Path index) throws Exception {
        return new IndexRun(new HrcSchema(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(new IndexRun.Options(List.of(corpus), index, 2).withProgress(ProgressDisplay.Mode.NONE));
    }

    private static Process startIndexer(Path corpus, Path index, Path log) throws IOException {
        return ChildJvm.start(CrashTestMain.class, List.of(), log, corpus.toString(), index.toString());
    }

    private record Snapshot(int documents, long generation) {}

    private static Snapshot snapshot(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return new Snapshot(reader.numDocs(), reader.getIndexCommit().getGeneration());
        }
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** A text of {@code words} words, so that adding and committing it takes the writer a moment. */
    private static String longReport(Random random, int n, int words) {
        StringBuilder text = new StringBuilder("Long report number " + n + ".");
        String[] vocabulary = {"council", "resolution", "defenders", "session", "detention", "housing", "education"};
        for (int i = 0; i < words; i++) {
            text.append(' ')
                    .append(vocabulary[random.nextInt(vocabulary.length)])
                    .append(random.nextInt(20_000));
        }
        return text.toString();
    }

    @Test
    void D1_killingTheIndexerAtAnyMomentLeavesTheLastCommitAndTheNextRunFinishesTheJob() throws Exception {
        long seed = Long.getLong("hrc.test.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("CrashSafetyTest seed " + seed + " (rerun with -Dhrc.test.seed=" + seed + ")");

        // One committed index and one changed corpus, copied for every kill.
        Path baseCorpus = Files.createDirectories(tmp.resolve("base-corpus"));
        for (int i = 0; i < FIRST_DOCUMENTS; i++) {
            Files.writeString(baseCorpus.resolve("letter" + i + ".txt"), "Joint letter number " + i);
        }
        Path baseIndex = tmp.resolve("base-index");
        assertThat(runInProcess(baseCorpus, baseIndex)
                        .conclusion()
                        .orElseThrow()
                        .state())
                .isEqualTo(RunState.COMMITTED);
        Snapshot before = snapshot(baseIndex);
        assertThat(before.documents()).isEqualTo(FIRST_DOCUMENTS);
        Set<String> baseFiles = files(baseIndex);
        // The next run has work to do: 2 slow new files (2 s each in the worker), 3 long ones, one changed, one gone.
        for (int i = 0; i < 2; i++) {
            Files.writeString(baseCorpus.resolve("slow" + i + ".txt"), "Slow report number " + i);
        }
        for (int i = 0; i < 3; i++) {
            Files.writeString(baseCorpus.resolve("long" + i + ".txt"), longReport(random, i, 8_000));
        }
        Files.writeString(baseCorpus.resolve("letter0.txt"), "Joint letter number 0, revised");
        Files.delete(baseCorpus.resolve("letter1.txt"));

        for (int round = 0; round < KILLS; round++) {
            Path corpus = tmp.resolve("corpus" + round);
            Path index = tmp.resolve("index" + round);
            copyTree(baseCorpus, corpus);
            copyTree(baseIndex, index);
            Target target = Target.values()[round % Target.values().length];
            long delay = switch (target) {
                case PARSE -> random.nextInt(1_500);
                case ADD -> random.nextInt(800);
                case COMMIT -> random.nextInt(40);
            };
            Path log = tmp.resolve("indexer" + round + ".log");
            Process indexer = startIndexer(corpus, index, log);
            if (round == 0) {
                assertSecondRunIsRefusedWhileTheFirstHoldsTheIndex(corpus, index, indexer);
            }
            String landed = waitFor(target, indexer, index, baseFiles);
            Thread.sleep(delay);
            boolean finishedFirst = !indexer.isAlive();
            List<ProcessHandle> workers = indexer.descendants().toList();
            boolean commitPointWritten = files(index).stream().anyMatch(n -> n.startsWith("pending_segments"));
            indexer.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, nothing but the OS
            indexer.waitFor(30, TimeUnit.SECONDS);
            System.out.printf(
                    "round %d: kill -9 aimed at %s, %d ms after %s (%s%s, %d workers)%n",
                    round,
                    target,
                    delay,
                    landed,
                    finishedFirst ? "the run had already finished" : "mid-run",
                    commitPointWritten ? ", pending_segments on disk" : "",
                    workers.size());

            for (ProcessHandle w : workers) {
                assertThat(w.onExit().get(15, TimeUnit.SECONDS).isAlive())
                        .as("worker %d outlived its killed indexer", w.pid())
                        .isFalse();
            }
            Snapshot after = snapshot(index);
            if (after.generation() == before.generation()) {
                assertThat(after)
                        .as("readers still see the last commit, with its exact document count")
                        .isEqualTo(before);
            } else {
                assertThat(after.documents())
                        .as("a commit that landed is complete")
                        .isEqualTo(DOCUMENTS_AFTER);
            }
            DurabilityTest.assertCheckIndexClean(index);

            IndexingReport rerun = runInProcess(corpus, index);
            assertThat(rerun.conclusion().orElseThrow().state())
                    .as("the next run needs no manual step; log of the killed one:%n%s", Files.readString(log))
                    .isIn(RunState.COMMITTED, RunState.UNCHANGED);
            assertThat(snapshot(index).documents()).isEqualTo(DOCUMENTS_AFTER);
            DurabilityTest.assertCheckIndexClean(index);
            assertThat(files(index))
                    .as("no leftovers of the killed run")
                    .noneMatch(n -> n.startsWith("pending_segments"));
        }
    }

    /**
     * Waits for the moment a kill is aimed at: the workers extracting (progress.json says so), the first documents
     * written to the writer (its done count moves), or the commit (the first new segment file appears: the writer
     * buffers every document in memory and flushes them at the commit). Returns what was seen.
     */
    private static String waitFor(Target target, Process indexer, Path index, Set<String> baseFiles) throws Exception {
        Path progress = index.resolve("reports/progress.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (indexer.isAlive()) {
            assertThat(System.nanoTime()).as("waiting for the %s phase", target).isLessThan(deadline);
            switch (target) {
                case PARSE, ADD -> {
                    String p = Files.exists(progress) ? Files.readString(progress) : "";
                    if (p.contains("\"phase\":\"extracting\"")
                            && (target == Target.PARSE || !p.contains("\"done\":0,"))) {
                        return target == Target.PARSE ? "extracting started" : "documents written";
                    }
                    Thread.sleep(20);
                }
                case COMMIT -> {
                    Set<String> now = files(index);
                    if (now.stream()
                            .anyMatch(n -> !baseFiles.contains(n) && !n.equals("write.lock") && !n.equals("reports"))) {
                        return "the first new index file";
                    }
                    Thread.sleep(1);
                }
            }
        }
        return "the end of the run";
    }

    private static void assertSecondRunIsRefusedWhileTheFirstHoldsTheIndex(Path corpus, Path index, Process first)
            throws Exception {
        Path progress = index.resolve("reports/progress.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(progress) && Files.readString(progress).contains("\"pid\":" + first.pid() + ","))) {
            assertThat(System.nanoTime()).as("the indexer never started").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThatThrownBy(() -> runInProcess(corpus, index))
                .isInstanceOf(IndexBusyException.class)
                .hasMessageContaining("another run holds the index")
                .hasMessageContaining("pid " + first.pid());
    }
}
