package org.hrcsearch.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One running extraction worker: sends it a file, waits for the answer within the time limit, and tells a dead
 * or killed worker apart from a bad file. Used by one thread at a time (the {@link WorkerPool} sees to it).
 */
final class WorkerProcess implements Closeable {

  /** The exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OUT_OF_MEMORY_EXIT = 3;

  private final Process process;
  private final InputStream answers;
  private final OutputStream requests;
  private final WorkerSettings settings;
  private final ScheduledExecutorService watchdog;
  private volatile boolean killed;
  private int files;

  private WorkerProcess(Process process, WorkerSettings settings, ScheduledExecutorService watchdog) {
    this.process = process;
    this.answers = new BufferedInputStream(process.getInputStream(), 1 << 16);
    this.requests = new BufferedOutputStream(process.getOutputStream());
    this.settings = settings;
    this.watchdog = watchdog;
  }

  /** Starts a worker and waits until its parser is loaded. */
  static WorkerProcess start(WorkerSettings settings, ScheduledExecutorService watchdog) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(settings.command());
    builder.redirectError(settings.log()
        .map(log -> ProcessBuilder.Redirect.appendTo(log.toFile()))
        .orElse(ProcessBuilder.Redirect.DISCARD));
    WorkerProcess worker = new WorkerProcess(builder.start(), settings, watchdog);
    Optional<byte[]> hello = worker.answerWithin(settings.startTimeLimit());
    if (hello.isEmpty() || !WorkerProtocol.HELLO.equals(new String(hello.get(), StandardCharsets.UTF_8))) {
      String why = worker.killed
          ? "it did not start within " + settings.startTimeLimit().toSeconds() + " s"
          : "it " + worker.exitDescription();
      worker.close();
      throw new IOException("cannot start an extraction worker (" + String.join(" ", settings.command()) + "): "
          + why + settings.log().map(l -> "; its messages are in " + l).orElse(""));
    }
    return worker;
  }

  long pid() {
    return process.pid();
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  /** How many files this worker has answered for. */
  int files() {
    return files;
  }

  /** False once the worker died or was killed: it must be replaced. */
  boolean alive() {
    return !killed && process.isAlive();
  }

  ExtractionResult extract(Path file) {
    files++;
    try {
      WorkerProtocol.writeFrame(requests, WorkerProtocol.encodePath(file));
    } catch (IOException e) {
      return crashed("before it read the file");
    }
    Duration limit = settings.fileTimeLimit();
    Optional<byte[]> answer = answerWithin(limit);
    if (answer.isPresent()) {
      try {
        return WorkerProtocol.decode(answer.get());
      } catch (IOException e) {
        kill();
        return new ExtractionResult.Failed(ExtractionResult.Failure.CRASH, "the worker's answer was garbled: " + e.getMessage());
      }
    }
    if (killed) {
      return new ExtractionResult.Failed(ExtractionResult.Failure.TIMEOUT,
          "no text after " + limit.toSeconds() + " s (the per-file time limit); the parser was stopped");
    }
    return crashed("while parsing it");
  }

  private ExtractionResult crashed(String when) {
    int code = exitCode();
    if (code == OUT_OF_MEMORY_EXIT) {
      return new ExtractionResult.Failed(ExtractionResult.Failure.MEMORY,
          "the parser ran out of memory (worker heap " + settings.heapMb() + " MB)");
    }
    return new ExtractionResult.Failed(ExtractionResult.Failure.CRASH,
        "the worker " + exitDescription() + " " + when + settings.log().map(l -> " (see " + l + ")").orElse(""));
  }

  /** The next frame, or empty when the worker died or was killed at the time limit. */
  private Optional<byte[]> answerWithin(Duration limit) {
    ScheduledFuture<?> timer = watchdog.schedule(() -> {
      killed = true;
      process.destroyForcibly();
    }, limit.toMillis(), TimeUnit.MILLISECONDS);
    try {
      return WorkerProtocol.readFrame(answers);
    } catch (IOException e) {
      return Optional.empty();
    } finally {
      timer.cancel(false);
    }
  }

  private int exitCode() {
    try {
      if (process.waitFor(5, TimeUnit.SECONDS)) {
        return process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
    return -1;
  }

  private String exitDescription() {
    int code = exitCode();
    return code < 0 ? "stopped answering" : "exited with code " + code;
  }

  private void kill() {
    killed = true;
    process.destroyForcibly();
  }

  /** Closes the worker's stdin (it exits by itself), and kills it if it is still there a moment later. */
  @Override
  public void close() {
    try {
      requests.close();
    } catch (IOException e) {
      // it is dead already
    }
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      answers.close();
    } catch (IOException e) {
      // nothing to release
    }
  }
}
