package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hrcsearch.api.StandardServices;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.schema.HrcField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What holds for the whole server: health, metrics, the OpenAPI description, CORS, and errors as JSON. */
class ServerContractTest {

    @RegisterExtension
    final StandardServices standard = new StandardServices();

    @Test
    void healthSaysTheIndexIsReadableWithHowManyDocumentsAndWhenCommitted() {
        TestApi.run(SearchApp.create(standard.get()), api -> {
            JsonNode body = api.json("/health", 200);
            assertThat(body.get("status").asText()).isEqualTo("ok");
            assertThat(body.get("documents").asInt()).isEqualTo(4);
            assertThat(body.get("last_commit").asText()).isEqualTo("2026-01-01T00:00:00Z");
            assertThat(body.get("schema_version").asText())
                    .isEqualTo(Integer.toString(org.hrcsearch.corpus.schema.HrcSchema.VERSION));
        });
    }

    @Test
    void healthIs503WhenTheIndexCannotBeRead() throws Exception {
        Javalin app = SearchApp.create(standard.get());
        standard.get().index().close();
        TestApi.run(app, api -> {
            JsonNode body = api.json("/health", 503);
            assertThat(body.get("status").asText()).isEqualTo("unavailable");
        });
    }

    @Test
    void metricsArePrometheusTextWithRequestsByRouteTemplate() {
        TestApi.run(SearchApp.create(standard.get()), api -> {
            api.json("/api/search?q=cooperation", 200);
            api.json("/api/documents/0123456789abcdef", 404);
            TestApi.Reply r = api.get("/metrics");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(r.text())
                    .contains(
                            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"} 1")
                    .contains("route=\"/api/documents/{id}\",status=\"404\"")
                    .doesNotContain("0123456789abcdef")
                    .contains("hrc_index_documents 4.0")
                    .contains("jvm_memory_used_bytes");
        });
    }

