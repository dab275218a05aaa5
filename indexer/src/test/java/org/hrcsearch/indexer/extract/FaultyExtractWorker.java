package org.hrcsearch.indexer.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker whose parser misbehaves on demand, by file name: {@code hang*} never returns, {@code crash*} kills its
 * JVM, {@code oom*} exhausts its heap, {@code slow*} takes two seconds, {@code vanish*} is deleted and
 * {@code swap*} overwritten just before it is parsed (a file that changes between listing and parsing), and
 * {@code held*} is held: each start of its parse is marked beside it ({@link #parsesStarted}) and it waits until the
 * test lets it go ({@link #letGo}), so a test knows it is in flight rather than hoping so; any other file is parsed
 * with Tika.
 */
public final class FaultyExtractWorker {
    private FaultyExtractWorker() {}

    public static void main(String[] args) {
        ExtractWorker.serveOnStdio(args, () -> {
            TikaExtractor tika = new TikaExtractor();
            return file -> {
                String name = file.getFileName().toString();
                if (name.startsWith("hang")) {
                    Thread.sleep(Long.MAX_VALUE);
                } else if (name.startsWith("crash")) {
                    Runtime.getRuntime().halt(134);
                } else if (name.startsWith("oom")) {
                    List<long[]> hog = new ArrayList<>();
                    while (true) {
                        hog.add(new long[1 << 20]);
                    }
                } else if (name.startsWith("slow")) {
                    Thread.sleep(2_000);
                } else if (name.startsWith("vanish")) {
                    Files.delete(file);
                } else if (name.startsWith("held")) {
                    Files.writeString(
                            marker(file, STARTED),
                            "started\n",
                            java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                    while (!Files.exists(marker(file, GO))) {
                        Thread.sleep(20);
                    }
                } else if (name.startsWith("swap")) {
                    Files.writeString(file, "replaced after it was listed and hashed");
                }
                return tika.extract(file);
            };
        });
    }

    private static final String STARTED = ".parsing";
    private static final String GO = ".go";

    private static Path marker(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** How many times a worker began to parse the {@code held*} file {@code file}. */
    public static int parsesStarted(Path file) throws IOException {
        Path started = marker(file, STARTED);
        return Files.exists(started) ? Files.readAllLines(started).size() : 0;
    }

    /** Waits until a worker has begun to parse the {@code held*} file {@code file} {@code times} times. */
    public static void awaitParses(Path file, int times) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (parsesStarted(file) < times) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(file + " was begun " + parsesStarted(file) + " times in 60 s, not " + times);
            }
            Thread.sleep(20);
        }
    }

    /** Lets the parses of the {@code held*} file {@code file} go on, now and later. */
    public static void letGo(Path file) throws IOException {
        Files.writeString(marker(file, GO), "go");
    }

    /** Settings that start this worker instead of the real one. */
    public static WorkerSettings settings() {
        return WorkerSettings.defaults().withMainClass(FaultyExtractWorker.class.getName());
    }
}
