package org.hrcsearch.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      throw new Refused(false, "the indexer is not built: run ./hrc build, or start the server with "
          + "--indexer-command");
    }
    if (running != null && running.isAlive()) {
      throw new Refused(true, "a reindex is already running (pid " + running.pid() + ", started " + runningSince + ")");
    }
    Optional<JsonNode> other = progress();
    if (other.isPresent()) {
      throw new Refused(true, "an indexer is already running on this index (pid " + other.get().path("pid").asLong()
          + ", started " + other.get().path("started").asText() + ")");
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
    if (pending && !closed) {
      pending = false;
      requestRun();
    }
  }

  /** Whether a run is going, its progress, and the last run's summary, as JSON-ready values. */
  public synchronized Map<String, Object> status() {
    Map<String, Object> m = new LinkedHashMap<>();
    Optional<JsonNode> progress = progress();
    m.put("running", (running != null && running.isAlive()) || progress.isPresent());
    m.put("progress", progress.orElse(null));
    m.put("last_run", read(indexDir.resolve("reports/last-run.json")).orElse(null));
    m.put("last_exit_code", lastExitCode);
    m.put("corpus", corpus.stream().map(Path::toString).toList());
    return m;
  }

  /** The running indexer's progress file, when its process is alive. */
  private Optional<JsonNode> progress() {
    return read(indexDir.resolve("reports/progress.json"))
        .filter(p -> ProcessHandle.of(p.path("pid").asLong(-1)).map(ProcessHandle::isAlive).orElse(false));
  }

  private static Optional<JsonNode> read(Path file) {
    try {
      return Files.exists(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // being replaced at this moment: the next poll will read it
    }
  }

  /** Stops a running child (it rolls back: the index keeps its last commit). */
  @Override
  public void close() {
    Process p;
    synchronized (this) {
      closed = true;
      p = running;
    }
    if (p != null && p.isAlive()) {
      p.destroy();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
