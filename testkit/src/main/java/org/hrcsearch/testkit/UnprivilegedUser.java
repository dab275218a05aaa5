package org.hrcsearch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a child JVM as a user whom permission bits bind, so that "permission denied" is tested as a user meets it,
 * also when the tests run as root (as CI does; root reads and writes whatever the mode says): as root, the child runs
 * as {@code nobody} (uid and gid 65534) through {@code setpriv --reuid=65534 --regid=65534 --clear-groups}, on a
 * copy of the class path it may read; as any other user, it runs as that user, whom the bits bind anyway. E.g.
 * {@code UnprivilegedUser.detect().start(IndexCommand.class, classPathCopy, log, "corpus", "--index", "index")}.
 */
public final class UnprivilegedUser {

    /** The user and group the child runs as when the tests run as root: {@code nobody}. */
    public static final int NOBODY = 65534;

    private final boolean switching;

    private UnprivilegedUser(boolean switching) {
        this.switching = switching;
    }

    /**
     * The user this machine lets the tests run children as: {@code nobody} when running as root, the current user
     * otherwise.
     *
     * @throws IllegalStateException as root, when {@code setpriv} cannot switch to {@code nobody} (the permission
     *     cases could not be tested; the message says what to install)
     */
    public static UnprivilegedUser detect() {
        if (!isRoot()) {
            return new UnprivilegedUser(false);
        }
        if (!setprivWorks()) {
            throw new IllegalStateException("the tests run as root and 'setpriv --reuid=" + NOBODY
                    + "' fails: install util-linux's setpriv (and allow setuid) so that permission cases can be run"
                    + " as an unprivileged user, or run the tests as a user other than root");
        }
        return new UnprivilegedUser(true);
    }

    /** Whether children run as {@code nobody} (the tests run as root) rather than as the current user. */
    public boolean switching() {
        return switching;
    }

    /** Who the children run as, for a test's log line. */
    public String describe() {
        return switching ? "nobody (uid " + NOBODY + ", via setpriv; the tests run as root)" : "the current user";
    }

    /**
     * A class path the child may read: this JVM's own when the child runs as the current user, else a copy of each of its entries (jars and class folders) under {@code folder}, readable by everyone.
     */
    public String classPath(Path folder) throws IOException {
        String own = System.getProperty("java.class.path");
        if (!switching) {
            return own;
        }
        readableByAll(Files.createDirectories(folder));
        List<String> copies = new ArrayList<>();
        int i = 0;
        for (String entry : own.split(java.io.File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = folder.resolve(i++ + "-" + from.getFileName());
            copyReadable(from, to);
            copies.add(to.toString());
        }
        return String.join(java.io.File.pathSeparator, copies);
    }

    /** Makes {@code path} (a file or folder made by the test) belong to the child's user, so that it may write it. */
    public void own(Path path) throws IOException {
        if (!switching) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.toList()) {
                Files.setAttribute(p, "unix:uid", NOBODY, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", NOBODY, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** Opens {@code folder} and each folder above it up to the root for everyone to pass through (not to list). */
    public void reachable(Path folder) throws IOException {
        if (!switching) {
            return;
        }
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            var perms = Files.getPosixFilePermissions(p);
            // only where it is missing: setting the bits again would clear a sticky bit (/tmp) they do not show
            if (perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    /**
     * Starts {@code main} in a JVM of its own as this user, on {@code classPath} (from {@link #classPath}), its output
     * and errors together in {@code log}.
     */
    public Process start(Class<?> main, String classPath, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (switching) {
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--reset-env"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", classPath, main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static boolean setprivWorks() {
        try {
            Process p = new ProcessBuilder(
                            "setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void copyReadable(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                    readableByAll(target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void readableByAll(Path p) throws IOException {
        Files.setPosixFilePermissions(
                p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
    }
}
