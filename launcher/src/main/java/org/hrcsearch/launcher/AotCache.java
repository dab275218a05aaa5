package org.hrcsearch.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK 25 ahead-of-time cache of a batch JVM (the indexer, its extraction workers): the classes those JVMs load,
 * already parsed and linked, and the profiles of their hot methods, kept in {@code <repo>/target/aot/}. The first
 * run on a JDK and class path is the training run ({@code -XX:AOTCacheOutput}: the JVM writes the cache as it exits);
 * later runs start from it ({@code -XX:AOTCache}). A cache is kept per role, JDK and class path (the jars' names,
 * sizes and times) and JVM options: when any of them changes, the key changes and the next run trains anew, and the
 * stale caches of that role are removed then.
 *
 * <p>It is off, and the JVM runs as it always did, when: the JDK is older than 25; the class path holds anything but
 * jar files (a build's {@code target/classes}, as under the tests: the JVM cannot cache classes from folders); the
 * program was not started from a repository ({@code ./hrc} says so with {@value IndexerLaunch#REPO_ROOT_PROPERTY});
 * or {@code HRC_AOT=off}. Two JVMs never train the same cache: the first takes a marker file, and the others run
 * without a cache meanwhile.
 */
public final class AotCache {
    private AotCache() {}

    /** The environment variable that turns the cache off: {@code HRC_AOT=off}. */
    public static final String SWITCH_ENV = "HRC_AOT";

    /** The first JDK with {@code -XX:AOTCacheOutput} (JEP 514). */
    static final int FIRST_JDK = 25;

    /** A training marker older than this was left by a run that died: it no longer holds anyone off. */
    static final Duration STALE_MARKER = Duration.ofMinutes(30);

    private static final String CACHE_SUFFIX = ".aot";
    private static final String MARKER_SUFFIX = ".training";
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    /** What a JVM about to start does with its cache. */
    public enum Mode {
        /** No cache: an old JDK, folders on the class path, switched off, or another JVM is training it. */
        OFF,
        /** Starts from the cache. */
        USE,
        /** Trains the cache: the JVM writes it as it exits, which takes some seconds more than a plain exit. */
        TRAIN
    }

    /** The options that give a JVM its cache, e.g. {@code [-XX:AOTCache=target/aot/worker-1f2e....aot]}. */
    public record Plan(Mode mode, List<String> jvmOptions) {
        public Plan {
            jvmOptions = List.copyOf(jvmOptions);
        }

        static final Plan OFF = new Plan(Mode.OFF, List.of());
    }

    /**
     * The cache plan of a JVM of {@code role} (e.g. {@code worker}) started with {@code java} on {@code classPath}
     * and {@code jvmOptions}, kept in the repository this program was started from.
     */
    public static Plan plan(String role, Path java, String classPath, List<String> jvmOptions) {
        if ("off".equalsIgnoreCase(String.valueOf(System.getenv(SWITCH_ENV)))) {
            return Plan.OFF;
        }
        return IndexerLaunch.repoRoot()
                .map(root -> plan(root.resolve("target").resolve("aot"), role, java, classPath, jvmOptions))
                .orElse(Plan.OFF);
    }

    /** {@link #plan(String, Path, String, List)} with the caches in {@code folder}. */
    static Plan plan(Path folder, String role, Path java, String classPath, List<String> jvmOptions) {
        Optional<String> jdk = jdkRelease(java);
        if (jdk.isEmpty() || featureVersion(jdk.get()) < FIRST_JDK) {
            return Plan.OFF;
        }
        Optional<String> jars = jarsStamp(classPath);
        if (jars.isEmpty()) {
            return Plan.OFF;
        }
        String key = key(jdk.get(), java.toString(), jars.get(), String.join(" ", jvmOptions));
        Path cache = folder.resolve(role + "-" + key + CACHE_SUFFIX);
        try {
            Path marker = folder.resolve(role + "-" + key + MARKER_SUFFIX);
            if (Files.isRegularFile(cache) && Files.size(cache) > 0) {
                Files.deleteIfExists(marker); // its training is over
                return new Plan(Mode.USE, List.of("-XX:AOTCache=" + cache));
            }
            Files.createDirectories(folder);
            if (!takeMarker(marker)) {
                return Plan.OFF;
            }
            removeStale(folder, role, cache);
            // The JVM says on stdout that it writes the cache, and it cannot be silenced: to stderr, never into the
            // program's own output (a worker's answers, the indexer's report).
            return new Plan(Mode.TRAIN, List.of("-XX:AOTCacheOutput=" + cache, "-XX:+DisplayVMOutputToStderr"));
        } catch (IOException e) {
            return Plan.OFF; // a read-only repository, a full disk: run without a cache
        }
    }

    /** Takes the training marker, or says that another JVM holds it (and is not long dead). */
    private static boolean takeMarker(Path marker) throws IOException {
        try {
            Files.createFile(marker);
            return true;
        } catch (FileAlreadyExistsException e) {
            FileTime since;
            try {
                since = Files.getLastModifiedTime(marker);
            } catch (IOException gone) {
                return false;
            }
            if (since.toInstant().isAfter(Instant.now().minus(STALE_MARKER))) {
                return false;
            }
            Files.setLastModifiedTime(marker, FileTime.from(Instant.now()));
            return true;
        }
    }

    /** Removes the other caches (and markers) of {@code role}: they were made for another JDK or class path. */
    private static void removeStale(Path folder, String role, Path keep) throws IOException {
        String keepMarker = keep.getFileName().toString().replace(CACHE_SUFFIX, MARKER_SUFFIX);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                boolean ours =
                        name.startsWith(role + "-") && (name.endsWith(CACHE_SUFFIX) || name.endsWith(MARKER_SUFFIX));
                if (ours && !p.equals(keep) && !name.equals(keepMarker)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The JDK's {@code release} file beside {@code bin/java}, which says its version and build. */
    static Optional<String> jdkRelease(Path java) {
        Path home = java.toAbsolutePath().getParent() == null
                ? null
                : java.toAbsolutePath().getParent().getParent();
        if (home == null || !Files.isRegularFile(home.resolve("release"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The feature version a {@code release} file names, e.g. 25 for {@code JAVA_VERSION="25.0.1"}; 0 if none. */
    static int featureVersion(String release) {
        Matcher m = JAVA_VERSION.matcher(release);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Each jar of the class path with its size and time; empty when any entry is not a jar file. */
    static Optional<String> jarsStamp(String classPath) {
        List<String> stamps = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path jar = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            try {
                stamps.add(jar.toAbsolutePath() + ":" + Files.size(jar) + ":"
                        + Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return stamps.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", stamps));
    }

    private static String key(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Prints the cache options of a JVM on one line, for {@code ./hrc}: {@code AotCache <role> <java> <class path>
     * [jvm options...]}; nothing when there is none.
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: AotCache <role> <java> <class path> [jvm options...]");
            System.exit(2);
        }
        List<String> options = List.of(args).subList(3, args.length);
        Plan plan = plan(args[0], Path.of(args[1]), args[2], options);
        if (plan.mode() == Mode.TRAIN) {
            System.err.println("hrc: this first run after a build also writes the " + args[0]
                    + "'s start-up cache (JDK 25 AOT, in target/aot; HRC_AOT=off to do without); the JVM says when");
        }
        System.out.println(String.join(" ", plan.jvmOptions()));
    }
}
