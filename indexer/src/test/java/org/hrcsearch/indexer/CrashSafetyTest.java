package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * documents coming back from the workers, the commit (segment files being flushed and synced, the commit point
 * being written) and the moment just after it landed, leaves the last commit (or the one that landed) intact and
 * passing CheckIndex, no worker behind, and a next run that needs no manual step. Where each kill landed is read
 * after it (the process's exit value and the commit steps the indexer recorded): kills must have landed before the
 * commit, inside it and after it, so that a run whose kills all missed the commit cannot pass; and where a kill
 * landed decides what the index must show (the last commit exactly, or the new one whole). The seed is fixed; rerun with another with {@code
 * -Dhrc.test.seed=N}; every failure names it.
 */
class CrashSafetyTest {

    /** The seed of a run without {@code -Dhrc.test.seed}: fixed, so that every run aims the same kills. */
    private static final long DEFAULT_SEED = 20261207L;

    private static final int KILLS = 8;
    private static final int FIRST_DOCUMENTS = 10;
    private static final int SLOW_FILES = 4;
    /** After the changes below: 10 - 1 deleted + 4 slow + 3 long. */
    private static final int DOCUMENTS_AFTER = 16;

    @TempDir
    Path tmp;

    /** Where a kill is aimed. */
    private enum Target {
        PARSE,
        ADD,
        COMMIT,
        COMMITTED
    }

    private static IndexingReport runInProcess(Path corpus, Path index) throws Exception {
        return new IndexRun(new HrcSchema(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(new IndexRun.Options(List.of(corpus), index, 2).withProgress(ProgressDisplay.Mode.NONE));
    }

    private static Process startIndexer(Path corpus, Path index, Path log, Path phases) throws IOException {
        return ChildJvm.start(
                CrashTestMain.class, List.of(), log, corpus.toString(), index.toString(), phases.toString());
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

    /** Where a kill landed, read after it from the process's exit and the phase file (not from the aim). */
    private enum Landed {
        /** Killed mid-run, before the commit began. */
        BEFORE_COMMIT,
        /** Killed while the commit was being written (segments flushed or the commit point written, not in place). */
        IN_COMMIT,
        /** Killed after {@code segments_N} was in place, before the process ended. */
        AFTER_COMMIT,
        /** The process had ended on its own: the kill hit nothing. */
        AFTER_EXIT;

        static Landed of(int exitValue, Optional<CrashTestMain.CommitPhase> phase) {
            if (exitValue != KILLED) {
                return AFTER_EXIT;
            }
            return phase.map(p -> p == CrashTestMain.CommitPhase.COMMITTED ? AFTER_COMMIT : IN_COMMIT)
                    .orElse(BEFORE_COMMIT);
        }
    }

    /** The exit value of a process killed by SIGKILL, as {@link Process#exitValue()} gives it: 128 + 9. */
    private static final int KILLED = 137;

    @Test
    void D1_killingTheIndexerAtAnyMomentLeavesTheLastCommitAndTheNextRunFinishesTheJob() throws Exception {
        long seed = Long.getLong("hrc.test.seed", DEFAULT_SEED);
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
        // The next run has work to do: 4 slow new files (2 s each in the worker, so some 4 s of extraction on two
        // workers), 3 long ones, one changed, one gone.
        for (int i = 0; i < SLOW_FILES; i++) {
            Files.writeString(baseCorpus.resolve("slow" + i + ".txt"), "Slow report number " + i);
        }
        for (int i = 0; i < 3; i++) {
            Files.writeString(baseCorpus.resolve("long" + i + ".txt"), longReport(random, i, 8_000));
        }
        Files.writeString(baseCorpus.resolve("letter0.txt"), "Joint letter number 0, revised");
        Files.delete(baseCorpus.resolve("letter1.txt"));

        Map<Landed, Integer> landings = new EnumMap<>(Landed.class);
        for (int round = 0; round < KILLS; round++) {
            Target target = Target.values()[round % Target.values().length];
            String context = "CrashSafetyTest seed " + seed + " (rerun with -Dhrc.test.seed=" + seed + "), round "
                    + round + ", kill aimed at " + target;
            try {
                landings.merge(killOnce(round, target, random, baseCorpus, baseIndex, before), 1, Integer::sum);
            } catch (AssertionError | Exception e) {
                throw new AssertionError(context + ": " + e.getMessage(), e);
            }
        }
        System.out.println("D1: kills landed " + landings);
        assertThat(landings)
                .as(
                        "seed %d: where the kills landed (each round's aim is a moment, not a promise: on a loaded"
                                + " machine a kill aimed at the extraction may land in the commit)",
                        seed)
                .containsKeys(Landed.BEFORE_COMMIT, Landed.IN_COMMIT, Landed.AFTER_COMMIT);
    }

    /** One kill aimed at {@code target} of a run over a copy of the corpus and index; returns where it landed. */
    private Landed killOnce(int round, Target target, Random random, Path baseCorpus, Path baseIndex, Snapshot before)
            throws Exception {
        Path corpus = tmp.resolve("corpus" + round);
        Path index = tmp.resolve("index" + round);
        copyTree(baseCorpus, corpus);
        copyTree(baseIndex, index);
        long delay = switch (target) {
            case PARSE -> random.nextInt(1_500);
            case ADD -> random.nextInt(800);
            case COMMIT -> random.nextInt(300); // well inside the first slow sync of the commit
            case COMMITTED -> random.nextInt(100); // inside the slow sync after segments_N is in place
        };
        Path log = tmp.resolve("indexer" + round + ".log");
        Path phases = tmp.resolve("phases" + round + ".txt");
        Process indexer = startIndexer(corpus, index, log, phases);
        if (round == 0) {
            assertSecondRunIsRefusedWhileTheFirstHoldsTheIndex(corpus, index, indexer);
        }
        String seen = waitFor(target, indexer, index, phases);
        Thread.sleep(delay);
        List<ProcessHandle> workers = indexer.descendants().toList();
        indexer.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, nothing but the OS
        assertThat(indexer.waitFor(30, TimeUnit.SECONDS))
                .as("the killed indexer ended")
                .isTrue();
        Optional<CrashTestMain.CommitPhase> phase = CrashTestMain.CommitPhase.last(phases);
        Landed landed = Landed.of(indexer.exitValue(), phase);
        String progress = Files.exists(index.resolve("reports/progress.json"))
                ? Files.readString(index.resolve("reports/progress.json")).strip()
                : "no progress file";
        System.out.printf(
                "round %d: kill -9 aimed at %s, %d ms after %s: landed %s (exit %d, last commit step %s, %d workers;"
                        + " progress %s)%n",
                round,
                target,
                delay,
                seen,
                landed,
                indexer.exitValue(),
                phase.map(Enum::name).orElse("none"),
                workers.size(),
                progress);
        assertThat(landed)
                .as("the kill hit a running indexer (log of the killed run:%n%s)", Files.readString(log))
                .isNotEqualTo(Landed.AFTER_EXIT);
        for (ProcessHandle w : workers) {
            assertThat(w.onExit().get(15, TimeUnit.SECONDS).isAlive())
                    .as("worker %d outlived its killed indexer", w.pid())
                    .isFalse();
        }
        Snapshot after = snapshot(index);
        if (landed == Landed.AFTER_COMMIT) {
            assertThat(after.generation())
                    .as("the commit that landed is served")
                    .isGreaterThan(before.generation());
            assertThat(after.documents()).as("a commit that landed is complete").isEqualTo(DOCUMENTS_AFTER);
        } else {
            assertThat(after)
                    .as("readers still see the last commit, with its exact document count")
                    .isEqualTo(before);
        }
        DurabilityTest.assertCheckIndexClean(index);

        IndexingReport rerun = runInProcess(corpus, index);
        assertThat(rerun.conclusion().orElseThrow().state())
                .as("the next run needs no manual step; log of the killed one:%n%s", Files.readString(log))
                .isIn(RunState.COMMITTED, RunState.UNCHANGED);
        assertThat(snapshot(index).documents()).isEqualTo(DOCUMENTS_AFTER);
        DurabilityTest.assertCheckIndexClean(index);
        assertThat(files(index)).as("no leftovers of the killed run").noneMatch(n -> n.startsWith("pending_segments"));
        return landed;
    }

    /**
     * Waits for the moment a kill is aimed at: the workers extracting (progress.json says so), the first documents
     * extracted (its done count moves), the commit (the indexer records that it writes its first segment file: the
     * writer buffers every document in memory and flushes them at the commit), or the commit in place. Returns what
     * was seen.
     */
    private static String waitFor(Target target, Process indexer, Path index, Path phases) throws Exception {
        Path progress = index.resolve("reports/progress.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (indexer.isAlive()) {
            assertThat(System.nanoTime()).as("waiting for the %s phase", target).isLessThan(deadline);
            switch (target) {
                case PARSE, ADD -> {
                    String p = Files.exists(progress) ? Files.readString(progress) : "";
                    if (p.contains("\"phase\":\"extracting\"")
                            && (target == Target.PARSE || !p.contains("\"done\":0,"))) {
                        return target == Target.PARSE ? "extracting started" : "documents extracted";
                    }
                    Thread.sleep(20);
                }
                case COMMIT, COMMITTED -> {
                    CrashTestMain.CommitPhase awaited = target == Target.COMMIT
                            ? CrashTestMain.CommitPhase.FLUSHING
                            : CrashTestMain.CommitPhase.COMMITTED;
                    if (CrashTestMain.CommitPhase.last(phases)
                            .filter(awaited::equals)
                            .isPresent()) {
                        return "commit step " + awaited;
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
