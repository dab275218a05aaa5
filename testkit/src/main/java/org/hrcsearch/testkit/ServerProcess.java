package org.hrcsearch.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code hrc serve} in a JVM of its own on loopback, as a user runs it: for tests that signal or kill the server,
 * and for benchmarks that measure its memory and CPU on their own (from {@code /proc/<pid>}). E.g.
 * {@code ServerProcess.serving(ServeCommand.class, index).jvmOptions(List.of("-Xmx256m")).log(log).start()}. The
 * main class is passed in, since this module depends on none of the project's.
 */
public final class ServerProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;
    private final Optional<String> adminToken;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, Path log, int port, Optional<String> adminToken) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.adminToken = adminToken;
    }

    /** A server of {@code index} run by {@code main} (the server's command, {@code ServeCommand}), to set up. */
    public static Launch serving(Class<?> main, Path index) {
        return new Launch(main, index);
    }

    /** How a server is started; {@link #start()} starts it and waits until {@code /health} answers 200. */
    public static final class Launch {
        private final Class<?> main;
        private final Path index;
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> environment = new HashMap<>();
        private Optional<String> adminToken = Optional.empty();
        private int port;
        private Path log;

        private Launch(Class<?> main, Path index) {
            this.main = main;
            this.index = index;
        }

        /** The server JVM's options, e.g. {@code -Xmx256m -XX:+UseSerialGC}. */
        public Launch jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        /** More options of {@code hrc serve}, e.g. {@code --max-concurrent 1}. */
        public Launch args(List<String> serveArgs) {
            args.addAll(serveArgs);
            return this;
        }

        /** The admin token ({@code HRC_ADMIN_TOKEN}); {@link #get} and {@link #post} then send it. */
        public Launch adminToken(String token) {
            adminToken = Optional.of(token);
            environment.put("HRC_ADMIN_TOKEN", token);
            return this;
        }

        /** The loopback port (default: a free one). */
        public Launch port(int value) {
            port = value;
            return this;
        }

        /** Where the server's output goes (required). */
        public Launch log(Path file) {
            log = file;
            return this;
        }

        public ServerProcess start() throws IOException, InterruptedException {
            if (log == null) {
                throw new IllegalStateException("a server process needs a log file");
            }
            int p = port > 0 ? port : freePort();
            List<String> serve = new ArrayList<>(
                    List.of("--index", index.toString(), "--port", Integer.toString(p), "--host", "127.0.0.1"));
            serve.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(
                            ChildJvm.command(main, jvmOptions, serve.toArray(String[]::new)))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            ServerProcess server = new ServerProcess(builder.start(), log, p, adminToken);
            server.awaitHealthy();
            return server;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        long end = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (get("/health").status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IOException(
                "the server did not answer /health within " + START_LIMIT.toSeconds() + " s:\n" + output());
    }

    /** E.g. {@code http://127.0.0.1:7201}. */
    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The server's process, for a test that signals or kills it. */
    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** What the server has written so far. */
    public String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** One answer: its status and JSON body. */
    public record Reply(int status, JsonNode body) {}

    /** {@code GET path}, with the admin token if there is one. */
    public Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** {@code POST path} without a body, with the admin token if there is one. */
    public Reply post(String path) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
        adminToken.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return b;
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r =
                http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), JSON.readTree(r.body()));
    }

    /** A line of {@code /proc/<pid>/status} in megabytes, e.g. {@code VmRSS} (now) or {@code VmHWM} (peak). */
    public double statusMegabytes(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0; // the value is in kB
            }
        }
        return Double.NaN;
    }

    /**
     * The CPU time the server has used so far, user and system, in seconds: fields 14 and 15 of
     * {@code /proc/<pid>/stat}, in clock ticks of 1/100 s (the value of {@code getconf CLK_TCK} on Linux).
     */
    public double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // the name may hold spaces
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime: fields 14, 15
    }

    /** Open file descriptors of the server, from {@code /proc/<pid>/fd}. */
    public long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
            return fds.count();
        }
    }

    /** Processes the server started that are still alive (indexers, their extraction workers). */
    public long childProcesses() {
        return process.descendants().filter(ProcessHandle::isAlive).count();
    }

    /**
     * Stops the server as {@code docker stop} would: SIGTERM, up to 10 s to finish, then SIGKILL; and kills what it
     * started (an indexer, its workers) if they outlive it.
     */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
