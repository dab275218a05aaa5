package org.hrcsearch.api.index;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for a new index commit at a fixed interval (e.g. every second) on a background thread, so that the
 * server serves a reindex within seconds, without a restart, and no request pays for opening the new commit.
 */
public final class IndexRefresher implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexRefresher.class);

    /** What one refresh does, e.g. {@code searchService::refresh}. */
    @FunctionalInterface
    public interface Refresh {
        void run() throws Exception;
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hrc-index-refresher");
        t.setDaemon(true);
        return t;
    });

    public IndexRefresher(Refresh refresh, Duration every) {
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        refresh.run();
                    } catch (Exception e) { // keep refreshing: the next commit may be readable
                        LOG.warn("could not refresh the index: {}", e.toString());
                    }
                },
                every.toMillis(),
                every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
