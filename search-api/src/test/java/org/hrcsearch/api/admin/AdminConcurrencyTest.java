package org.hrcsearch.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.api.ServeCommand;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.testkit.ChildJvm;
import org.hrcsearch.testkit.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server and its reindex runs under concurrency and stops (RELIABILITY.md 4.5 C1, C3, C4, and 4.3 D2): one run
 * at a time whoever asks, a stopped or killed server never leaves an indexer or a worker behind, and the index
 * keeps its last commit through all of it. The servers here are real processes ({@link ServerProcess}).
 */
class AdminConcurrencyTest {

    private static final String TOKEN = "durability-admin-token-for-tests";

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();

    /** {@code hrc serve} over the index with {@code corpus} to reindex, reindexing with {@link SlowIndexer}. */
    private ServerProcess server(Path corpus, Path log, String... indexerArgs) throws Exception {
        return ServerProcess.serving(ServeCommand.class, index())
                .jvmOptions(List.of("-Xmx256m", "-XX:+UseSerialGC"))
                .args(List.of(
                        "--corpus", corpus.toString(), "--indexer-command", String.join(" ", slowIndexer(indexerArgs))))
                .adminToken(TOKEN)
                .log(log)
                .start();
    }

    private static List<String> slowIndexer(String... args) {
        return ChildJvm.command(SlowIndexer.class, List.of("-Xmx256m", "-XX:+UseSerialGC"), args);
    }

    // ---- C1 ----

    @Test
    void C1_tenConcurrentReindexRequestsStartExactlyOneRunAndTheOthersGet409WithIt() throws Exception {
        Path index = Files.createDirectories(tmp.resolve("index"));
        try (ApiServices services = TestIndex.services(TestIndex.standard());
                ReindexService reindex =
                        new ReindexService(Optional.of(List.of("/bin/sh", "-c", "sleep 5")), List.of(tmp), index)) {
            JavalinTest.test(
                    SearchApp.create(
                            services,
                            new SearchApp.Options(
                                    List.of(), Optional.of(new AdminController(reindex, Optional.of(TOKEN))))),
                    (server, client) -> {
                        ExecutorService pool = Executors.newFixedThreadPool(10);
                        CountDownLatch go = new CountDownLatch(1);
                        List<Future<Response>> calls = new ArrayList<>();
                        for (int i = 0; i < 10; i++) {
                            calls.add(pool.submit(() -> {
                                go.await();
                                return client.post(
                                        "/api/admin/reindex", "", r -> r.header("Authorization", "Bearer " + TOKEN));
                            }));
                        }
                        go.countDown();
                        List<Integer> codes = new ArrayList<>();
                        List<JsonNode> bodies = new ArrayList<>();
                        for (Future<Response> f : calls) {
                            Response r = f.get(60, TimeUnit.SECONDS);
                            codes.add(r.code());
                            bodies.add(json.readTree(r.body().string()));
                        }
                        pool.shutdown();
                        assertThat(codes).as(bodies.toString()).containsOnly(202, 409);
                        assertThat(codes.stream().filter(c -> c == 202).count())
                                .as("runs started")
                                .isEqualTo(1);
                        long pid = bodies.get(codes.indexOf(202)).get("pid").asLong();
                        for (int i = 0; i < codes.size(); i++) {
                            if (codes.get(i) == 409) {
                                assertThat(bodies.get(i).at("/error/code").asText())
                                        .isEqualTo("reindex_running");
                                assertThat(bodies.get(i).at("/error/message").asText())
                                        .contains("pid " + pid);
                            }
                        }
                    });
        }
    }

    // ---- fixtures for the process tests ----

