package org.hrcsearch.bench;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hrcsearch.api.ServeCommand;
import org.hrcsearch.launcher.IndexerLaunch;

/**
 * The server under test, run as {@code hrc serve} in a child JVM on loopback with a fixed heap, so that its
 * memory is measured on its own: the resident set size from {@code /proc/<pid>/status}.
 */
final class ServerProcess implements Closeable {

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code ServeCommand} on {@code 127.0.0.1:port} with {@code jvmOptions}; waits until it answers. */
    static ServerProcess start(Path index, int port, List<String> jvmOptions, Path log)
            throws IOException, InterruptedException {
        return start(index, port, jvmOptions, List.of(), Map.of(), log);
    }

    /**
     * Starts {@code ServeCommand} on {@code 127.0.0.1:port} with {@code jvmOptions}, more {@code serveArgs} (e.g.
     * {@code --max-concurrent 1}) and more environment variables (e.g. {@code HRC_ADMIN_TOKEN}); waits until it
     * answers.
     */
    static ServerProcess start(
            Path index,
            int port,
            List<String> jvmOptions,
            List<String> serveArgs,
            Map<String, String> environment,
            Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                ServeCommand.class.getName(),
                "--index",
                index.toString(),
                "--port",
                Integer.toString(port),
                "--host",
                "127.0.0.1"));
        command.addAll(serveArgs);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        ServerProcess server = new ServerProcess(p, port);
        server.awaitHealthy(Duration.ofSeconds(60), log);
        return server;
    }

    /**
     * The indexer as this JVM can start it (its class path holds the indexer), as a server started by {@code ./hrc}
     * starts it: for {@code --indexer-command}.
     */
    static String indexerCommand() {
        return String.join(" ", IndexerLaunch.command(System.getProperty("java.class.path")));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitHealthy(Duration limit, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IOException("the server did not answer /health within " + limit.toSeconds() + " s");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** A line of {@code /proc/<pid>/status} in megabytes, e.g. {@code VmRSS} (now) or {@code VmHWM} (peak). */
    double statusMegabytes(String key) throws IOException {
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
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // the name may hold spaces
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime: fields 14, 15
    }

    /** Open file descriptors of the server, from {@code /proc/<pid>/fd}. */
    long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
            return fds.count();
        }
    }

    /** Processes the server started that are still alive (indexers, their extraction workers). */
    long childProcesses() {
        return process.descendants().filter(ProcessHandle::isAlive).count();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
