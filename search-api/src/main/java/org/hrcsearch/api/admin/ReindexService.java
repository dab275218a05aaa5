package org.hrcsearch.api.admin;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.index.ReindexOwner;
import org.hrcsearch.corpus.index.RunInProgress;
import org.hrcsearch.corpus.index.RunSummary;
import org.hrcsearch.corpus.index.StatusFiles;
import org.hrcsearch.launcher.IndexerLaunch;

/**
 * Runs the indexer as a child process over the server's corpus folders, one run at a time, and reports on it:
 * the run's progress and the last run's summary come from the {@link StatusFiles} the indexer writes in the index
 * folder, so a run started from the command line shows too. The server picks up the new commit by itself (its
 * searcher refreshes).
 *
 * <p>A run never outlives the server that started it: stopping the server stops the indexer and its extraction
 * workers (the index keeps its last commit), and a server that was killed leaves a {@link ReindexOwner} by which
 * the next server finds the orphan run, stops it and records it as {@link RunSummary#interrupted interrupted}.
 */
public final class ReindexService implements Closeable {

    /** Why a run cannot start now. */
    public static final class Refused extends Exception {
        private final boolean busy;

        Refused(boolean busy, String message) {
            super(message);
            this.busy = busy;
        }

        /** True when another run is going (409), false when reindexing is not possible at all (503). */
        public boolean busy() {
            return busy;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReindexService.class);

    /** How long a stopped indexer may take to exit before it is killed. */
    static final java.time.Duration GRACE = java.time.Duration.ofSeconds(10);

    private final Optional<List<String>> indexer;
    private final List<Path> corpus;
    private final Path indexDir;
    private final StatusFiles status;
    private Process running;
    private Instant runningSince;
    private Integer lastExitCode;
    private boolean pending;
    private boolean closed;

    /**
     * @param indexer the command that starts the indexer (folders and options are appended), or empty when the
     *     indexer is not available
     * @param corpus the folders the index is built from; empty when the server was not told
     */
    public ReindexService(Optional<List<String>> indexer, List<Path> corpus, Path indexDir) {
        this.indexer = indexer.map(List::copyOf);
        this.corpus = List.copyOf(corpus);
        this.indexDir = indexDir;
        this.status = new StatusFiles(new IndexFolder(indexDir));
    }

    /** Starts a run; {@code full} rebuilds every document. Returns the child's pid. */
    public synchronized long start(boolean full) throws Refused {
        if (closed) {
            throw new Refused(false, "the server is stopping");
        }
        if (corpus.isEmpty()) {
            throw new Refused(false, "the server does not know the corpus folders: start it with --corpus <folder>");
        }
        if (indexer.isEmpty()) {
            throw new Refused(
                    false,
                    "the indexer is not built: run ./hrc build, or start the server with " + "--indexer-command");
        }
        if (running != null && running.isAlive()) {
            throw new Refused(
                    true, "a reindex is already running (pid " + running.pid() + ", started " + runningSince + ")");
        }
        Optional<RunInProgress> other = status.running();
        if (other.isPresent()) {
            throw new Refused(
                    true,
                    "an indexer is already running on this index (pid "
                            + other.get().pid() + ", started " + other.get().started() + ")");
        }
        List<String> cmd = new ArrayList<>(indexer.get());
        cmd.addAll(IndexerLaunch.arguments(corpus, indexDir, full));
        try {
            Path log = status.folder().reindexLog();
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            running = p;
            runningSince = Instant.now();
            writeOwner(p);
            p.onExit().thenRun(() -> finished(p));
            return p.pid();
        } catch (IOException e) {
            throw new Refused(false, "cannot start the indexer (" + String.join(" ", cmd) + "): " + e.getMessage());
        }
    }

    /**
     * Asks for a run soon, e.g. because files changed: starts one now, or right after the current one when one is
     * going (requests while waiting coalesce into one run).
     */
    public synchronized void requestRun() {
        try {
            start(false);
        } catch (Refused r) {
            pending = r.busy();
        }
    }

    private synchronized void finished(Process p) {
        if (p != running) {
            return;
        }
        lastExitCode = p.exitValue();
        running = null;
        deleteOwner();
        if (!closed && lastExitCode != 0) { // killed (the OOM killer, a user) before it could say how it ended
            markInterrupted(
                    p.pid(),
                    "the indexer (pid " + p.pid() + ") exited with code " + lastExitCode + " before it finished");
        }
        if (pending && !closed) {
            pending = false;
            requestRun();
        }
    }

