package org.hrcsearch.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hrcsearch.launcher.AotCache;

/**
 * One running extraction worker, parsing several files at once for several callers: sends each request, kills the
 * worker when a file passes its time limit, and, when the worker dies, tells each caller whether its own file was
 * the one that timed out, or only in flight at the time.
 */
final class WorkerProcess implements Closeable {

    /** The exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;

    /** A worker whose input is closed exits at once; one that does not within this is killed. */
    private static final long EXIT_SECONDS = 5;

    /** A worker that trains its AOT cache writes it as it exits: a few seconds, more on a loaded machine. */
    private static final long TRAINING_EXIT_SECONDS = 120;

    /** What became of one request. */
    sealed interface Answer {
        /** The worker answered. */
        record Result(ExtractionResult result) implements Answer {}

        /** This file passed the time limit; the worker was killed for it. */
        record TimedOut() implements Answer {}

        /**
         * The worker died while this file was in flight, with {@code inFlight} files in all: when it is 1, this file
         * killed it; otherwise any of them may have.
         */
        record Died(int exitCode, int inFlight) implements Answer {}
    }

    private record Pending(CompletableFuture<Answer> answer, ScheduledFuture<?> timer) {}

    private final Process process;
    private final InputStream answers;
    private final OutputStream requests;
    private final WorkerSettings settings;
    private final ScheduledExecutorService watchdog;
    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
    /**
     * The file whose time limit killed the worker (0: none). Only the first: a file in flight beside it whose own
     * limit passes while the killed worker is being settled did not run out of time, and is parsed again.
     */
    private final AtomicInteger killedFor = new AtomicInteger();

    private final AtomicInteger nextId = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private volatile boolean dead;
    private volatile boolean retiring;
    /** How long it may take to exit once its input is closed: a worker that trains its AOT cache writes it then. */
    private final long exitSeconds;

    private WorkerProcess(
            Process process, WorkerSettings settings, ScheduledExecutorService watchdog, AotCache.Mode aot) {
        this.process = process;
        this.exitSeconds = aot == AotCache.Mode.TRAIN ? TRAINING_EXIT_SECONDS : EXIT_SECONDS;
        this.answers = new BufferedInputStream(process.getInputStream(), 1 << 16);
        this.requests = new BufferedOutputStream(process.getOutputStream());
        this.settings = settings;
        this.watchdog = watchdog;
    }

    /** Starts a worker with {@code threads} parse threads and waits until its parsers are loaded. */
    static WorkerProcess start(WorkerSettings settings, int threads, ScheduledExecutorService watchdog)
            throws IOException {
        WorkerSettings.Launch launch = settings.launch(threads);
        ProcessBuilder builder = new ProcessBuilder(launch.command());
        builder.redirectError(settings.log()
                .map(log -> ProcessBuilder.Redirect.appendTo(log.toFile()))
                .orElse(ProcessBuilder.Redirect.DISCARD));
        Process process = builder.start();
        WorkerProcess worker = new WorkerProcess(process, settings, watchdog, launch.aot());
        ScheduledFuture<?> timer = watchdog.schedule(
                process::destroyForcibly, settings.startTimeLimit().toMillis(), TimeUnit.MILLISECONDS);
        Optional<byte[]> hello;
        try {
            hello = WorkerProtocol.readFrame(worker.answers);
        } catch (IOException e) {
            hello = Optional.empty();
        } finally {
            timer.cancel(false);
        }
        if (hello.isEmpty() || !WorkerProtocol.HELLO.equals(new String(hello.get(), StandardCharsets.UTF_8))) {
            int code = worker.exitCode();
            worker.close();
            throw new IOException("cannot start an extraction worker (" + String.join(" ", launch.command())
                    + "): " + (code < 0 ? "it did not answer" : "it exited with code " + code)
                    + settings.log().map(l -> "; its messages are in " + l).orElse(""));
        }
        Thread.ofPlatform().daemon().name("worker-" + process.pid()).start(worker::readAnswers);
        return worker;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** True while the worker takes new files: alive, and not past its share of files. */
    boolean accepting() {
        return !dead && !retiring && submitted.get() < settings.filesPerWorker();
    }

    boolean dead() {
        return dead;
    }

    /** Sends {@code file} and waits for what becomes of it. */
    Answer extract(Path file) throws InterruptedException {
        int id = nextId.incrementAndGet();
        submitted.incrementAndGet();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        ScheduledFuture<?> timer = watchdog.schedule(
                () -> {
                    if (!dead && killedFor.compareAndSet(0, id)) {
                        process.destroyForcibly();
                    }
                },
                settings.fileTimeLimit().toMillis(),
                TimeUnit.MILLISECONDS);
        pending.put(id, new Pending(answer, timer));
        if (dead) { // died before the request was registered: the reader will not see it
            settle(id);
        } else {
            try {
                synchronized (requests) {
                    WorkerProtocol.writeFrame(requests, WorkerProtocol.encodeRequest(id, file));
                }
            } catch (IOException e) {
                process.destroyForcibly(); // the reader thread sees the end and settles every request
            }
        }
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("answers are never exceptional", e);
        }
    }

    private void readAnswers() {
        try {
            Optional<byte[]> frame;
            while ((frame = WorkerProtocol.readFrame(answers)).isPresent()) {
                WorkerProtocol.Answer a = WorkerProtocol.decode(frame.get());
                Pending p = pending.remove(a.id());
                if (p != null) {
                    p.timer().cancel(false);
                    p.answer().complete(new Answer.Result(a.result()));
                }
                if (retiring && pending.isEmpty()) {
                    closeInput();
                }
            }
        } catch (IOException | RuntimeException e) {
            // A garbled answer: this worker cannot be trusted any more. It may be on its way out by itself (a dying JVM
            // can print to stdout), so give it a moment to say why with its exit code before stopping it.
            stopUnlessExiting();
        }
        dead = true;
        int code = exitCode();
        int inFlight = pending.size();
        for (Integer id : pending.keySet()) {
            settle(id, code, inFlight);
        }
    }

    /** Waits a moment for the worker to exit by itself, and kills it if it does not. */
    private void stopUnlessExiting() {
        try {
            long seconds = retiring ? Math.max(2, exitSeconds - EXIT_SECONDS) : 2;
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void settle(int id) {
        settle(id, exitCode(), Math.max(1, pending.size()));
    }

    private void settle(int id, int code, int inFlight) {
        Pending p = pending.remove(id);
        if (p != null) {
            p.timer().cancel(false);
            p.answer().complete(killedFor.get() == id ? new Answer.TimedOut() : new Answer.Died(code, inFlight));
        }
    }

    private int exitCode() {
        try {
            if (process.waitFor(exitSeconds, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return -1;
    }

    /** Takes no new files, and ends once the files in flight are answered. */
    void retire() {
        retiring = true;
        if (pending.isEmpty()) {
            closeInput();
        }
    }

    private void closeInput() {
        try {
            synchronized (requests) {
                requests.close();
            }
        } catch (IOException e) {
            // it is gone already
        }
    }

    /** Closes the worker's stdin (it exits by itself), and kills it if it is still there a moment later. */
    @Override
    public void close() {
        retiring = true;
        closeInput();
        stopUnlessExiting();
    }
}
