package org.hrcsearch.indexer.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcsearch.launcher.AotCache;
import org.hrcsearch.launcher.IndexerLaunch;

/**
 * How extraction workers are started and bounded, e.g. {@code java -Xmx384m ... ExtractWorker} with 120 s per
 * file and a fresh worker every 2,000 files.
 *
 * @param java the java executable
 * @param classpath the worker's class path (the indexer's own, by default)
 * @param mainClass a class whose {@code main} runs {@link ExtractWorker#serveOnStdio}
 * @param heapMb the heap a worker has for each file it parses at once: a file that needs more fails alone as
 *     out of memory
 * @param jvmArgs further JVM options
 * @param fileTimeLimit how long one file may take before its worker is killed and the file reported
 * @param startTimeLimit how long a worker may take to load its parser and say hello
 * @param filesPerWorker a worker is replaced after this many files (cheap insurance against slow leaks)
 * @param log where the workers' stderr goes (parser warnings, crash reports), or nowhere
 */
public record WorkerSettings(
        Path java,
        String classpath,
        String mainClass,
        int heapMb,
        List<String> jvmArgs,
        Duration fileTimeLimit,
        Duration startTimeLimit,
        int filesPerWorker,
        Optional<Path> log) {

    public static final int DEFAULT_HEAP_MB = 320;
    public static final Duration DEFAULT_FILE_TIME_LIMIT = Duration.ofSeconds(120);

    public WorkerSettings {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classpath, "classpath");
        Objects.requireNonNull(mainClass, "mainClass");
        if (heapMb < 32) {
            throw new IllegalArgumentException("a worker needs at least 32 MB of heap, got " + heapMb);
        }
        jvmArgs = List.copyOf(jvmArgs);
        if (fileTimeLimit.isNegative() || fileTimeLimit.isZero()) {
            throw new IllegalArgumentException("the per-file time limit must be positive, got " + fileTimeLimit);
        }
        if (filesPerWorker < 1) {
            throw new IllegalArgumentException("filesPerWorker must be at least 1, got " + filesPerWorker);
        }
        Objects.requireNonNull(log, "log");
    }

    /** Workers that run {@link ExtractWorker} on this JVM's java and class path, with the default bounds. */
    public static WorkerSettings defaults() {
        return new WorkerSettings(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"),
                ExtractWorker.class.getName(),
                DEFAULT_HEAP_MB,
                userJvmArgs(),
                DEFAULT_FILE_TIME_LIMIT,
                Duration.ofSeconds(60),
                2_000,
                Optional.empty());
    }

    /** JVM options a user gives the workers in {@code HRC_WORKER_JAVA_OPTS} (space-separated), after the defaults. */
    static List<String> userJvmArgs() {
        String opts = System.getenv("HRC_WORKER_JAVA_OPTS");
        return opts == null || opts.isBlank() ? List.of() : List.of(opts.trim().split("\\s+"));
    }

    public WorkerSettings withHeapMb(int mb) {
        return new WorkerSettings(
                java, classpath, mainClass, mb, jvmArgs, fileTimeLimit, startTimeLimit, filesPerWorker, log);
    }

    public WorkerSettings withFileTimeLimit(Duration limit) {
        return new WorkerSettings(
                java, classpath, mainClass, heapMb, jvmArgs, limit, startTimeLimit, filesPerWorker, log);
    }

    /** Workers that OCR the pages without a text layer (see {@link ExtractWorker#OCR_PROPERTY}). */
    public WorkerSettings withOcr() {
        List<String> args = new java.util.ArrayList<>(jvmArgs);
        args.add("-D" + ExtractWorker.OCR_PROPERTY + "=true");
        return new WorkerSettings(
                java, classpath, mainClass, heapMb, args, fileTimeLimit, startTimeLimit, filesPerWorker, log);
    }

    public WorkerSettings withMainClass(String name) {
        return new WorkerSettings(
                java, classpath, name, heapMb, jvmArgs, fileTimeLimit, startTimeLimit, filesPerWorker, log);
    }

    public WorkerSettings withFilesPerWorker(int n) {
        return new WorkerSettings(java, classpath, mainClass, heapMb, jvmArgs, fileTimeLimit, startTimeLimit, n, log);
    }

    public WorkerSettings withLog(Path file) {
        return new WorkerSettings(
                java,
                classpath,
                mainClass,
                heapMb,
                jvmArgs,
                fileTimeLimit,
                startTimeLimit,
                filesPerWorker,
                Optional.of(file));
    }

    /**
     * How one worker that parses {@code threads} files at once is started: {@link #command} with the worker's
     * {@link AotCache} when it has one, and whether it trains that cache (it then takes some seconds to exit).
     */
    record Launch(List<String> command, AotCache.Mode aot) {}

    Launch launch(int threads) {
        List<String> base = command(threads);
        int cp = base.indexOf("-cp");
        AotCache.Plan plan = AotCache.plan("worker", java, classpath, base.subList(2, cp));
        List<String> cmd = new ArrayList<>(base);
        cmd.addAll(cp, plan.jvmOptions());
        return new Launch(List.copyOf(cmd), plan.mode());
    }

    /** The command line that starts one worker that parses {@code threads} files at once, without a cache. */
    List<String> command(int threads) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add("-Xmx" + (long) heapMb * threads + "m");
        // Exit at the first OutOfMemoryError (exit code 3) rather than limp on in a broken state.
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        // The serial collector (no GC threads of its own, a small footprint) and a later C2, as the indexer has them.
        cmd.addAll(IndexerLaunch.batchJvmOptions());
        // The JVM's own messages go to stdout by default, where they would corrupt the protocol: its log, and what it
        // prints itself, e.g. "Terminating due to java.lang.OutOfMemoryError" (which made an OOM look like a crash).
        cmd.add("-Xlog:disable");
        cmd.add("-Xlog:all=warning:stderr");
        cmd.add("-XX:+DisplayVMOutputToStderr");
        // POI logs through Log4j's API; without this it complains at start-up that it has no logging provider.
        cmd.add("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.add("--threads");
        cmd.add(Integer.toString(threads));
        return cmd;
    }
}
