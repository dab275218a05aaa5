package org.hrcsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP load generator {@code wrk} (Debian package {@code wrk}), run on loopback with the benchmark's Lua
 * script ({@code load/mix.lua}, a resource of this module): it sends a list of request paths over a number of
 * keep-alive connections and prints its figures as one {@code HRC-RESULT {...}} line, read into a {@link Result}.
 */
final class Wrk {

    /** How long wrk waits for one answer before it counts a timeout: long, so that queueing shows as latency. */
    static final String TIMEOUT = "10s";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULT_PREFIX = "HRC-RESULT ";

    /**
     * The figures of one wrk run.
     *
     * @param non2xx answers that were not 2xx or 3xx, as wrk counts them
     * @param shed 503 answers; {@code shedWithoutRetryAfter} of them had no {@code Retry-After} header
     */
    record Result(
            long requests,
            double seconds,
            long connectErrors,
            long readErrors,
            long writeErrors,
            long timeouts,
            long non2xx,
            double p50Millis,
            double p90Millis,
            double p99Millis,
            double maxMillis,
            long ok,
            long clientErrors,
            long shed,
            long shedWithoutRetryAfter,
            long serverErrors,
            long other) {

        double requestsPerSecond() {
            return seconds > 0 ? requests / seconds : 0;
        }

        /** Connections refused or broken, and answers that never came. */
        long socketErrors() {
            return connectErrors + readErrors + writeErrors + timeouts;
        }
    }

    private final Path work;
    private final Path script;
    private final AtomicInteger files = new AtomicInteger();

    /** Writes the Lua script into {@code work}; fails with what to install when wrk is missing. */
    Wrk(Path work) throws IOException {
        requireInstalled();
        this.work = work;
        this.script = work.resolve("mix.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("/load/mix.lua")) {
            if (in == null) {
                throw new IllegalStateException("load/mix.lua is missing from the bench module's resources");
            }
            Files.write(script, in.readAllBytes());
        }
    }

    /** Fails with what to do when {@code wrk} is not on the PATH. */
    static void requireInstalled() {
        try {
            Process p = new ProcessBuilder("wrk", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed (the load tests run it): apt-get install wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for wrk", e);
        }
    }

    /** Runs {@code paths} against {@code base} over {@code connections} connections for {@code seconds}. */
    Result run(String base, List<String> paths, int connections, double seconds)
            throws IOException, InterruptedException {
        return start(base, paths, connections, seconds).await();
    }

    /** Starts a run of at most {@code maxSeconds}; {@link Running#stop()} ends it sooner. */
    Running start(String base, List<String> paths, int connections, double maxSeconds) throws IOException {
        int n = files.incrementAndGet();
        Path pathsFile = work.resolve("paths-" + n + ".txt");
        Files.write(pathsFile, paths, StandardCharsets.UTF_8);
        Path output = work.resolve("wrk-" + n + ".out");
        List<String> command = List.of(
                "wrk",
                "-t",
                Integer.toString(Math.min(2, connections)),
                "-c",
                Integer.toString(connections),
                "-d",
                Math.max(1, Math.round(maxSeconds)) + "s",
                "--latency",
                "--timeout",
                TIMEOUT,
                "-s",
                script.toString(),
                base,
                "--",
                pathsFile.toString());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new Running(p, output);
    }

    /** A wrk run going on. */
    static final class Running {
        private final Process process;
        private final Path output;

        private Running(Process process, Path output) {
            this.process = process;
            this.output = output;
        }

        /** Waits for the run to end by itself; its figures. */
        Result await() throws IOException, InterruptedException {
            int exit = process.waitFor();
            String text = Files.readString(output);
            if (exit != 0) {
                throw new IOException("wrk exited with " + exit + ":\n" + text);
            }
            return parse(text);
        }

        /** Ends the run now (SIGINT, on which wrk stops and reports as at its end); its figures. */
        Result stop() throws IOException, InterruptedException {
            if (process.isAlive()) {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                        .inheritIO()
                        .start()
                        .waitFor();
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("wrk did not stop on SIGINT");
            }
            return parse(Files.readString(output));
        }
    }

    /** Reads the {@code HRC-RESULT} line out of wrk's output. */
    static Result parse(String output) throws IOException {
        String line = output.lines()
                .filter(l -> l.startsWith(RESULT_PREFIX))
                .findFirst()
                .orElseThrow(() -> new IOException("wrk printed no " + RESULT_PREFIX.strip() + " line:\n" + output));
        JsonNode r = JSON.readTree(line.substring(RESULT_PREFIX.length()));
        return new Result(
                r.get("requests").asLong(),
                r.get("duration_us").asLong() / 1e6,
                r.get("connect_errors").asLong(),
                r.get("read_errors").asLong(),
                r.get("write_errors").asLong(),
                r.get("timeouts").asLong(),
                r.get("non_2xx").asLong(),
                millis(r, "p50_us"),
                millis(r, "p90_us"),
                millis(r, "p99_us"),
                millis(r, "max_us"),
                r.get("ok").asLong(),
                r.get("client_errors").asLong(),
                r.get("shed").asLong(),
                r.get("shed_without_retry_after").asLong(),
                r.get("server_errors").asLong(),
                r.get("other").asLong());
    }

    private static double millis(JsonNode r, String microsField) {
        return r.get(microsField).asDouble() / 1000.0;
    }
}
