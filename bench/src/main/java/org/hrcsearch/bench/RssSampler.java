package org.hrcsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the resident memory of a process and all its descendants (the indexer and its extraction workers)
 * every few milliseconds from {@code /proc/<pid>/status}, and keeps the peak of their sum.
 */
final class RssSampler implements AutoCloseable {

    private final ProcessHandle root;
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    RssSampler(ProcessHandle root, long intervalMillis) {
        this.root = root;
        this.thread = Thread.ofPlatform().daemon().name("rss-sampler").start(() -> {
            while (running && root.isAlive()) {
                long sum = rssKb(root.pid());
                for (ProcessHandle d : root.descendants().toList()) {
                    sum += rssKb(d.pid());
                }
                peakKb.accumulateAndGet(sum, Math::max);
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** The highest sum seen, in MiB. */
    double peakMib() {
        return peakKb.get() / 1024.0;
    }

    /** VmRSS of one process in KiB, 0 when it is gone. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading
        }
        return 0;
    }

    /** True when this system has {@code /proc} to sample from. */
    static boolean available() {
        return Files.isReadable(Path.of("/proc/self/status"));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }
}
