package org.hrcsearch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerLaunchTest {

    @TempDir
    Path repo;

    @Test
    void theOptionsFileHasOneOptionALineAndComments() {
        assertThat(IndexerLaunch.options("# why\n\n-XX:+UseSerialGC\n  # indented why\n  -Xss1m  \n"))
                .containsExactly("-XX:+UseSerialGC", "-Xss1m");
    }

    @Test
    void theBatchOptionsAreTheSerialCollectorAndALaterC2() {
        assertThat(IndexerLaunch.batchJvmOptions())
                .contains("-XX:+UseSerialGC", "-XX:Tier4InvocationThreshold=50000")
                .allSatisfy(o -> assertThat(o).startsWith("-").doesNotContain(" "));
    }

    @Test
    void theCommandRunsTheMainClassWithTheHeapAndTheBatchOptions() {
        List<String> cmd = IndexerLaunch.command("a.jar" + File.pathSeparator + "b.jar");
        assertThat(cmd.getFirst()).endsWith(File.separator + "java");
        assertThat(cmd)
                .containsSubsequence(
                        IndexerLaunch.heapOption(), "-XX:+UseSerialGC", "-cp", "a.jar" + File.pathSeparator + "b.jar");
        assertThat(cmd.getLast()).isEqualTo(IndexerLaunch.mainClass());
        assertThat(cmd).containsAll(IndexerLaunch.batchJvmOptions());
    }

    @Test
    void aRunForALogNamesItsFoldersAndIndexAndShowsProgressAsLines() {
        assertThat(IndexerLaunch.arguments(List.of(Path.of("a"), Path.of("b")), Path.of("idx"), false))
                .containsExactly("a", "b", "--index", "idx", "--progress", "lines");
        assertThat(IndexerLaunch.arguments(List.of(Path.of("a")), Path.of("idx"), true))
                .endsWith("--full");
    }

    @Test
    void theBuiltIndexerIsItsJarAndTheClassPathBesideIt() throws Exception {
        Path target = Files.createDirectories(repo.resolve("indexer/target"));
        assertThat(IndexerLaunch.fromBuild(repo)).as("not built").isEmpty();
        Files.writeString(target.resolve("classpath.txt"), "/m2/lucene.jar:/m2/tika.jar\n");
        assertThat(IndexerLaunch.fromBuild(repo)).as("no jar yet").isEmpty();
        Files.createFile(target.resolve("hrc-indexer-0.1.0-SNAPSHOT-tests.jar"));
        Files.createFile(target.resolve("hrc-indexer-0.1.0-SNAPSHOT.jar"));
        assertThat(IndexerLaunch.builtClassPath(repo))
                .contains(target.resolve("hrc-indexer-0.1.0-SNAPSHOT.jar") + File.pathSeparator
                        + "/m2/lucene.jar:/m2/tika.jar");
    }

    /** {@code ./hrc index} starts the indexer as the server does: it reads the same two files. */
    @Test
    void theLauncherScriptReadsTheSameOptionsMainClassAndHeap() throws Exception {
        Path root = IndexerLaunch.repoRoot().orElseThrow(() -> new AssertionError("the build sets hrc.repo.root"));
        String script = Files.readString(root.resolve("hrc"));
        String functions = script.lines()
                .dropWhile(l -> !l.startsWith("LAUNCH="))
                .takeWhile(l -> !l.startsWith("run_module()"))
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(functions).contains("batch_java_opts()", "indexer_prop()");
        String printed = bash("ROOT='" + root + "'\n" + functions
                + "batch_java_opts; echo; indexer_prop main-class; indexer_prop heap\n");
        assertThat(printed.lines().toList())
                .containsExactly(
                        String.join(" ", IndexerLaunch.batchJvmOptions()),
                        IndexerLaunch.mainClass(),
                        IndexerLaunch.heapOption().substring("-Xmx".length()));
    }

    private static String bash(String script) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", script)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