    /** Every route the app serves, as {@code GET /api/search}. */
    private static Set<String> routes(Javalin app) {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = e.endpoint.method;
            if (method.isHttpMethod()) {
                routes.add(method.name() + " " + e.endpoint.path);
            }
        }
        return routes;
    }

    @Test
    void theOpenApiDescriptionDescribesEveryRouteAndOnlyRoutesThatExist() throws Exception {
        Javalin app = SearchApp.create(standard.get());
        TestApi.run(app, api -> {
            JsonNode served = api.json("/api/openapi.json", 200);
            assertThat(served.get("openapi").asText()).startsWith("3.");
            Set<String> described = new TreeSet<>();
            Iterator<String> paths = served.get("paths").fieldNames();
            while (paths.hasNext()) {
                String path = paths.next();
                served.get("paths")
                        .get(path)
                        .fieldNames()
                        .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path));
            }
            assertThat(described).isEqualTo(routes(app));
        });
    }

    private JsonNode openApi() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(StatusController.OPENAPI_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theOpenApiDescriptionIsWellFormedJsonWithSchemasForEveryReference() throws Exception {
        JsonNode doc = openApi();
        List<String> refs = new ArrayList<>();
        doc.findValues("$ref").forEach(r -> refs.add(r.asText()));
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            String[] parts = ref.substring(2).split("/");
            assertThat(doc.get(parts[0]).get(parts[1]).get(parts[2])).as(ref).isNotNull();
        });
    }

    /**
     * What Redocly's recommended lint and a validating proxy asked of the description, kept: every operation has
     * its own operationId and says its security (none, or the admin token), and paths are relative to a server.
     */
    @Test
    void everyOperationHasAUniqueOperationIdAndSaysItsSecurity() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream(StatusController.OPENAPI_RESOURCE)) {
            doc = new ObjectMapper().readTree(in);
        }
        assertThat(doc.path("servers").path(0).path("url").asText()).isEqualTo("/");
        assertThat(doc.at("/components/securitySchemes/adminToken/scheme").asText())
                .isEqualTo("bearer");
        Set<String> ids = new TreeSet<>();
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    String what = op.getKey() + " " + path.getKey();
                    String id = op.getValue().path("operationId").asText();
                    assertThat(id).as(what).matches("[a-z][A-Za-z]+");
                    assertThat(ids.add(id))
                            .as(what + ": operationId " + id + " is used twice")
                            .isTrue();
                    JsonNode security = op.getValue().get("security");
                    assertThat(security).as(what + " says its security").isNotNull();
                    assertThat(security.toString())
                            .as(what)
                            .isEqualTo(path.getKey().startsWith("/api/admin/") ? "[{\"adminToken\":[]}]" : "[]");
                }));
    }

    @Test
    void theOpenApiDescriptionNamesTheFacetsOfTheFieldRegistry() throws Exception {
        List<String> described = new ArrayList<>();
        openApi()
                .at("/paths/~1api~1facets~1{name}/get/parameters/0/schema/enum")
                .forEach(n -> described.add(n.asText()));
        assertThat(described)
                .isEqualTo(HrcField.facets().stream().map(HrcField::fieldName).toList());
    }

    @Test
    void theOpenApiDescriptionOffersOneVersionInTheSixLanguages() throws Exception {
        JsonNode param = openApi().at("/components/parameters/" + Params.ONE_VERSION);
        assertThat(param.get("name").asText()).isEqualTo(Params.ONE_VERSION);
        List<String> described = new ArrayList<>();
        param.at("/schema/enum").forEach(n -> described.add(n.asText()));
        assertThat(described)
                .isEqualTo(Language.official().stream().map(Language::code).toList());
    }

    @Test
    void corsIsClosedUnlessAnOriginIsConfigured() {
        TestApi.run(SearchApp.create(standard.get()), api -> {
            TestApi.Reply r = api.get("/api/search?q=cooperation", "Origin", "https://example.org");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Access-Control-Allow-Origin")).isEmpty();
        });
        TestApi.run(
                SearchApp.create(
                        standard.get(),
                        new SearchApp.Options(List.of("https://example.org"), java.util.Optional.empty())),
                api -> {
                    assertThat(api.get("/api/search?q=cooperation", "Origin", "https://example.org")
                                    .header("Access-Control-Allow-Origin"))
                            .hasValue("https://example.org");
                    assertThat(api.get("/api/search?q=cooperation", "Origin", "https://evil.example")
                                    .header("Access-Control-Allow-Origin"))
                            .isEmpty();
                });
    }

    @Test
    void wrongMethodsAndUnknownRoutesAreJsonErrors() {
        TestApi.run(SearchApp.create(standard.get()), api -> {
            TestApi.Reply delete = api.send("DELETE", "/api/search", null);
            assertThat(delete.status()).isEqualTo(405);
            assertThat(delete.json().get("error").get("code").asText()).isEqualTo("method_not_allowed");
            assertThat(api.json("/nowhere", 404).get("error").get("message").asText())
                    .contains("no such route");
        });
    }

    @Test
    void nothingAUserTypesMakesA500OrAStackTrace() {
        List<String> queries = List.of(
                "\"human rights",
                "(torture AND ",
                ")))",
                "*",
                "*:*",
                "*rights",
                "/.*/",
                "foo~2",
                "a\u0000b",
                "\u001B[31m",
                "session:",
                "NEAR/5",
                "\"a\" NEAR/100000 \"b\"",
                "((((((((((((((((((((a",
                "word ".repeat(1000),
                "\uD800",
                "symbol:A/HRC/",
                "signatory:\"",
                "-",
                "NOT NOT NOT a",
                "a OR OR b",
                "title:*",
                "x".repeat(5000),
                "😀 rights",
                "\u202Erights");
        TestApi.run(SearchApp.create(standard.get()), api -> {
            for (String query : queries) {
                for (String route : List.of("/api/search", "/api/timeline", "/api/export", "/api/facets/session")) {
                    TestApi.Reply r = api.get(route + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                    assertThat(r.status()).as(route + " " + query).isIn(200, 400);
                    assertThat(r.text()).as(query).doesNotContain("Exception").doesNotContain("\tat ");
                }
            }
            for (String raw : List.of("%C0%AF", "%E8.", "%FF%FE", "%ZZ", "%", "%u0041")) {
                assertThat(api.rawGet(("/api/search?q=" + raw).getBytes(StandardCharsets.ISO_8859_1)))
                        .as(raw)
                        .isIn(200, 400);
            }
            byte[] rawGbk = {
                '/', 'a', 'p', 'i', '/', 's', 'e', 'a', 'r', 'c', 'h', '?', 'q', '=', (byte) 0xD6, (byte) 0xD0
            };
            assertThat(api.rawGet(rawGbk)).isIn(200, 400);
        });
    }
}
