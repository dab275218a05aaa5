package org.hrcsearch.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hrcsearch.api.TestApi;
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

    private void withApp(Optional<String> token, List<Path> corpus, TestApi.Body calls) throws Exception {
        reindex = new ReindexService(Optional.of(SLOW_INDEXER), corpus, Files.createDirectories(tmp.resolve("index")));
        TestApi.run(
                SearchApp.create(
                        service, new SearchApp.Options(List.of(), Optional.of(new AdminController(reindex, token)))),
                calls);
    }

    private static TestApi.Reply post(TestApi api, String path, String authorization) throws Exception {
        return authorization == null ? api.post(path, "") : api.post(path, "", "Authorization", authorization);
    }

    @Test
    void withoutAConfiguredTokenTheAdminRoutesDoNotExist() throws Exception {
        withApp(Optional.empty(), List.of(tmp), api -> {
            TestApi.Reply r = post(api, "/api/admin/reindex", "Bearer anything");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().at("/error/code").asText()).isEqualTo("admin_disabled");
        });
    }

    @Test
    void noTokenOrAMalformedHeaderIs401AndAWrongTokenIs403() throws Exception {
        withApp(Optional.of(TOKEN), List.of(tmp), api -> {
            TestApi.Reply none = post(api, "/api/admin/reindex", null);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate").orElse("")).contains("Bearer");
            assertThat(post(api, "/api/admin/reindex", "Basic " + TOKEN).status())
                    .isEqualTo(401);
            assertThat(post(api, "/api/admin/reindex", "Bearer").status()).isEqualTo(401);
            assertThat(post(api, "/api/admin/reindex", TOKEN).status()).isEqualTo(401);
            TestApi.Reply wrong = post(api, "/api/admin/reindex", "Bearer not-the-token");
            assertThat(wrong.status()).isEqualTo(403);
            assertThat(wrong.json().toString()).doesNotContain(TOKEN);
            assertThat(api.get("/api/admin/reindex", "Authorization", "Bearer nope")
                            .status())
                    .isEqualTo(403);
            assertThat(reindex.status().running()).isFalse();
        });
    }

    @Test
    void aTokenInTheQueryStringIsRefusedEvenWithTheRightHeader() throws Exception {
        withApp(Optional.of(TOKEN), List.of(tmp), api -> {
            TestApi.Reply r = post(api, "/api/admin/reindex?token=" + TOKEN, "Bearer " + TOKEN);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().at("/error/code").asText()).isEqualTo("token_in_query");
            assertThat(api.get("/api/admin/reindex?access_token=" + TOKEN).status())
                    .isEqualTo(400);
        });
    }

    @Test
    void aReindexStartsAChildProcessAndASecondRequestWhileItRunsGets409() throws Exception {
        withApp(Optional.of(TOKEN), List.of(tmp), api -> {
            TestApi.Reply started = post(api, "/api/admin/reindex", "Bearer " + TOKEN);
            assertThat(started.status()).isEqualTo(202);
            long pid = started.json().get("pid").asLong();
            assertThat(ProcessHandle.of(pid)).isPresent();

            TestApi.Reply again = post(api, "/api/admin/reindex", "Bearer " + TOKEN);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().at("/error/message").asText()).contains("pid " + pid);

            TestApi.Reply status = api.get("/api/admin/reindex", "Authorization", "Bearer " + TOKEN);
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.json().get("running").asBoolean()).isTrue();
        });
    }

    @Test
    void withoutCorpusFoldersAReindexIsUnavailable() throws Exception {
        withApp(Optional.of(TOKEN), List.of(), api -> {
            TestApi.Reply r = post(api, "/api/admin/reindex", "Bearer " + TOKEN);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().at("/error/message").asText()).contains("--corpus");
        });
    }
}
