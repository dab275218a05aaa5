package org.hrcsearch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC");

    @TempDir
    Path dir;

    /** A JDK folder with a {@code release} file of {@code version} and a {@code bin/java}, which is never run. */
    private Path jdk(String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "");
        return java;
    }

    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        Files.write(jar, new byte[] {'P', 'K', 5, 6});
        return jar;
    }

    @Test
    void theFeatureVersionIsReadFromTheReleaseFileOldAndNewStyle() {
        assertThat(AotCache.featureVersion("JAVA_VERSION=\"25.0.1\"\n")).isEqualTo(25);
        assertThat(AotCache.featureVersion("IMPLEMENTOR=\"X\"\nJAVA_VERSION=\"1.8.0_392\""))
                .isEqualTo(8);
        assertThat(AotCache.featureVersion("JAVA_VERSION=\"21\"")).isEqualTo(21);
        assertThat(AotCache.featureVersion("no version here")).isZero();
    }

    @Test
    void aJdkOlderThan25RunsWithoutACache() throws IOException {
        Path cp = jar("a.jar");
        AotCache.Plan plan = AotCache.plan(dir.resolve("aot"), "worker", jdk("21.0.5"), cp.toString(), OPTIONS);
        assertThat(plan.mode()).isEqualTo(AotCache.Mode.OFF);
        assertThat(plan.jvmOptions()).isEmpty();
        assertThat(dir.resolve("aot")).doesNotExist();
    }

    @Test
    void aClassPathWithAFolderRunsWithoutACacheForTheJvmCannotCacheClassesFromFolders() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String cp = jar("a.jar") + File.pathSeparator + classes;
        assertThat(AotCache.plan(dir.resolve("aot"), "worker", jdk("25.0.1"), cp, OPTIONS)
                        .mode())
                .isEqualTo(AotCache.Mode.OFF);
        String missing = jar("b.jar") + File.pathSeparator + dir.resolve("gone.jar");
        assertThat(AotCache.plan(dir.resolve("aot"), "worker", jdk("25.0.1"), missing, OPTIONS)
                        .mode())
                .as("a jar that is not there")
                .isEqualTo(AotCache.Mode.OFF);
    }

    @Test
    void theFirstRunTrainsAnotherMeanwhileRunsWithoutAndLaterRunsUseTheCache() throws IOException {
        Path aot = dir.resolve("aot");
        Path java = jdk("25.0.1");
        String cp = jar("a.jar") + File.pathSeparator + jar("b.jar");

        AotCache.Plan first = AotCache.plan(aot, "worker", java, cp, OPTIONS);
        assertThat(first.mode()).isEqualTo(AotCache.Mode.TRAIN);
        String output = first.jvmOptions().get(0);
        assertThat(output).startsWith("-XX:AOTCacheOutput=" + aot.resolve("worker-"));
        assertThat(first.jvmOptions()).as("its messages kept out of stdout").contains("-XX:+DisplayVMOutputToStderr");

        assertThat(AotCache.plan(aot, "worker", java, cp, OPTIONS).mode())
                .as("a second JVM while the first trains")
                .isEqualTo(AotCache.Mode.OFF);

        Path cache = Path.of(output.substring("-XX:AOTCacheOutput=".length()));
        Files.write(cache, new byte[] {1, 2, 3}); // what the training JVM writes as it exits
        AotCache.Plan later = AotCache.plan(aot, "worker", java, cp, OPTIONS);
        assertThat(later.mode()).isEqualTo(AotCache.Mode.USE);
        assertThat(later.jvmOptions()).containsExactly("-XX:AOTCache=" + cache);

        assertThat(AotCache.plan(aot, "indexer", java, cp, OPTIONS).mode())
                .as("another role has a cache of its own")
                .isEqualTo(AotCache.Mode.TRAIN);
    }

    @Test
    void aChangedJarJdkOrOptionTrainsANewCacheAndTheStaleOneOfThatRoleIsRemoved() throws IOException {
        Path aot = dir.resolve("aot");
        Path java = jdk("25.0.1");
        Path a = jar("a.jar");
        Path cache = trained(aot, java, a.toString(), OPTIONS);

        Files.setLastModifiedTime(a, FileTime.from(Instant.now().plusSeconds(60))); // a rebuilt jar
        AotCache.Plan rebuilt = AotCache.plan(aot, "worker", java, a.toString(), OPTIONS);
        assertThat(rebuilt.mode()).isEqualTo(AotCache.Mode.TRAIN);
        assertThat(rebuilt.jvmOptions().get(0))
                .doesNotContain(cache.getFileName().toString());
        assertThat(cache).as("the stale cache").doesNotExist();

        Path newer = written(rebuilt);
        assertThat(AotCache.plan(aot, "worker", java, a.toString(), OPTIONS).mode())
                .isEqualTo(AotCache.Mode.USE);
        AotCache.Plan otherJdk = AotCache.plan(aot, "worker", jdk("25.0.2"), a.toString(), OPTIONS);
        assertThat(otherJdk.mode()).as("another JDK").isEqualTo(AotCache.Mode.TRAIN);
        assertThat(newer).doesNotExist();
        Path third = written(otherJdk);
        AotCache.Plan otherOptions =
                AotCache.plan(aot, "worker", jdk("25.0.2"), a.toString(), List.of("-XX:+UseParallelGC"));
        assertThat(otherOptions.mode()).as("other JVM options").isEqualTo(AotCache.Mode.TRAIN);
        assertThat(third).doesNotExist();
    }

    @Test
    void aTrainingMarkerLeftByARunThatDiedNoLongerHoldsTheCacheOffAfterHalfAnHour() throws IOException {
        Path aot = dir.resolve("aot");
        Path java = jdk("25.0.1");
        String cp = jar("a.jar").toString();
        assertThat(AotCache.plan(aot, "worker", java, cp, OPTIONS).mode()).isEqualTo(AotCache.Mode.TRAIN);
        Path marker;
        try (var files = Files.list(aot)) {
            marker = files.filter(p -> p.toString().endsWith(".training"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.setLastModifiedTime(
                marker, FileTime.from(Instant.now().minus(AotCache.STALE_MARKER).minus(Duration.ofMinutes(1))));
        assertThat(AotCache.plan(aot, "worker", java, cp, OPTIONS).mode()).isEqualTo(AotCache.Mode.TRAIN);
    }

    /** The cache of the first plan for these, written as its training JVM would. */
    private static Path trained(Path aot, Path java, String cp, List<String> options) throws IOException {
        return written(AotCache.plan(aot, "worker", java, cp, options));
    }

    /** The cache a TRAIN plan names, written as its JVM would. */
    private static Path written(AotCache.Plan plan) throws IOException {
        assertThat(plan.mode()).isEqualTo(AotCache.Mode.TRAIN);
        Path cache = Path.of(plan.jvmOptions().get(0).substring("-XX:AOTCacheOutput=".length()));
        Files.write(cache, new byte[] {1});
        return cache;
    }

    /**
     * On this JDK, when it is 25 or newer: the plan's options really train a cache that the next JVM starts from
     * ({@code -XX:AOTMode=on} makes a cache it cannot use an error), and a program's stdout carries only its own
     * output through training.
     */
    @Test
    void onARealJdk25TheTrainedCacheIsOneTheNextJvmCanStartFrom() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assumeTrue(
                AotCache.jdkRelease(java).map(AotCache::featureVersion).orElse(0) >= AotCache.FIRST_JDK,
                "the JDK running the tests is older than 25: no AOT cache to check");
        Path jar = dir.resolve("launcher.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out)) {
            Path classes = Path.of(AotCache.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            for (String name : List.of("AotCache", "AotCache$Mode", "AotCache$Plan", "IndexerLaunch")) {
                String entry = "org/hrcsearch/launcher/" + name + ".class";
                j.putNextEntry(new JarEntry(entry));
                j.write(Files.readAllBytes(classes.resolve(entry)));
                j.closeEntry();
            }
            for (String res : List.of("batch-jvm.options", "indexer.properties")) {
                String entry = "org/hrcsearch/launcher/" + res;
                j.putNextEntry(new JarEntry(entry));
                j.write(Files.readAllBytes(classes.resolve(entry)));
                j.closeEntry();
            }
        }
        Path aot = dir.resolve("aot");
        AotCache.Plan train = AotCache.plan(aot, "probe", java, jar.toString(), List.of());
        assertThat(train.mode()).isEqualTo(AotCache.Mode.TRAIN);
        assertThat(run(java, train.jvmOptions(), jar))
                .as("stdout of the training run")
                .isEqualTo("\n");

        AotCache.Plan use = AotCache.plan(aot, "probe", java, jar.toString(), List.of());
        assertThat(use.mode()).as("after training").isEqualTo(AotCache.Mode.USE);
        List<String> strict = new ArrayList<>(use.jvmOptions());
        strict.add("-XX:AOTMode=on");
        assertThat(run(java, strict, jar)).isEqualTo("\n");
    }

    /**
     * Runs {@link AotCache#main} with {@code options}; started from no repository, the plan it prints is none: one
     * empty line.
     */
    private String run(Path java, List<String> options, Path jar) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", jar.toString(), AotCache.class.getName(), "probe", java.toString(), jar.toString()));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("exits").isTrue();
        assertThat(p.exitValue()).as("exit code; stdout: " + out).isZero();
        return out;
    }
}
