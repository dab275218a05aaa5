package org.hrcsearch.api.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hrcsearch.corpus.runtime.BatchJvm;

/**
 * The command line that starts the indexer as a child process of the server, e.g. {@code java -Xmx512m
 * -XX:+UseSerialGC ... -cp
 * indexer/target/hrc-indexer-0.1.0-SNAPSHOT.jar:... org.hrcsearch.indexer.cli.IndexCommand}. The server never
 * runs the indexer in its own JVM: a PDF that hangs or exhausts memory can never take the server down.
 */
public final class IndexerCommand {
    private IndexerCommand() {}

    static final String MAIN_CLASS = "org.hrcsearch.indexer.cli.IndexCommand";

    /** Heap of the indexer process; its extraction workers have their own. */
    static final String HEAP = "-Xmx512m";

    /** A command given as one string, split at spaces, e.g. {@code "/opt/hrc/hrc index"}. */
    public static List<String> parse(String command) {
        return Arrays.stream(command.strip().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * The indexer as the build leaves it in {@code <repo>/indexer/target} (its jar and {@code classpath.txt}), run
     * by this server's java; empty when it is not built.
     */
    public static Optional<List<String>> fromBuild(Path repoRoot) {
        Path target = repoRoot.resolve("indexer/target");
        Path classpath = target.resolve("classpath.txt");
        if (!Files.isRegularFile(classpath)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            Optional<Path> jar = files.filter(p -> p.getFileName().toString().matches("hrc-indexer-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().contains("-tests"))
                    .findFirst();
            if (jar.isEmpty()) {
                return Optional.empty();
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add(HEAP);
            cmd.addAll(BatchJvm.options());
            cmd.add("--enable-native-access=ALL-UNNAMED");
            cmd.add("-cp");
            cmd.add(jar.get()
                    + java.io.File.pathSeparator
                    + Files.readString(classpath).strip());
            cmd.add(MAIN_CLASS);
            return Optional.of(List.copyOf(cmd));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
