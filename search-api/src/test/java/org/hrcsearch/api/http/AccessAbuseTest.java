package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.http.Abuse.assertError;
import static org.hrcsearch.api.http.Abuse.assertSafe;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.admin.AdminController;
import org.hrcsearch.api.admin.ReindexService;
import org.hrcsearch.api.search.ApiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RELIABILITY.md 4.4, who may call what (H21 admin token, H22 CORS), as raw HTTP requests to a server with an admin
 * token and one allowed CORS origin.
 */
class AccessAbuseTest {

    private static final String TOKEN = "the-admin-token-of-AccessAbuseTest";
    private static final String LISTED = "https://ui.example.org";

    @TempDir
    Path tmp;

    private ApiServices services;
    private ReindexService reindex;

    @BeforeEach
    void open() throws Exception {
        services = TestIndex.services(TestIndex.standard());
        // an indexer that would only sleep: no test here may start it
        reindex = new ReindexService(
                Optional.of(List.of("/bin/sh", "-c", "sleep 30")),
                List.of(tmp),
                Files.createDirectories(tmp.resolve("index")));
    }

    @AfterEach
    void close() throws Exception {
        reindex.close();
        services.close();
    }

    private Javalin app() {
        return SearchApp.create(
                services,
                new SearchApp.Options(List.of(LISTED), Optional.of(new AdminController(reindex, Optional.of(TOKEN)))));
    }

    @Test
    void h21_noTokenIs401WrongTokenIs403AndNothingLeaks() {
        Abuse.serve(app(), http -> {
            for (String method : List.of("POST", "GET")) {
                RawHttp.Answer none = http.send(method, "/api/admin/reindex", Map.of(), null);
                assertError(method + " no token", none, 401, "unauthorized");
                assertThat(none.header("WWW-Authenticate"))
                        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
                for (String header : List.of("Basic " + TOKEN, "Bearer", TOKEN, "Bearer  a b", "bearer")) {
                    assertError(
                            method + " " + header,
                            http.send(method, "/api/admin/reindex", Map.of("Authorization", header), null),
                            401,
                            "unauthorized");
                }
                for (String wrong : List.of(
                        "Bearer nope",
                        "Bearer " + TOKEN + "x",
                        "Bearer " + TOKEN.substring(1),
                        "Bearer " + TOKEN.toUpperCase())) {
                    RawHttp.Answer a = http.send(method, "/api/admin/reindex", Map.of("Authorization", wrong), null);
                    assertError(method + " " + wrong, a, 403, "forbidden");
                    assertThat(a.text()).doesNotContain(TOKEN).doesNotContain("nope");
                }
            }
            assertThat(reindex.status().running())
                    .as("no call started a reindex")
                    .isEqualTo(false);
        });
    }

    @ParameterizedTest(name = "H21 ?{0}=")
    @ValueSource(strings = {"token", "access_token", "api_key", "apikey", "key", "TOKEN"})
    void h21_aTokenInTheQueryStringIsRefusedEvenWithTheRightHeader(String name) {
        Abuse.serve(app(), http -> {
            RawHttp.Answer a = http.send(
                    "POST",
                    "/api/admin/reindex?" + name + "=" + TOKEN,
                    Map.of("Authorization", "Bearer " + TOKEN),
                    null);
            assertThat(assertError(name, a, 400, "token_in_query")).contains("Authorization: Bearer");
            assertThat(a.text()).doesNotContain(TOKEN);
            assertThat(reindex.status().running()).isEqualTo(false);
        });
    }

    @Test
    void h21_theRightTokenIsAccepted() {
        Abuse.serve(
                app(),
                http -> assertThat(assertSafe(
                                        "status",
                                        http.send(
                                                "GET",
                                                "/api/admin/reindex",
                                                Map.of("Authorization", "Bearer " + TOKEN),
                                                null))
                                .status())
                        .isEqualTo(200));
    }

    private static Map<String, String> preflight(String origin, String method, String headers) {
        return Map.of(
                "Origin", origin, "Access-Control-Request-Method", method, "Access-Control-Request-Headers", headers);
    }

    @Test
    void h22_aPreflightFromAnUnlistedOriginGetsNoCorsHeaders() {
        Abuse.serve(app(), http -> {
            for (String origin : List.of(
                    "https://evil.example",
                    "null",
                    "https://ui.example.org.evil.example",
                    "http://ui.example.org",
                    "https://ui.example.org:8443")) {
                RawHttp.Answer a = assertSafe(
                        origin, http.send("OPTIONS", "/api/search", preflight(origin, "GET", "content-type"), null));
                assertThat(a.header("Access-Control-Allow-Origin")).as(origin).isEmpty();
                assertThat(a.header("Access-Control-Allow-Methods")).as(origin).isEmpty();
                RawHttp.Answer get = http.send("GET", "/api/search?q=a", Map.of("Origin", origin), null);
                assertThat(get.header("Access-Control-Allow-Origin")).as(origin).isEmpty();
            }
        });
    }

    @Test
    void h22_aListedOriginGetsCorsOnThePublicApiButNeverOnAdminRoutes() {
        Abuse.serve(app(), http -> {
            RawHttp.Answer search = assertSafe(
                    "search", http.send("OPTIONS", "/api/search", preflight(LISTED, "GET", "content-type"), null));
            assertThat(search.status()).isEqualTo(204);
            assertThat(search.header("Access-Control-Allow-Origin")).hasValue(LISTED);
            assertThat(search.header("Access-Control-Allow-Methods")).hasValue("GET, HEAD, POST");
            assertThat(search.header("Access-Control-Allow-Credentials")).isEmpty();
            assertThat(http.send("GET", "/api/search?q=a", Map.of("Origin", LISTED), null)
                            .header("Access-Control-Allow-Origin"))
                    .hasValue(LISTED);

            for (String method : List.of("POST", "GET")) {
                RawHttp.Answer admin = assertSafe(
                        "admin " + method,
                        http.send("OPTIONS", "/api/admin/reindex", preflight(LISTED, method, "authorization"), null));
                assertThat(admin.header("Access-Control-Allow-Origin"))
                        .as(method)
                        .isEmpty();
                assertThat(admin.header("Access-Control-Allow-Headers"))
                        .as(method)
                        .isEmpty();
                RawHttp.Answer call = http.send(method, "/api/admin/reindex", Map.of("Origin", LISTED), null);
                assertThat(call.header("Access-Control-Allow-Origin"))
                        .as(method)
                        .isEmpty();
            }
            RawHttp.Answer delete = assertSafe(
                    "DELETE preflight",
                    http.send("OPTIONS", "/api/search", preflight(LISTED, "DELETE", "content-type"), null));
            assertThat(delete.header("Access-Control-Allow-Origin")).isEmpty();
        });
    }

    @Test
    void h22_withoutListedOriginsThereAreNoCorsHeadersAtAll() {
        Abuse.serve(SearchApp.create(services), http -> {
            RawHttp.Answer a = assertSafe(
                    "preflight", http.send("OPTIONS", "/api/search", preflight(LISTED, "GET", "content-type"), null));
            assertThat(a.headers().keySet()).noneMatch(h -> h.startsWith("access-control-"));
        });
    }
}
