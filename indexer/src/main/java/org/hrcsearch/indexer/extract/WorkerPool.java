package org.hrcsearch.indexer.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts up to {@code threads} files at once in one worker process with as many parse threads (one JVM, so the
 * parsers are compiled once), and keeps a bad file from costing any other:
 *
 * <ul>
 *   <li>a file past the time limit: the worker is killed, the file is {@code TIMEOUT}, and the files that were in
 *       flight with it are parsed again;
 *   <li>the worker dies (out of memory, a crash) with one file in flight: that file is {@code MEMORY} or
 *       {@code CRASH}; with several, nobody knows which one did it, so each is parsed again alone in a
 *       <em>quarantine</em> worker, where whatever happens is that file's own doing.
 * </ul>
 *
 * A dead worker is replaced at the next request; a worker that has done its share of files is retired once its
 * files in flight are answered. {@link #close} ends every worker.
 */
public final class WorkerPool implements Extractor {

    private final WorkerSettings settings;
    private final int threads;
    private final Semaphore slots;
    private final ScheduledExecutorService watchdog;
    private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger started = new AtomicInteger();
    private final Object startLock = new Object();
    private final Object quarantineLock = new Object();
    private volatile WorkerProcess current;
    private WorkerProcess quarantine;
    private final Thread shutdownHook;
    private volatile boolean closed;

    /** A pool that parses up to {@code threads} files at once. */
    public WorkerPool(WorkerSettings settings, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread, got " + threads);
        }
        this.settings = settings;
        this.threads = threads;
        this.slots = new Semaphore(threads);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "extract-watchdog");
            t.setDaemon(true);
            return t;
        });
        // Ctrl-C or a TERM signal: the workers would exit anyway once the JVM is gone and their stdin closes; do not
        // leave them parsing until then.
        this.shutdownHook = new Thread(this::destroyAll, "extract-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    @Override
    public ExtractionResult extract(Path file) throws IOException, InterruptedException {
        slots.acquire();
        try {
            WorkerProcess.Answer answer = worker().extract(file);
            return switch (answer) {
                case WorkerProcess.Answer.Result r -> r.result();
                case WorkerProcess.Answer.TimedOut t -> timedOut();
                case WorkerProcess.Answer.Died d -> d.inFlight() == 1 ? died(d) : extractAlone(file);
            };
        } finally {
            slots.release();
        }
    }

    /** Parses {@code file} in the quarantine worker, one file at a time: what happens there is its own doing. */
    private ExtractionResult extractAlone(Path file) throws IOException, InterruptedException {
        synchronized (quarantineLock) {
            if (quarantine == null || !quarantine.accepting()) {
                if (quarantine != null) {
                    retire(quarantine);
                }
                quarantine = start(1);
            }
            return switch (quarantine.extract(file)) {
                case WorkerProcess.Answer.Result r -> r.result();
                case WorkerProcess.Answer.TimedOut t -> timedOut();
                case WorkerProcess.Answer.Died d -> died(d);
            };
        }
    }

    private ExtractionResult timedOut() {
        return new ExtractionResult.Failed(
                ExtractionResult.Failure.TIMEOUT,
                "no text after " + settings.fileTimeLimit().toSeconds()
                        + " s (the per-file time limit); the parser was stopped");
    }

    private ExtractionResult died(WorkerProcess.Answer.Died d) {
        if (d.exitCode() == WorkerProcess.OUT_OF_MEMORY_EXIT) {
            return new ExtractionResult.Failed(
                    ExtractionResult.Failure.MEMORY,
                    "the parser ran out of memory (" + settings.heapMb() + " MB per file)");
        }
        return new ExtractionResult.Failed(
                ExtractionResult.Failure.CRASH,
                "the parser's process "
                        + (d.exitCode() < 0 ? "stopped answering" : "exited with code " + d.exitCode())
                        + settings.log().map(l -> " (see " + l + ")").orElse(""));
    }

    /** The worker that takes new files: the current one, or a new one when it died or did its share. */
    private WorkerProcess worker() throws IOException {
        WorkerProcess w = current;
        if (w != null && w.accepting()) {
            return w;
        }
        synchronized (startLock) {
            if (current == null || !current.accepting()) {
                if (current != null) {
                    retire(current);
                }
                current = start(threads);
            }
            return current;
        }
    }

    /** Starts the worker now, in the background, so that its start-up overlaps with other work. */
    public void prestart() {
        Thread.ofPlatform().daemon().name("extract-prestart").start(() -> {
            try {
                worker();
            } catch (IOException e) {
                // the first request will try again and report why
            }
        });
    }

    private WorkerProcess start(int parseThreads) throws IOException {
        if (closed) {
            throw new IOException("the extraction pool is closed");
        }
        WorkerProcess worker = WorkerProcess.start(settings, parseThreads, watchdog);
        started.incrementAndGet();
        running.add(worker);
        if (closed) { // closed while this one started: do not leave it behind
            retire(worker);
            throw new IOException("the extraction pool is closed");
        }
        return worker;
    }

    private void retire(WorkerProcess worker) {
        worker.retire();
        running.removeIf(WorkerProcess::dead);
    }

    /** How many worker processes the pool has started: more than one means some were replaced (or quarantine). */
    public int workersStarted() {
        return started.get();
    }

    /** The worker processes alive now, e.g. to check that none outlives the pool. */
    public List<ProcessHandle> workerProcesses() {
        List<ProcessHandle> handles = new ArrayList<>();
        running.forEach(w -> {
            if (w.handle().isAlive()) {
                handles.add(w.handle());
            }
        });
        return handles;
    }

    /** Ends every worker: closes their stdin, and kills those that do not exit at once. */
    @Override
    public void close() {
        closed = true;
        for (WorkerProcess w : running) {
            w.close();
        }
        running.clear();
        watchdog.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running or has run
        }
    }

    private void destroyAll() {
        closed = true;
        running.forEach(w -> w.handle().destroyForcibly());
    }
}
