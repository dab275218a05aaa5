package org.hrcsearch.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every benchmark that serves an index over HTTP shares: where the index is, how long, which JVM. */
final class ServerBenchOptions {

    @Option(
            names = "--index",
            paramLabel = "<dir>",
            description = "Where to build the index (default: a temporary folder, deleted after).")
    Path index;

    @Option(names = "--reuse", description = "Use the index in --index if it has one, instead of building it again.")
    boolean reuse;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            description = "Measured seconds per run (default: ${DEFAULT-VALUE}).")
    double seconds = 30;

    /**
     * The server's JIT takes about a minute of load on 2 busy cores before its figures settle: after 30 s of the
     * search benchmark's load the server ran 688-728 searches/s (p99 43-46 ms), after 60 s 771-802 (p99 31-34 ms).
     */
    @Option(
            names = "--warmup",
            paramLabel = "S",
            description = "Warm-up seconds before a run (default: ${DEFAULT-VALUE}).")
    double warmup = 60;

    @Option(
            names = "--server-java-opts",
            paramLabel = "<opts>",
            description = "JVM options of the server (default: ${DEFAULT-VALUE}, as ./hrc serve uses).")
    String serverJavaOpts = "-Xmx256m -XX:+UseSerialGC";

    /** {@link #serverJavaOpts} as the arguments of a command line. */
    List<String> serverJvmArgs() {
        return Arrays.asList(serverJavaOpts.trim().split("\\s+"));
    }
}