    /** A corpus of three letters, indexed and committed; returns the corpus folder (the index is tmp/index). */
    private Path committedCorpus() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(corpus.resolve("letter" + i + ".txt"), "Joint letter number " + i + " about reprisals.");
        }
        new IndexRun(new HrcSchema(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(new IndexRun.Options(List.of(corpus), index(), 1).withProgress(ProgressDisplay.Mode.NONE));
        assertThat(documents(index())).isEqualTo(3);
        return corpus;
    }

    private Path index() {
        return tmp.resolve("index");
    }

    private static int documents(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    private static void assertCheckIndexClean(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                CheckIndex check = new CheckIndex(dir)) {
            check.setInfoStream(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(check.checkIndex().clean).as("CheckIndex").isTrue();
        }
    }

    private static void waitUntil(String what, long seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Starts a reindex through the server and waits until its indexer has a worker parsing the hanging file. */
    private static ProcessHandle startReindexAndWaitForItsWorker(ServerProcess server, Path index) throws Exception {
        ServerProcess.Reply started = server.post("/api/admin/reindex");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        ProcessHandle indexer =
                ProcessHandle.of(started.body().get("pid").asLong()).orElseThrow();
        Path progress = index.resolve("reports/progress.json");
        waitUntil("the indexer's worker to parse", 90, () -> {
            try {
                return indexer.descendants().findAny().isPresent()
                        && Files.exists(progress)
                        && Files.readString(progress).contains("\"phase\":\"extracting\"");
            } catch (IOException e) {
                return false;
            }
        });
        return indexer;
    }

    private static void assertTheLockIsFree(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setCommitOnClose(false))) {
            writer.rollback();
        }
    }

    // ---- C3 ----

    @Test
    void C3_sigtermDuringAReindexStopsTheIndexerAndItsWorkersKeepsTheLastCommitAndExitsZero() throws Exception {
        Path corpus = committedCorpus();
        Files.writeString(corpus.resolve("hang0.txt"), "A report whose parse never ends.");
        try (ServerProcess server = server(corpus, tmp.resolve("server.log"))) {
            ProcessHandle indexer = startReindexAndWaitForItsWorker(server, index());
            List<ProcessHandle> workers = indexer.descendants().toList();
            long t0 = System.nanoTime();
            server.process().destroy(); // SIGTERM, as systemd or docker stop send it
            assertThat(server.process().waitFor(ReindexService.GRACE.toSeconds() + 20, TimeUnit.SECONDS))
                    .as("the server stopped within its grace period: %s", server.output())
                    .isTrue();
            System.out.printf("C3: the server exited %d s after SIGTERM%n", (System.nanoTime() - t0) / 1_000_000_000);
            assertThat(server.process().exitValue()).as(server.output()).isZero();
            assertThat(indexer.onExit().get(5, TimeUnit.SECONDS).isAlive())
                    .as("the indexer")
                    .isFalse();
            for (ProcessHandle w : workers) {
                assertThat(w.onExit().get(5, TimeUnit.SECONDS).isAlive())
                        .as("worker %d", w.pid())
                        .isFalse();
            }
        }
        assertThat(documents(index())).as("the last commit").isEqualTo(3);
        assertCheckIndexClean(index());
        assertTheLockIsFree(index());
        JsonNode lastRun =
                json.readTree(index().resolve("reports/last-run.json").toFile());
        assertThat(lastRun.get("state").asText()).isEqualTo("failed");
        assertThat(lastRun.get("reason").asText()).isEqualTo("interrupted");
    }

    // ---- C4 ----

    @Test
    void C4_aServerRestartedDuringAReindexStopsTheOrphanRunAndShowsItFailedInterrupted() throws Exception {
        Path corpus = committedCorpus();
        Files.writeString(corpus.resolve("hang0.txt"), "A report whose parse never ends.");
        ProcessHandle indexer;
        List<ProcessHandle> workers;
        try (ServerProcess first = server(corpus, tmp.resolve("first.log"))) {
            indexer = startReindexAndWaitForItsWorker(first, index());
            workers = indexer.descendants().toList();
            first.process().destroyForcibly(); // kill -9: the server cannot stop its child
            first.process().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(indexer.isAlive())
                .as("the orphan indexer outlives the killed server")
                .isTrue();
        try (ServerProcess second = server(corpus, tmp.resolve("second.log"))) {
            assertThat(indexer.onExit()
                            .get(ReindexService.GRACE.toSeconds() + 5, TimeUnit.SECONDS)
                            .isAlive())
                    .as("the orphan indexer, after the restart")
                    .isFalse();
            for (ProcessHandle w : workers) {
                assertThat(w.onExit().get(10, TimeUnit.SECONDS).isAlive())
                        .as("orphan worker %d", w.pid())
                        .isFalse();
            }
            ServerProcess.Reply status = second.get("/api/admin/reindex");
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.body().get("running").asBoolean())
                    .as(status.body().toString())
                    .isFalse();
            assertThat(status.body().at("/last_run/state").asText())
                    .as(status.body().toString())
                    .isEqualTo("failed");
            assertThat(status.body().at("/last_run/reason").asText()).isEqualTo("interrupted");
            assertThat(status.body().at("/last_run/message").asText())
                    .startsWith("interrupted: ")
                    .contains("pid " + indexer.pid());
            assertThat(second.get("/health").body().get("documents").asInt()).isEqualTo(3);
            assertTheLockIsFree(index());
        }
        assertCheckIndexClean(index());
    }

    // ---- D2 ----

    /**
     * D2 asks for a kill "during a swap". This design has no swap to interrupt: one index folder, one commit per run,
     * and the server only reads; Lucene's commit (segment files synced, then pending_segments_N renamed to
     * segments_N) is the only switch, and the indexer makes it. So the kill that can matter is the indexer's: the
     * reindex the server started is killed (-9) inside its commit (a slow disk holds it there; its phase file says
     * the commit began and never landed). The server, which watches its child, must go on serving the commit before
     * (the new documents are not found, the old ones are), report the run as failed, interrupted, and start the
     * next run on an index the kill did not break.
     */
    @Test
    void D2_theServersReindexKilledInItsCommitLeavesThePreviousCommitServedAndTheRunInterrupted() throws Exception {
        Path corpus = committedCorpus();
        for (int i = 0; i < 3; i++) {
            Files.writeString(corpus.resolve("new" + i + ".txt"), "A report with the canary phrase number " + i + ".");
        }
        Path phases = tmp.resolve("phases.txt");
        try (ServerProcess server = server(corpus, tmp.resolve("server.log"), "--commit-phases", phases.toString())) {
            ServerProcess.Reply started = server.post("/api/admin/reindex");
            assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
            ProcessHandle indexer =
                    ProcessHandle.of(started.body().get("pid").asLong()).orElseThrow();
            waitUntil("the reindex's commit to begin", 120, () -> Files.exists(phases));
            indexer.destroyForcibly(); // kill -9 of the server's child, inside its commit
            assertThat(indexer.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
            assertThat(Files.readAllLines(phases))
                    .as("the kill landed in the commit: it began and did not land")
                    .containsExactly(SlowIndexer.COMMITTING);

            waitUntil("the server to see its reindex end", 30, () -> {
                try {
                    return !server.get("/api/admin/reindex")
                            .body()
                            .get("running")
                            .asBoolean();
                } catch (Exception e) {
                    return false;
                }
            });
            JsonNode status = server.get("/api/admin/reindex").body();
            assertThat(status.at("/last_run/state").asText())
                    .as(status.toString())
                    .isEqualTo("failed");
            assertThat(status.at("/last_run/reason").asText())
                    .as(status.toString())
                    .isEqualTo("interrupted");
            assertThat(status.at("/last_run/message").asText())
                    .as(status.toString())
                    .contains("pid " + indexer.pid())
                    .contains("exited with code 137");
            assertThat(server.get("/health").body().get("documents").asInt())
                    .as("the commit before the run")
                    .isEqualTo(3);
            assertThat(server.get("/api/search?q=%22canary+phrase%22")
                            .body()
                            .get("total")
                            .asInt())
                    .isZero();
            assertThat(server.get("/api/search?q=reprisals").body().get("total").asInt())
                    .isEqualTo(3);
            assertCheckIndexClean(index());

            Files.delete(phases);
            ServerProcess.Reply again = server.post("/api/admin/reindex");
            assertThat(again.status()).as(again.body().toString()).isEqualTo(202);
            waitUntil("the next run to land", 120, () -> {
                try {
                    return server.get("/health").body().get("documents").asInt() == 6;
                } catch (Exception e) {
                    return false;
                }
            });
            assertThat(server.get("/api/search?q=%22canary+phrase%22")
                            .body()
                            .get("total")
                            .asInt())
                    .isEqualTo(3);
        }
        assertCheckIndexClean(index());
    }
}
