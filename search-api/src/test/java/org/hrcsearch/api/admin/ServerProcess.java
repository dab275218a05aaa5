package org.hrcsearch.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hrcsearch.api.ServeCommand;

/**
 * {@code hrc serve} in its own JVM, as a user runs it, for tests that signal or kill the server: it reindexes
 * with {@link SlowIndexer}, and answers on a free loopback port.
 */
final class ServerProcess implements AutoCloseable {

    static final String TOKEN = "durability-admin-token-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Process process;
    final Path log;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The java command that runs {@code main} on this test's class path. */
    static List<String> java(Class<?> main, String heap) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName());
    }

    /** Starts a server on {@code index} with {@code corpus} to reindex, and waits until it answers. */
    static ServerProcess start(Path index, Path corpus, Path log) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(java(ServeCommand.class, "256m"));
        cmd.addAll(List.of(
                "--index",
                index.toString(),
                "--port",
                Integer.toString(port),
                "--corpus",
                corpus.toString(),
                "--indexer-command",
                String.join(" ", java(SlowIndexer.class, "256m"))));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HRC_ADMIN_TOKEN", TOKEN);
        ServerProcess server = new ServerProcess(pb.start(), log, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            assertThat(server.process.isAlive())
                    .as("the server died: %s", server.output())
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("the server never answered: %s", server.output())
                    .isLessThan(deadline);
            try {
                server.get("/health");
                return server;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    record Reply(int status, JsonNode body) {}

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + TOKEN)
                .GET());
    }

    Reply post(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r =
                http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), JSON.readTree(r.body()));
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
