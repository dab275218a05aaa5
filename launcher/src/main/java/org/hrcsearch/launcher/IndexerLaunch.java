package org.hrcsearch.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * How the indexer's process is started, wherever it is: by the server for a reindex, e.g. {@code java -Xmx512m
 * -XX:+UseSerialGC ... -cp indexer/target/hrc-indexer-0.1.0-SNAPSHOT.jar:... org.hrcsearch.indexer.cli.IndexCommand
 * corpus --index index --progress lines}, and, for its JVM options, by the indexer for its extraction workers. {@code ./hrc index} reads the same two
 * resource files: {@code batch-jvm.options} (the options, and why each) and {@code indexer.properties} (the main
 * class and the heap). The server never runs the indexer in its own JVM: a PDF that hangs or exhausts memory can
 * never take the server down.
 */
public final class IndexerLaunch {
    private IndexerLaunch() {}

    /** The system property with the repository's folder, which {@code ./hrc} and the build set. */
    public static final String REPO_ROOT_PROPERTY = "hrc.repo.root";

    /** The indexer's option that names the index folder ({@code IndexCommand} declares its options by these). */
    public static final String INDEX_OPTION = "--index";

    /** The indexer's option that extracts and indexes every file again. */
    public static final String FULL_OPTION = "--full";

    /** The indexer's option that says how it shows its progress. */
    public static final String PROGRESS_OPTION = "--progress";

    /** The {@link #PROGRESS_OPTION} for a plain line every few seconds: what a log file wants. */
    public static final String PROGRESS_LINES = "lines";

    private static final String OPTIONS_RESOURCE = "batch-jvm.options";
    private static final String PROCESS_RESOURCE = "indexer.properties";

    private static final List<String> BATCH_OPTIONS = List.copyOf(options(read(OPTIONS_RESOURCE)));
    private static final Properties PROCESS = properties(read(PROCESS_RESOURCE));

    /** The JVM options of the indexer and its extraction workers, e.g. {@code -XX:+UseSerialGC}. */
    public static List<String> batchJvmOptions() {
        return BATCH_OPTIONS;
    }

    /** The indexer's main class, {@code org.hrcsearch.indexer.cli.IndexCommand}. */
    public static String mainClass() {
        return property("main-class");
    }

    /** The indexer's own heap, e.g. {@code -Xmx512m}; its extraction workers have their own. */
    public static String heapOption() {
        return "-Xmx" + property("heap");
    }

    /** The repository the running program was started from ({@code ./hrc} says so), if it names a folder. */
    public static Optional<Path> repoRoot() {
        return Optional.ofNullable(System.getProperty(REPO_ROOT_PROPERTY))
                .map(Path::of)
                .filter(Files::isDirectory)
                .map(p -> p.toAbsolutePath().normalize());
    }

    /**
     * The indexer as the build leaves it in {@code <repo>/indexer/target} (its jar and {@code classpath.txt}), run
     * by this JVM's java; empty when it is not built.
     */
    public static Optional<List<String>> fromBuild(Path repoRoot) {
        return builtClassPath(repoRoot).map(IndexerLaunch::command);
    }

    /** The command that runs the indexer on {@code classPath} with this JVM's java; its arguments go after it. */
    public static List<String> command(String classPath) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add(heapOption());
        cmd.addAll(batchJvmOptions());
        // The repository, where its extraction workers find their AOT cache (see AotCache). The indexer's own cache is
        // ./hrc index's: this command is made once, when the server starts, and a plan is for one launch.
        repoRoot().ifPresent(root -> cmd.add("-D" + REPO_ROOT_PROPERTY + "=" + root));
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass());
        return List.copyOf(cmd);
    }

    /**
     * The indexer's arguments for a run over {@code folders} into {@code index} whose output goes to a log file, e.g.
     * {@code corpus --index index --progress lines}; {@code full} indexes every file again.
     */
    public static List<String> arguments(List<Path> folders, Path index, boolean full) {
        List<String> args = new ArrayList<>();
        folders.forEach(f -> args.add(f.toString()));
        args.addAll(List.of(INDEX_OPTION, index.toString(), PROGRESS_OPTION, PROGRESS_LINES));
        if (full) {
            args.add(FULL_OPTION);
        }
        return List.copyOf(args);
    }

    /** The indexer's jar and its dependencies, from the build in {@code <repo>/indexer/target}. */
    static Optional<String> builtClassPath(Path repoRoot) {
        Path target = repoRoot.resolve("indexer").resolve("target");
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
            return Optional.of(
                    jar.get() + File.pathSeparator + Files.readString(classpath).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The options of a {@code batch-jvm.options} text: one a line, without blank lines and {@code #} comments. */
    static List<String> options(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static Properties properties(String text) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String property(String key) {
        String value = PROCESS.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(PROCESS_RESOURCE + " has no " + key);
        }
        return value.strip();
    }

    private static String read(String resource) {
        try (InputStream in = IndexerLaunch.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        resource + " is missing from the class path, beside " + IndexerLaunch.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
