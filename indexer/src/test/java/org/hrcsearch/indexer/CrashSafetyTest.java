package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.report.RunConclusion;
import org.hrcsearch.indexer.sink.IndexBusyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the indexer at a random moment of a run leaves the last commit intact and servable, no worker
 * behind, and a next run that needs no manual step. The seed and the kill times are printed; rerun one with
 * {@code -Dhrc.test.seed=N}.
 */
class CrashSafetyTest {

  private static final int KILLS = 3;

  @TempDir Path tmp;

  private static IndexingReport runInProcess(Path corpus, Path index) throws Exception {
    return new IndexRun(new HrcSchema(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .run(new IndexRun.Options(List.of(corpus), index, 2).withProgress(ProgressDisplay.Mode.NONE));
  }

  private static Process startIndexer(Path corpus, Path index, Path log) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            CrashTestMain.class.getName(), corpus.toString(), index.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private record Snapshot(int documents, long generation) {}

  private static Snapshot snapshot(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      return new Snapshot(reader.numDocs(), reader.getIndexCommit().getGeneration());
    }
  }

  private static void assertIndexIsClean(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(check.checkIndex().clean).as("CheckIndex after the crash").isTrue();
    }
  }

  @Test
  void killingTheIndexerAtAnyMomentLeavesTheLastCommitAndTheNextRunFinishesTheJob() throws Exception {
    long seed = Long.getLong("hrc.test.seed", System.nanoTime());
    Random random = new Random(seed);
    System.out.println("CrashSafetyTest seed " + seed + " (rerun with -Dhrc.test.seed=" + seed + ")");
    for (int round = 0; round < KILLS; round++) {
      Path corpus = Files.createDirectories(tmp.resolve("corpus" + round));
      Path index = tmp.resolve("index" + round);
      List<Path> first = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        first.add(Files.writeString(corpus.resolve("letter" + i + ".txt"), "Joint letter number " + i));
      }
      assertThat(runInProcess(corpus, index).conclusion().orElseThrow().state())
          .isEqualTo(RunConclusion.State.COMMITTED);
      Snapshot before = snapshot(index);
      assertThat(before.documents()).isEqualTo(10);

      // The next run has work to do: 8 slow new files, one changed, one gone.
      for (int i = 0; i < 8; i++) {
        Files.writeString(corpus.resolve("slow" + i + ".txt"), "Slow report number " + i);
      }
      Files.writeString(first.get(0), "Joint letter number 0, revised");
      Files.delete(first.get(1));

      long killAfter = 300 + random.nextInt(9_000);
      Path log = tmp.resolve("indexer" + round + ".log");
      Process indexer = startIndexer(corpus, index, log);
      if (round == 0) {
        assertSecondRunIsRefusedWhileTheFirstHoldsTheIndex(corpus, index, indexer);
      }
      boolean finishedFirst = indexer.waitFor(killAfter, TimeUnit.MILLISECONDS);
      List<ProcessHandle> workers = indexer.descendants().toList();
      indexer.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, nothing but the OS
      indexer.waitFor(30, TimeUnit.SECONDS);
      System.out.printf("round %d: kill -9 after %d ms (%s, %d workers)%n", round, killAfter,
          finishedFirst ? "the run had already finished" : "mid-run", workers.size());

      for (ProcessHandle w : workers) {
        assertThat(w.onExit().get(15, TimeUnit.SECONDS).isAlive())
            .as("worker %d outlived its killed indexer", w.pid()).isFalse();
      }
      Snapshot after = snapshot(index);
      if (!finishedFirst) {
        assertThat(after).as("readers still see the last commit").isEqualTo(before);
      }
      assertIndexIsClean(index);

      IndexingReport rerun = runInProcess(corpus, index);
      assertThat(rerun.conclusion().orElseThrow().state())
          .as("the next run needs no manual step; log of the killed one:%n%s", Files.readString(log))
          .isIn(RunConclusion.State.COMMITTED, RunConclusion.State.UNCHANGED);
      assertThat(snapshot(index).documents()).isEqualTo(17);
      assertIndexIsClean(index);
      assertThat(runInProcess(corpus, index).conclusion().orElseThrow().state())
          .isEqualTo(RunConclusion.State.UNCHANGED);
    }
  }

  private static void assertSecondRunIsRefusedWhileTheFirstHoldsTheIndex(Path corpus, Path index, Process first)
      throws Exception {
    Path progress = index.resolve("reports/progress.json");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!(Files.exists(progress) && Files.readString(progress).contains("\"pid\":" + first.pid() + ","))) {
      assertThat(System.nanoTime()).as("the indexer never started").isLessThan(deadline);
      Thread.sleep(50);
    }
    assertThatThrownBy(() -> runInProcess(corpus, index))
        .isInstanceOf(IndexBusyException.class)
        .hasMessageContaining("already running")
        .hasMessageContaining("pid " + first.pid());
  }
}
