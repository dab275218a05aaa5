package org.hrcsearch.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the indexer as a child process over the server's corpus folders, one run at a time, and reports on it:
 * the run's progress and the last run's summary come from the status files the indexer writes in
 * {@code <index>/reports/} ({@code progress.json}, {@code last-run.json}), so a run started from the command line
 * shows too. The server picks up the new commit by itself (its searcher refreshes).
 *
 * <p>A run never outlives the server that started it: stopping the server stops the indexer and its extraction
 * workers (the index keeps its last commit), and a server that was killed leaves an owner file
 * ({@code reports/reindex-owner.json}) by which the next server finds the orphan run, stops it and records it as
 * {@code failed}, reason {@code interrupted}, in {@code last-run.json}.
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReindexService.class);

    /** How long a stopped indexer may take to exit before it is killed. */
    static final java.time.Duration GRACE = java.time.Duration.ofSeconds(10);

    private final Optional<List<String>> indexer;
    private final List<Path> corpus;
    private final Path indexDir;
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
        Optional<JsonNode> other = IndexerProgress.running(indexDir);
        if (other.isPresent()) {
            throw new Refused(
                    true,
                    "an indexer is already running on this index (pid "
                            + other.get().path("pid").asLong() + ", started "
                            + other.get().path("started").asText() + ")");
        }
        List<String> cmd = new ArrayList<>(indexer.get());
        corpus.forEach(p -> cmd.add(p.toString()));
        cmd.add("--index");
        cmd.add(indexDir.toString());
        cmd.add("--progress");
        cmd.add("lines");
        if (full) {
            cmd.add("--full");
        }
        try {
            Path log = indexDir.resolve("reports/reindex.log");
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
        deleteQuietly(ownerFile());
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

    /** Whether a run is going, its progress, and the last run's summary, as JSON-ready values. */
    public synchronized Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        Optional<JsonNode> progress = IndexerProgress.running(indexDir);
        m.put("running", (running != null && running.isAlive()) || progress.isPresent());
        m.put("progress", progress.orElse(null));
        m.put("last_run", IndexerProgress.lastRun(indexDir).orElse(null));
        m.put("last_exit_code", lastExitCode);
        m.put("corpus", corpus.stream().map(Path::toString).toList());
        return m;
    }

    private Path ownerFile() {
        return indexDir.resolve("reports/reindex-owner.json");
    }

    private Path progressFile() {
        return IndexerProgress.progressFile(indexDir);
    }

    private void writeOwner(Process p) {
        Map<String, Object> owner = new LinkedHashMap<>();
        owner.put("server_pid", ProcessHandle.current().pid());
        owner.put("indexer_pid", p.pid());
        owner.put("started", runningSince.toString());
        try {
            writeAtomically(ownerFile(), owner);
        } catch (IOException e) {
            LOG.warn(
                    "cannot write {}: a server killed during this run will not find it: {}", ownerFile(), e.toString());
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
        Optional<JsonNode> owner = IndexerProgress.read(ownerFile());
        if (owner.isPresent()) {
            long serverPid = owner.get().path("server_pid").asLong(-1);
            long indexerPid = owner.get().path("indexer_pid").asLong(-1);
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
                deleteQuietly(ownerFile());
            }
        }
        Optional<JsonNode> stale = IndexerProgress.read(progressFile());
        boolean staleAlive = stale.flatMap(p -> ProcessHandle.of(p.path("pid").asLong(-1)))
                .map(ProcessHandle::isAlive)
                .orElse(false);
        if (stale.isPresent() && !staleAlive) {
            long pid = stale.get().path("pid").asLong(-1);
            markInterrupted(pid, done != null ? done : "the indexer (pid " + pid + ") stopped before it finished");
            done = done != null ? done : "recorded the run of pid " + pid + " as interrupted";
        }
        Optional.ofNullable(done).ifPresent(d -> LOG.warn("reindex: {}", d));
        return Optional.ofNullable(done);
    }

    /** The indexer this service starts, on this index (and not a process that reused its pid). */
    private boolean isOurIndexer(ProcessHandle h) {
        Optional<String> cmd = h.info().commandLine();
        boolean onThisIndex = IndexerProgress.read(progressFile())
                .map(p -> p.path("pid").asLong(-1) == h.pid())
                .orElse(false);
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
     * wrote its own conclusion: {@code {"state":"failed","reason":"interrupted","message":"interrupted: ..."}}.
     */
    private void markInterrupted(long pid, String why) {
        Optional<JsonNode> progress = IndexerProgress.read(progressFile());
        if (progress.isEmpty() || progress.get().path("pid").asLong(-1) != pid) {
            return; // the indexer concluded by itself (its progress file is gone)
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", "failed");
        m.put("reason", "interrupted");
        m.put("pid", pid);
        m.put("started", progress.get().path("started").asText(null));
        m.put("finished", Instant.now().toString());
        m.put("command", progress.get().path("command").asText(null));
        m.put("phase", progress.get().path("phase").asText(null));
        m.put("message", "interrupted: " + why + "; nothing was committed, the index keeps its last commit");
        try {
            writeAtomically(IndexerProgress.lastRunFile(indexDir), m);
            Files.deleteIfExists(progressFile());
        } catch (IOException e) {
            LOG.warn("cannot record the interrupted run in {}: {}", indexDir.resolve("reports"), e.toString());
        }
    }

    private static void writeAtomically(Path file, Map<String, Object> content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(content));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale owner file names a dead server: harmless
        }
    }

    /** The running indexer's progress file, when its process is alive. */
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
                deleteQuietly(ownerFile());
            }
        }
    }
}
