package org.hrcsearch.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hrcsearch.api.IndexedCorpus;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.indexer.cli.IndexCommand;
import org.hrcsearch.testkit.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server reindexes its corpus in a child indexer process, and serves the new commit without a restart;
 * also when the reindex comes from watching the corpus folder.
 */
class ReindexEndToEndTest {

    private static final String TOKEN = "another-admin-token-for-tests";

    @TempDir
    Path tmp;

    /** The real indexer, from this test's class path (search-api's tests depend on the indexer). */
    private static List<String> indexer() {
        return ChildJvm.command(IndexCommand.class, List.of("-Xmx512m"));
    }

    private Path corpusWithOneLetter() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("first.txt"), "A joint letter about reprisals against defenders.");
        IndexedCorpus.index(corpus, tmp.resolve("index"));
        return corpus;
    }

    private static long total(ApiServices services, String q) throws Exception {
        return services.search().search(SearchRequest.of(q)).total();
    }

    @Test
    void postReindexIndexesTheNewFileAndTheServerServesItWithoutARestart() throws Exception {
        Path corpus = corpusWithOneLetter();
        Files.writeString(corpus.resolve("second.txt"), "A statement on persistent non-cooperation.");
        Path index = tmp.resolve("index");
        try (ApiServices service = IndexedCorpus.services(index);
                ReindexService reindex = new ReindexService(Optional.of(indexer()), List.of(corpus), index)) {
            assertThat(total(service, "\"persistent non-cooperation\"")).isZero();
            TestApi.run(
                    SearchApp.create(
                            service,
                            new SearchApp.Options(
                                    List.of(), Optional.of(new AdminController(reindex, Optional.of(TOKEN))))),
                    api -> {
                        var started = api.post("/api/admin/reindex", "", "Authorization", "Bearer " + TOKEN);
                        assertThat(started.status()).isEqualTo(202);
                        JsonNode status =
                                waitUntilDone(() -> api.get("/api/admin/reindex", "Authorization", "Bearer " + TOKEN)
                                        .json());
                        assertThat(status.at("/last_run/state").asText())
                                .as(status.toString())
                                .isEqualTo("committed");
                        assertThat(status.at("/last_run/documents").asInt()).isEqualTo(2);
                        assertThat(status.at("/last_run/counts/indexed").asInt())
                                .isEqualTo(1);
                        assertThat(status.get("last_exit_code").asInt()).isZero();
                    });
            service.search().refresh(); // what the server's refresher does every two seconds
            assertThat(total(service, "\"persistent non-cooperation\"")).isEqualTo(1);
        }
    }

    @Test
    void watchingTheCorpusReindexesANewFileByItself() throws Exception {
        Path corpus = corpusWithOneLetter();
        Path index = tmp.resolve("index");
        try (ApiServices service = IndexedCorpus.services(index);
                ReindexService reindex = new ReindexService(Optional.of(indexer()), List.of(corpus), index);
                CorpusWatcher watcher =
                        new CorpusWatcher(List.of(corpus), index, Duration.ofMillis(500), reindex::requestRun)) {
            Files.createDirectories(corpus.resolve("new-folder"));
            Files.writeString(corpus.resolve("new-folder/third.txt"), "Universal periodic review of Veloria.");
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (total(service, "Veloria") == 0) {
                assertThat(System.nanoTime())
                        .as("the new file was never served")
                        .isLessThan(deadline);
                Thread.sleep(500);
                service.search().refresh();
            }
        }
    }

    private interface Poll {
        JsonNode get() throws Exception;
    }

    private static JsonNode waitUntilDone(Poll poll) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode status = poll.get();
        while (status.get("running").asBoolean() || status.get("last_run").isNull()) {
            assertThat(System.nanoTime())
                    .as("the reindex never finished: %s", status)
                    .isLessThan(deadline);
            Thread.sleep(250);
            status = poll.get();
        }
        return status;
    }
}
