package org.hrcsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing happens in worker processes: a file that hangs, exhausts memory or crashes its parser costs that file. */
class WorkerPoolTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String text(ExtractionResult r) {
        assertThat(r).isInstanceOf(ExtractionResult.Extracted.class);
        return String.join("\n", ((ExtractionResult.Extracted) r).extraction().pages());
    }

    private static ExtractionResult.Failure failure(ExtractionResult r) {
        assertThat(r).isInstanceOf(ExtractionResult.Failed.class);
        ExtractionResult.Failed failed = (ExtractionResult.Failed) r;
        System.out.println(
                "  " + failed.failure() + ": " + failed.reason()); // says why when a kind is not the expected one
        return failed.failure();
    }

    @Test
    void aWorkerProcessExtractsTheText() throws Exception {
        try (WorkerPool pool = new WorkerPool(WorkerSettings.defaults(), 1)) {
            assertThat(text(pool.extract(file("a.txt", "Joint letter on reprisals"))))
                    .contains("Joint letter on reprisals");
            assertThat(pool.workerProcesses())
                    .hasSize(1)
                    .allMatch(p -> p.pid() != ProcessHandle.current().pid());
        }
    }

    @Test
    void aHangingParserCostsOneFileAndItsWorkerIsReplaced() throws Exception {
        WorkerSettings settings = FaultyExtractWorker.settings().withFileTimeLimit(Duration.ofSeconds(2));
        try (WorkerPool pool = new WorkerPool(settings, 1)) {
            long t0 = System.nanoTime();
            ExtractionResult hung = pool.extract(file("hang.txt", "never read"));
            assertThat(failure(hung)).isEqualTo(ExtractionResult.Failure.TIMEOUT);
            assertThat(((ExtractionResult.Failed) hung).reason()).contains("2 s");
            // bounded, not timed: a start of the replacement worker on a loaded machine can take seconds
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(60));
            assertThat(text(pool.extract(file("next.txt", "the next file is fine"))))
                    .contains("next file is fine");
            assertThat(pool.workersStarted()).isEqualTo(2);
        }
    }

    @Test
    void aParserThatCrashesItsJvmCostsOneFile() throws Exception {
        try (WorkerPool pool = new WorkerPool(FaultyExtractWorker.settings(), 1)) {
            ExtractionResult crashed = pool.extract(file("crash.txt", "x"));
            assertThat(failure(crashed)).isEqualTo(ExtractionResult.Failure.CRASH);
            assertThat(((ExtractionResult.Failed) crashed).reason()).contains("exited with code 134");
            assertThat(text(pool.extract(file("next.txt", "still working")))).contains("still working");
        }
    }

    @Test
    void aParserThatExhaustsItsHeapCostsOneFile() throws Exception {
        try (WorkerPool pool = new WorkerPool(FaultyExtractWorker.settings().withHeapMb(64), 1)) {
            ExtractionResult oom = pool.extract(file("oom.txt", "x"));
            assertThat(failure(oom)).isEqualTo(ExtractionResult.Failure.MEMORY);
            assertThat(((ExtractionResult.Failed) oom).reason()).contains("64 MB per file");
            assertThat(text(pool.extract(file("next.txt", "still working")))).contains("still working");
        }
    }

    /** Starts {@code name} in the pool on a thread of its own, after {@code delayMillis}. */
    private static java.util.concurrent.CompletableFuture<ExtractionResult> later(
            WorkerPool pool, Path file, long delayMillis) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(delayMillis);
                return pool.extract(file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The worker is killed at a hang's time limit while another file is in flight beside it: that file is parsed
     * again and comes out whole. Both are held files, so the test knows each was being parsed: the hang is one never
     * let go, the other is let go once the hang is stopped.
     */
    @Test
    void aHangAmongSeveralFilesInFlightCostsOnlyItself() throws Exception {
        WorkerSettings settings = FaultyExtractWorker.settings().withFileTimeLimit(Duration.ofSeconds(2));
        try (WorkerPool pool = new WorkerPool(settings, 2)) {
            pool.extract(file("warm.txt", "start the worker"));
            Path hangs = file("held-hang.txt", "never let go");
            var hang = later(pool, hangs, 0);
            FaultyExtractWorker.awaitParses(hangs, 1);
            Path held = file("held.txt", "held but fine"); // sent after the hang: its time limit comes later
            var inFlight = later(pool, held, 0);
            FaultyExtractWorker.awaitParses(held, 1);
            assertThat(failure(hang.get(60, TimeUnit.SECONDS))).isEqualTo(ExtractionResult.Failure.TIMEOUT);
            assertThat(inFlight).as("the other file when the hang was stopped").isNotDone();
            FaultyExtractWorker.letGo(held);
            assertThat(text(inFlight.get(60, TimeUnit.SECONDS))).contains("held but fine");
            assertThat(FaultyExtractWorker.parsesStarted(held))
                    .as("parses of the other file: in the killed worker, then again")
                    .isEqualTo(2);
            assertThat(FaultyExtractWorker.parsesStarted(hangs)).isEqualTo(1);
        }
    }

    /** The worker dies of an out-of-memory while a held file is in flight beside it: that file is parsed again. */
    @Test
    void anOutOfMemoryAmongSeveralFilesInFlightCostsOnlyItself() throws Exception {
        try (WorkerPool pool = new WorkerPool(FaultyExtractWorker.settings().withHeapMb(64), 2)) {
            pool.extract(file("warm.txt", "start the worker"));
            Path held = file("held.txt", "held but fine");
            var inFlight = later(pool, held, 0);
            FaultyExtractWorker.awaitParses(held, 1);
            var oom = later(pool, file("oom.txt", "x"), 0);
            // each is parsed again alone (nobody knows which one killed the worker), the held one maybe first
            FaultyExtractWorker.awaitParses(held, 2);
            FaultyExtractWorker.letGo(held);
            assertThat(failure(oom.get(60, TimeUnit.SECONDS))).isEqualTo(ExtractionResult.Failure.MEMORY);
            assertThat(text(inFlight.get(60, TimeUnit.SECONDS))).contains("held but fine");
            assertThat(pool.workersStarted())
                    .as("the worker and a quarantine worker")
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aBadFileIsAParseFailureAndTheWorkerCarriesOn() throws Exception {
        try (WorkerPool pool = new WorkerPool(WorkerSettings.defaults(), 1)) {
            Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.4\nnot really a pdf".getBytes());
            assertThat(failure(pool.extract(broken))).isEqualTo(ExtractionResult.Failure.PARSE);
            assertThat(failure(pool.extract(dir.resolve("missing.txt")))).isEqualTo(ExtractionResult.Failure.READ);
            assertThat(text(pool.extract(file("ok.txt", "fine")))).contains("fine");
            assertThat(pool.workersStarted()).isEqualTo(1);
        }
    }

    @Test
    void closingThePoolEndsEveryWorkerEvenOneThatIsParsing() throws Exception {
        WorkerPool pool = new WorkerPool(FaultyExtractWorker.settings(), 2);
        pool.extract(file("a.txt", "warm up"));
        Path held = file("held.txt", "never let go");
        java.util.concurrent.CompletableFuture<ExtractionResult> busy = later(pool, held, 0);
        FaultyExtractWorker.awaitParses(held, 1); // a worker is parsing it, not merely about to
        List<ProcessHandle> workers = pool.workerProcesses();
        assertThat(workers).isNotEmpty();
        pool.close();
        for (ProcessHandle w : workers) {
            assertThat(w.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        // the parse ends with the pool: answered as a failure, or thrown at as closed, never left waiting
        Object ending = busy.handle((r, e) -> r != null ? r : e).get(10, TimeUnit.SECONDS);
        assertThat(ending).isInstanceOfAny(ExtractionResult.Failed.class, Throwable.class);
        assertThat(FaultyExtractWorker.parsesStarted(held)).isEqualTo(1);
    }

    @Test
    void aWorkerExitsWhenItsStdinClosesEvenMidParse() throws Exception {
        Process worker = new ProcessBuilder(FaultyExtractWorker.settings().command(1))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(WorkerProtocol.readFrame(worker.getInputStream())).isPresent(); // hello
        Path held = file("held.txt", "never let go");
        WorkerProtocol.writeFrame(worker.getOutputStream(), WorkerProtocol.encodeRequest(1, held));
        FaultyExtractWorker.awaitParses(held, 1);
        assertThat(worker.isAlive()).isTrue();
        worker.getOutputStream().close(); // what the OS does when the indexer dies, even by kill -9
        assertThat(worker.waitFor(10, TimeUnit.SECONDS))
                .as("worker exited after its stdin closed")
                .isTrue();
    }

    @Test
    void aWorkerThatCannotStartStopsTheRunWithAReason() {
        WorkerSettings broken = WorkerSettings.defaults().withMainClass("org.hrcsearch.NoSuchWorker");
        try (WorkerPool pool = new WorkerPool(broken, 1)) {
            assertThatThrownBy(() -> pool.extract(dir.resolve("a.txt")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot start an extraction worker")
                    .hasMessageContaining("exited with code 1");
        }
    }
}
