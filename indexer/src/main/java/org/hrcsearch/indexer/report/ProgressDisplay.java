package org.hrcsearch.indexer.report;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Shows a run's {@link RunProgress} while it runs: a bar redrawn in place on a terminal, e.g.
 * {@code [#########.........]  120/346 files  34%  8.1 files/s  ETA 0:28  1 failed}, or the same facts as a plain
 * line every few seconds when the output goes to a file or a pipe. Lines about single files (failures) are printed
 * above the bar.
 */
public final class ProgressDisplay implements AutoCloseable {

    /** How progress is shown. */
    public enum Mode {
        /** A bar redrawn in place: for a terminal. */
        BAR,
        /** A plain line every {@link #LINE_INTERVAL_MILLIS}: for logs and pipes. */
        LINES,
        /** Nothing but the lines about single files. */
        NONE;

        /** BAR when standard output is a terminal, else LINES. */
        public static Mode forStandardOutput() {
            return standardOutputIsTerminal() ? BAR : LINES;
        }
    }

    static final long LINE_INTERVAL_MILLIS = 10_000;
    private static final long BAR_INTERVAL_MILLIS = 200;
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final Mode mode;
    private final RunProgress progress;
    private final Consumer<RunProgress.Snapshot> listener;
    private final Thread ticker;
    private volatile boolean running = true;
    private String lastBar = "";
    private long lastLineMillis;

    /**
     * Starts showing {@code progress} on {@code out}; {@code listener} also gets a snapshot about once a second
     * (the status file is written from it).
     */
    public ProgressDisplay(PrintStream out, Mode mode, RunProgress progress, Consumer<RunProgress.Snapshot> listener) {
        this.out = out;
        this.mode = mode;
        this.progress = progress;
        this.listener = listener;
        this.lastLineMillis = System.currentTimeMillis();
        this.ticker = Thread.ofPlatform().daemon().name("progress").start(this::tick);
    }

    private void tick() {
        long lastListener = 0;
        while (running) {
            try {
                Thread.sleep(BAR_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            RunProgress.Snapshot s = progress.snapshot();
            long now = System.currentTimeMillis();
            if (now - lastListener >= 1_000) {
                listener.accept(s);
                lastListener = now;
            }
            synchronized (this) {
                if (!running) {
                    return;
                }
                if (mode == Mode.BAR && s.total() > 0) {
                    drawBar(s);
                } else if (mode == Mode.LINES && s.total() > 0 && now - lastLineMillis >= LINE_INTERVAL_MILLIS) {
                    out.println(line(s));
                    lastLineMillis = now;
                }
            }
        }
    }

    /** Prints a line about one file, above the bar. */
    public synchronized void println(String line) {
        clearBar();
        out.println(line);
        lastBar = "";
    }

    private void drawBar(RunProgress.Snapshot s) {
        String bar = bar(s);
        if (!bar.equals(lastBar)) {
            out.print("\r" + bar + " ".repeat(Math.max(0, lastBar.length() - bar.length())));
            out.flush();
            lastBar = bar;
        }
    }

    private void clearBar() {
        if (!lastBar.isEmpty()) {
            out.print("\r" + " ".repeat(lastBar.length()) + "\r");
        }
    }

    static String bar(RunProgress.Snapshot s) {
        int filled = s.total() <= 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * s.done() / s.total());
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]  " + facts(s);
    }

    /** {@code extracting: 120/346 files (34%), 8.1 files/s, ETA 0:28, 1 failed}. */
    static String line(RunProgress.Snapshot s) {
        return s.phase() + ": " + facts(s);
    }

    private static String facts(RunProgress.Snapshot s) {
        StringBuilder b = new StringBuilder();
        b.append(s.done())
                .append('/')
                .append(s.total())
                .append(" files (")
                .append(s.percent())
                .append("%)");
        b.append(String.format(Locale.ROOT, ", %.1f files/s", s.filesPerSecond()));
        long eta = s.etaSeconds();
        b.append(", ETA ").append(eta < 0 ? "?" : String.format(Locale.ROOT, "%d:%02d", eta / 60, eta % 60));
        b.append(", ").append(s.failed()).append(" failed");
        return b.toString();
    }

    /** Stops the display and clears the bar, leaving the terminal for the summary. */
    @Override
    public synchronized void close() {
        running = false;
        ticker.interrupt();
        if (mode == Mode.BAR) {
            RunProgress.Snapshot s = progress.snapshot();
            if (s.total() > 0) {
                drawBar(s);
                out.println();
            }
        }
        lastBar = "";
    }

    /**
     * True when standard output is a terminal: on Linux, when {@code /proc/self/fd/1} points at a tty (unlike
     * {@code System.console()}, this is not fooled by a redirected stdout on JDK 22 and later).
     */
    static boolean standardOutputIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