    /** Whether a run is going, its progress, and the last run's summary. */
    public synchronized ReindexStatus status() {
        Optional<RunInProgress> progress = status.running();
        return new ReindexStatus(
                (running != null && running.isAlive()) || progress.isPresent(),
                progress.orElse(null),
                status.lastRun().orElse(null),
                lastExitCode,
                corpus.stream().map(Path::toString).toList());
    }

    private void writeOwner(Process p) {
        try {
            status.writeOwner(new ReindexOwner(ProcessHandle.current().pid(), p.pid(), runningSince));
        } catch (IOException e) {
            LOG.warn(
                    "cannot write {}: a server killed during this run will not find it: {}",
                    status.folder().reindexOwnerFile(),
                    e.toString());
        }
    }

    /**
     * At start-up: stops a run that a previous server started and left behind when it was killed (its owner file
     * names a server that is gone), and records a run that ended without concluding (its progress file names a
     * dead process) as {@code failed}, reason {@code interrupted}. A run started from the command line is left
     * alone while it runs. Returns what was done, for the log.
     */
    public synchronized Optional<String> recoverInterruptedRun() {
        String done = null;
        Optional<ReindexOwner> owner = status.owner();
        if (owner.isPresent()) {
            long serverPid = owner.get().serverPid();
            long indexerPid = owner.get().indexerPid();
            boolean serverAlive = serverPid != ProcessHandle.current().pid()
                    && ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false);
            if (!serverAlive) {
                Optional<ProcessHandle> orphan = ProcessHandle.of(indexerPid)
                        .filter(ProcessHandle::isAlive)
                        .filter(this::isOurIndexer);
                if (orphan.isPresent()) {
                    stop(orphan.get());
                    done = "stopped the indexer (pid " + indexerPid + ") that a previous server (pid " + serverPid
                            + ") started and left running";
                }
                deleteOwner();
            }
        }
        Optional<RunInProgress> stale = status.progress();
        if (stale.isPresent() && !stale.get().alive()) {
            long pid = stale.get().pid();
            markInterrupted(pid, done != null ? done : "the indexer (pid " + pid + ") stopped before it finished");
            done = done != null ? done : "recorded the run of pid " + pid + " as interrupted";
        }
        Optional.ofNullable(done).ifPresent(d -> LOG.warn("reindex: {}", d));
        return Optional.ofNullable(done);
    }

    /** The indexer this service starts, on this index (and not a process that reused its pid). */
    private boolean isOurIndexer(ProcessHandle h) {
        Optional<String> cmd = h.info().commandLine();
        boolean onThisIndex = status.progress().map(p -> p.pid() == h.pid()).orElse(false);
        return onThisIndex || cmd.map(c -> c.contains(indexDir.toString())).orElse(false);
    }

    /** Stops {@code process} and its descendants (extraction workers): TERM, then KILL after the grace period. */
    private static void stop(ProcessHandle process) {
        List<ProcessHandle> descendants = process.descendants().toList(); // before they are re-parented
        process.destroy();
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // killed below
        }
        process.destroyForcibly();
        for (ProcessHandle d : descendants) {
            d.destroyForcibly();
        }
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // the OS reaps it; nothing more to do
        }
    }

    /**
     * Records in {@code last-run.json} that the run of {@code pid} ended without concluding, unless the indexer
     * wrote its own conclusion: {@link RunSummary#interrupted}.
     */
    private void markInterrupted(long pid, String why) {
        Optional<RunInProgress> progress = status.progress();
        if (progress.isEmpty() || progress.get().pid() != pid) {
            return; // the indexer concluded by itself (its progress file is gone)
        }
        try {
            status.writeLastRun(RunSummary.interrupted(progress.get(), Instant.now(), why));
        } catch (IOException e) {
            LOG.warn(
                    "cannot record the interrupted run in {}: {}",
                    status.folder().reports(),
                    e.toString());
        }
    }

    private void deleteOwner() {
        try {
            status.deleteOwner();
        } catch (IOException e) {
            // a stale owner file names a dead server: harmless
        }
    }

    /**
     * Stops a running child and its extraction workers (TERM, then KILL after {@link #GRACE}); the index keeps its
     * last commit, and the run is recorded as interrupted.
     */
    @Override
    public void close() {
        Process p;
        synchronized (this) {
            closed = true;
            p = running;
        }
        if (p != null && p.isAlive()) {
            stop(p.toHandle());
            synchronized (this) {
                markInterrupted(p.pid(), "the server stopped");
                deleteOwner();
            }
        }
    }
}
