package org.hrcsearch.indexer.report;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a run has got, for progress displays and the status file: its phase, files done out of the files to
 * process, failures so far. Thread-safe.
 */
public final class RunProgress {

    /** A consistent reading of the progress, e.g. 120 of 346 files, 8.1 files/s, 28 s to go. */
    public record Snapshot(String phase, int done, int total, int failed, long elapsedMillis) {
        /** Files per second since the phase started; 0 before the first file. */
        public double filesPerSecond() {
            return elapsedMillis <= 0 ? 0 : done * 1000.0 / elapsedMillis;
        }

        /** Seconds until the last file at the rate so far, or -1 when there is no rate yet. */
        public long etaSeconds() {
            double rate = filesPerSecond();
            return rate <= 0 ? -1 : Math.round((total - done) / rate);
        }

        public int percent() {
            return total <= 0 ? 100 : (int) (100L * done / total);
        }
    }

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile String phase = "starting";
    private volatile int total;
    private volatile long phaseStartNanos = System.nanoTime();

    /** Enters a phase, e.g. "extracting", with {@code total} files to go through. */
    public void phase(String name, int totalFiles) {
        done.set(0);
        failed.set(0);
        total = totalFiles;
        phaseStartNanos = System.nanoTime();
        phase = name;
    }

    /** Renames the phase, e.g. to "committing", keeping its counts (a bar stays full at its end). */
    public void rename(String name) {
        phase = name;
    }

    public void fileDone(boolean failure) {
        if (failure) {
            failed.incrementAndGet();
        }
        done.incrementAndGet();
    }

    public Snapshot snapshot() {
        return new Snapshot(phase, done.get(), total, failed.get(), (System.nanoTime() - phaseStartNanos) / 1_000_000);
    }
}
