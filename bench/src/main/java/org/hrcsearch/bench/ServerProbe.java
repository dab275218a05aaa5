package org.hrcsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hrcsearch.api.admin.ReindexStatus;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.index.RunSummary;

/**
 * What the load tests ask the server beside the load: its health and heap, a canary search polled every 100 ms,
 * and a full reindex through the admin route, followed until its commit is served.
 */
final class ServerProbe {

    /** A phrase every version of the corpus has: during a reindex its search must never find nothing. */
    static final String CANARY_PATH = "/api/search?q=%22human+rights%22&size=1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper API_JSON = SearchApp.objectMapper();

    private final String base;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    ServerProbe(String base, String adminToken) {
        this.base = base;
        this.adminToken = adminToken;
    }

    private HttpResponse<String> get(String path, boolean admin) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (admin) {
            b.header("Authorization", "Bearer " + adminToken);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET /health}. */
    JsonNode health() throws IOException, InterruptedException {
        return JSON.readTree(get("/health", false).body());
    }

    /** The heap in use now, in megabytes, from {@code /metrics}. */
    double heapUsedMegabytes() throws IOException, InterruptedException {
        double bytes = get("/metrics", false)
                .body()
                .lines()
                .filter(l -> l.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
        return bytes / (1024.0 * 1024.0);
    }

    /**
     * Waits (at most 60 s) until the server runs and queues no search: a wrk run that ends leaves its last requests
     * in the server, which the next run's connections would find ahead of them. Returns the seconds waited.
     */
    double awaitIdle() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long end = t0 + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            List<String> lines = get("/metrics", false).body().lines().toList();
            if (gauge(lines, "hrc_load_in_flight") == 0 && gauge(lines, "hrc_load_queued") == 0) {
                break;
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Requests shed since the server started, from {@code /metrics}. */
    double shedSoFar() throws IOException, InterruptedException {
        return get("/metrics", false)
                .body()
                .lines()
                .filter(l -> l.startsWith("hrc_load_shed_total{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static double gauge(List<String> lines, String name) {
        return lines.stream()
                .filter(l -> l.startsWith(name + " "))
                .findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElse(Double.NaN);
    }

    /** The canary's polls: how many, how many found nothing, how many failed (not 200, or no answer). */
    static final class Canary implements AutoCloseable {
        final AtomicLong polls = new AtomicLong();
        final AtomicLong empty = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        volatile String firstProblem = "";
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Thread thread;

        private Canary(ServerProbe probe) {
            thread = Thread.ofPlatform().name("bench-canary").daemon().start(() -> {
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = probe.get(CANARY_PATH, false);
                        if (r.statusCode() != 200) {
                            problem(failed, "status " + r.statusCode() + ": " + r.body());
                        } else if (JSON.readTree(r.body()).path("total").asLong() == 0) {
                            problem(empty, "0 hits");
                        }
                    } catch (IOException e) {
                        problem(failed, e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                    polls.incrementAndGet();
                    long sleep = 100 - (System.nanoTime() - t0) / 1_000_000;
                    if (sleep > 0) {
                        try {
                            Thread.sleep(sleep);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
        }

        private void problem(AtomicLong counter, String what) {
            if (counter.getAndIncrement() == 0 && firstProblem.isEmpty()) {
                firstProblem = what;
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop.set(true);
            thread.join(30_000);
        }
    }

    /** Starts polling the canary search every 100 ms until closed. */
    Canary canary() {
        return new Canary(this);
    }

    /**
     * A reindex started through the admin route and followed to its end.
     *
     * @param state the run's end as the indexer wrote it, e.g. {@code committed}
     * @param documents documents in the index after the run
     * @param served whether {@code /health} then showed the new commit with that many documents
     */
    record Reindex(String state, long documents, boolean served, double seconds, String message) {
        /** Whether the run committed (then {@link #served} says whether the server showed it). */
        boolean committed() {
            return RunState.COMMITTED.key().equals(state);
        }
    }

    /** {@code POST /api/admin/reindex?full=true}, then waits until its commit is served (at most 20 min). */
    Reindex fullReindex() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String commitBefore = health().path("last_commit").asText();
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex?full=true"))
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> started = http.send(post, HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            return new Reindex("not_started", -1, false, 0, started.statusCode() + " " + started.body());
        }
        long end = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        ReindexStatus status = reindexStatus();
        while (status.running() && System.nanoTime() < end) {
            Thread.sleep(500);
            status = reindexStatus();
        }
        Optional<RunSummary> last = Optional.ofNullable(status.lastRun());
        String state = last.map(r -> r.state().key()).orElse("unknown");
        long documents = last.map(RunSummary::documents).map(Integer::longValue).orElse(-1L);
        boolean served = false;
        long serveEnd = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!served
                && last.map(r -> r.state() == RunState.COMMITTED).orElse(false)
                && System.nanoTime() < serveEnd) {
            JsonNode h = health();
            served = !Objects.equals(h.path("last_commit").asText(), commitBefore)
                    && h.path("documents").asLong() == documents;
            if (!served) {
                Thread.sleep(100);
            }
        }
        return new Reindex(
                state,
                documents,
                served,
                (System.nanoTime() - t0) / 1e9,
                last.map(RunSummary::message).orElse(""));
    }

    /** {@code GET /api/admin/reindex}, read as the server writes it. */
    private ReindexStatus reindexStatus() throws IOException, InterruptedException {
        return API_JSON.readValue(get("/api/admin/reindex", true).body(), ReindexStatus.class);
    }
}
