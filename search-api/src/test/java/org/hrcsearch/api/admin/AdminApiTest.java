package org.hrcsearch.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.ApiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin reindex routes: who may call them, and what they answer while a run goes. */
class AdminApiTest {

    private static final String TOKEN = "s3cret-admin-token-for-tests";
    /** A stand-in indexer that runs for a few seconds (the folders and options appended to it are ignored). */
    private static final List<String> SLOW_INDEXER = List.of("/bin/sh", "-c", "sleep 4");

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();
    private ApiServices service;
    private ReindexService reindex;

    @BeforeEach
    void open() throws Exception {
        service = TestIndex.services(TestIndex.standard());
    }

    @AfterEach
    void close() throws Exception {
        if (reindex != null) {
            reindex.close();
        }
        service.close();
    }

    private interface Calls {
        void run(HttpClient client) throws Exception;
    }

    private void withApp(Optional<String> token, List<Path> corpus, Calls calls) throws Exception {
        reindex = new ReindexService(Optional.of(SLOW_INDEXER), corpus, Files.createDirectories(tmp.resolve("index")));
        JavalinTest.test(
                SearchApp.create(
                        service, new SearchApp.Options(List.of(), Optional.of(new AdminController(reindex, token)))),
                (server, client) -> calls.run(client));
    }

    private static Response post(HttpClient client, String path, String authorization) {
        return client.post(path, "", req -> {
            if (authorization != null) {
                req.header("Authorization", authorization);
            }
        });
    }

    private JsonNode body(Response r) throws Exception {
        return json.readTree(r.body().string());
    }

    @Test
    void withoutAConfiguredTokenTheAdminRoutesDoNotExist() throws Exception {
        withApp(Optional.empty(), List.of(tmp), client -> {
            Response r = post(client, "/api/admin/reindex", "Bearer anything");
            assertThat(r.code()).isEqualTo(404);
            assertThat(body(r).at("/error/code").asText()).isEqualTo("admin_disabled");
        });
    }

    @Test
    void noTokenOrAMalformedHeaderIs401AndAWrongTokenIs403() throws Exception {
        withApp(Optional.of(TOKEN), List.of(tmp), client -> {
            Response none = post(client, "/api/admin/reindex", null);
            assertThat(none.code()).isEqualTo(401);
            assertThat(none.headers().get("WWW-Authenticate").toString()).contains("Bearer");
            assertThat(post(client, "/api/admin/reindex", "Basic " + TOKEN).code())
                    .isEqualTo(401);
            assertThat(post(client, "/api/admin/reindex", "Bearer").code()).isEqualTo(401);
            assertThat(post(client, "/api/admin/reindex", TOKEN).code()).isEqualTo(401);
            Response wrong = post(client, "/api/admin/reindex", "Bearer not-the-token");
            assertThat(wrong.code()).isEqualTo(403);
            assertThat(body(wrong).toString()).doesNotContain(TOKEN);
            assertThat(client.get("/api/admin/reindex", req -> req.header("Authorization", "Bearer nope"))
                            .code())
                    .isEqualTo(403);
            assertThat(reindex.status().running()).isFalse();
        });
    }

    @Test
    void aTokenInTheQueryStringIsRefusedEvenWithTheRightHeader() throws Exception {
        withApp(Optional.of(TOKEN), List.of(tmp), client -> {
            Response r = post(client, "/api/admin/reindex?token=" + TOKEN, "Bearer " + TOKEN);
            assertThat(r.code()).isEqualTo(400);
            assertThat(body(r).at("/error/code").asText()).isEqualTo("token_in_query");
            assertThat(client.get("/api/admin/reindex?access_token=" + TOKEN).code())
                    .isEqualTo(400);
        });
    }

    @Test
    void aReindexStartsAChildProcessAndASecondRequestWhileItRunsGets409() throws Exception {
        withApp(Optional.of(TOKEN), List.of(tmp), client -> {
            Response started = post(client, "/api/admin/reindex", "Bearer " + TOKEN);
            assertThat(started.code()).isEqualTo(202);
            long pid = body(started).get("pid").asLong();
            assertThat(ProcessHandle.of(pid)).isPresent();

            Response again = post(client, "/api/admin/reindex", "Bearer " + TOKEN);
            assertThat(again.code()).isEqualTo(409);
            assertThat(body(again).at("/error/message").asText()).contains("pid " + pid);

            Response status = client.get("/api/admin/reindex", req -> req.header("Authorization", "Bearer " + TOKEN));
            assertThat(status.code()).isEqualTo(200);
            assertThat(body(status).get("running").asBoolean()).isTrue();
        });
    }

    @Test
    void withoutCorpusFoldersAReindexIsUnavailable() throws Exception {
        withApp(Optional.of(TOKEN), List.of(), client -> {
            Response r = post(client, "/api/admin/reindex", "Bearer " + TOKEN);
            assertThat(r.code()).isEqualTo(503);
            assertThat(body(r).at("/error/message").asText()).contains("--corpus");
        });
    }
}
