package org.hrcsearch.indexer.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts files in up to {@code size} worker processes at once: a caller borrows an idle worker (starting one
 * when none is idle), and a worker that died, was killed at the time limit or has done its share of files is
 * retired and replaced by a fresh one at the next request. {@link #close} ends every worker.
 */
public final class WorkerPool implements Extractor {

  private final WorkerSettings settings;
  private final Semaphore slots;
  private final int size;
  private final Deque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
  private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService watchdog;
  private final AtomicInteger started = new AtomicInteger();
  private volatile boolean closed;

  public WorkerPool(WorkerSettings settings, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a pool needs at least one worker, got " + size);
    }
    this.settings = settings;
    this.size = size;
    this.slots = new Semaphore(size);
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "extract-watchdog");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public ExtractionResult extract(Path file) throws IOException, InterruptedException {
    slots.acquire();
    WorkerProcess worker = idle.pollFirst();
    try {
      if (worker == null) {
        worker = startWorker();
      }
      ExtractionResult result = worker.extract(file);
      if (worker.alive() && worker.files() < settings.filesPerWorker() && !closed) {
        idle.addFirst(worker);
        worker = null;
      }
      return result;
    } finally {
      if (worker != null) {
        retire(worker);
      }
      slots.release();
    }
  }

  /**
   * Starts workers up to the pool's size in parallel, so that their start-up overlaps with other work (listing,
   * hashing) rather than delaying the first files.
   */
  public void prestart() {
    int missing = size - running.size();
    for (int i = 0; i < missing; i++) {
      Thread.ofPlatform().daemon().name("extract-prestart-" + i).start(() -> {
        if (!slots.tryAcquire()) {
          return;
        }
        try {
          idle.addLast(startWorker());
        } catch (IOException e) {
          // the first request will try again and report why
        } finally {
          slots.release();
        }
      });
    }
  }

  /** How many worker processes the pool has started so far: more than its size means some were replaced. */
  public int workersStarted() {
    return started.get();
  }

  /** The workers alive now, e.g. to check that none outlives the pool. */
  public List<ProcessHandle> workerProcesses() {
    List<ProcessHandle> handles = new ArrayList<>();
    running.forEach(w -> handles.add(w.handle()));
    return handles;
  }

  private WorkerProcess startWorker() throws IOException {
    if (closed) {
      throw new IOException("the extraction pool is closed");
    }
    WorkerProcess worker = WorkerProcess.start(settings, watchdog);
    started.incrementAndGet();
    running.add(worker);
    if (closed) { // closed while this one started: do not leave it behind
      retire(worker);
      throw new IOException("the extraction pool is closed");
    }
    return worker;
  }

  private void retire(WorkerProcess worker) {
    running.remove(worker);
    worker.close();
  }

  /** Ends every worker: closes their stdin, and kills those that do not exit at once. */
  @Override
  public void close() {
    closed = true;
    for (WorkerProcess w; (w = idle.pollFirst()) != null; ) {
      retire(w);
    }
    for (WorkerProcess w : running) {
      w.handle().destroyForcibly();
    }
    running.clear();
    watchdog.shutdownNow();
  }
}
