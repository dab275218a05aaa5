package org.hrcsearch.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A main class run in a JVM of its own on this JVM's class path, as a user starts the server or the indexer: e.g.
 * {@code java -Xmx512m --enable-native-access=ALL-UNNAMED -cp <this class path>
 * org.hrcsearch.indexer.cli.IndexCommand}.
 */
public final class ChildJvm {
    private ChildJvm() {}

    /** The command line that runs {@code main} with {@code jvmOptions}, then {@code args}. */
    public static List<String> command(Class<?> main, List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of(
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return List.copyOf(cmd);
    }

    /** Starts {@link #command}, its output and errors together in {@code log}. */
    public static Process start(Class<?> main, List<String> jvmOptions, Path log, String... args) throws IOException {
        return new ProcessBuilder(command(main, jvmOptions, args))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
