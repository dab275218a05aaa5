package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.http.Abuse.assertError;
import static org.hrcsearch.api.http.Abuse.assertSafe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.admin.AdminController;
import org.hrcsearch.api.admin.ReindexService;
import org.hrcsearch.api.search.ApiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md 4.4 at the HTTP layer: over-long headers (H24), and one sweep that fires every abusive request of
 * H1-H24 at one running server, asserting that none gets a 500, a stack trace, a Java class name or an HTML page,
 * and that the server still answers afterwards.
 */
class HttpAbuseTest {

    @TempDir
    Path tmp;

    @Test
    void h24_aSixteenKibCookieIsA431InJsonAndTheServerGoesOn() throws Exception {
        try (ApiServices services = TestIndex.services(TestIndex.standard())) {
            Abuse.serve(SearchApp.create(services), http -> {
                RawHttp.Answer a = http.send(
                        "GET", "/api/search?q=cooperation", Map.of("Cookie", "c=" + "x".repeat(16 * 1024)), null);
                assertThat(assertError("16 KiB cookie", a, 431, "headers_too_large"))
                        .contains("8 KiB");
                Map<String, String> many = new LinkedHashMap<>();
                for (int i = 0; i < 200; i++) {
                    many.put("X-Header-" + i, "v".repeat(60));
                }
                assertError("200 headers", http.send("GET", "/api/search?q=a", many, null), 431, "headers_too_large");
                RawHttp.Answer after = http.get("/api/search?q=cooperation");
                assertThat(after.status()).isEqualTo(200);
                assertThat(after.json().get("total").asInt()).isEqualTo(4);
            });
        }
    }

    /** One abusive request: method, target bytes, headers, body. */
    private record Abusive(String name, String method, byte[] target, Map<String, String> headers, byte[] body) {
        static Abusive get(String target) {
            return new Abusive(target, "GET", target.getBytes(StandardCharsets.ISO_8859_1), Map.of(), null);
        }
    }

    private static List<Abusive> everyAbusiveRequest() {
        List<Abusive> all = new ArrayList<>();
        for (String q : List.of(
                "%22human+rights",
                "(torture+AND+",
                ")))",
                "*",
                "*:*",
                "*rights",
                "/.*/",
                "foo~2",
                "%E8.",
                "%C0%AF",
                "a%00b",
                "%1B",
                "",
                "%ZZ",
                "%",
                "a".repeat(4001),
                IntStream.range(0, 300).mapToObj(i -> "t" + i).collect(Collectors.joining("+")),
                IntStream.range(0, 1025).mapToObj(i -> "w").collect(Collectors.joining("+OR+")),
                "((((((((((((((((((((a",
                "%22a%22+NEAR/100000+%22b%22",
                "symbol:A/HRC/",
                "%F0%9F%98%80")) {
            for (String route : List.of("/api/search", "/api/facets/session", "/api/timeline", "/api/export")) {
                all.add(Abusive.get(route + "?q=" + q));
            }
        }
        for (String p : List.of(
                "page=-1",
                "page=0",
                "page=abc",
                "page=1e9",
                "page=2147483648",
                "size=0",
                "size=10000",
                "size=-5",
                "page=101&size=100",
                "page=1&page=2",
                "facet=colour",
                "lang=x".repeat(1) + "&lang=x".repeat(999),
                "cursor=%00",
                "from=9999999999",
                "sort=%00",
                "q=a&q=b")) {
            all.add(Abusive.get("/api/search?" + p));
        }
        all.add(Abusive.get("/api/search?q=" + "human+rights+".repeat(5_000)));
        all.add(Abusive.get("/api/facets/colour"));
        for (String path : List.of(
                "/api/documents/..%2f..%2fetc%2fpasswd/file",
                "/api/documents/%2e%2e/file",
                "/api/documents/a%00b/file",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/api/documents/0123456789abcdef/text?page=99",
                "/api/signatories?size=0",
                "/api/signatories/%C0%AF/documents",
                "/api/signatories?prefix=" + "a".repeat(5000))) {
            all.add(Abusive.get(path));
        }
        byte[] gbk = QueryAbuseTest.concat(
                "/api/search?q=".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xD6, (byte) 0xD0});
        all.add(new Abusive("raw GBK", "GET", gbk, Map.of(), null));
        all.add(new Abusive(
                "raw NUL", "GET", "/api/search?q=a\u0000b".getBytes(StandardCharsets.ISO_8859_1), Map.of(), null));
        all.add(new Abusive(
                "16 KiB cookie",
                "GET",
                "/api/search?q=a".getBytes(StandardCharsets.US_ASCII),
                Map.of("Cookie", "c=" + "x".repeat(16 * 1024)),
                null));
        Map<String, String> json = Map.of("Content-Type", "application/json");
        for (String body : List.of(
                "[\"a\"] garbage",
                "{\"queries\":[\"a\"],\"x\":1}",
                "[".repeat(1000),
                "[1]",
                "",
                "\"" + "x".repeat(300_000) + "\"")) {
            all.add(new Abusive(
                    "batch " + body.substring(0, Math.min(20, body.length())),
                    "POST",
                    "/api/batch".getBytes(StandardCharsets.US_ASCII),
                    json,
                    body.getBytes(StandardCharsets.UTF_8)));
        }
        all.add(new Abusive(
                "batch as xml",
                "POST",
                "/api/batch".getBytes(StandardCharsets.US_ASCII),
                Map.of("Content-Type", "application/xml"),
                "<a/>".getBytes(StandardCharsets.UTF_8)));
        for (String m : List.of("DELETE", "PUT", "PATCH", "TRACE", "CONNECTX", "POST")) {
            all.add(new Abusive(
                    m + " /api/search", m, "/api/search".getBytes(StandardCharsets.US_ASCII), Map.of(), null));
        }
        for (String auth : List.of("", "Bearer wrong", "Basic x")) {
            Map<String, String> h = auth.isEmpty() ? Map.of() : Map.of("Authorization", auth);
            all.add(new Abusive(
                    "admin " + auth, "POST", "/api/admin/reindex".getBytes(StandardCharsets.US_ASCII), h, null));
        }
        all.add(new Abusive(
                "admin token in URL",
                "POST",
                "/api/admin/reindex?token=x".getBytes(StandardCharsets.US_ASCII),
                Map.of(),
                null));
        all.add(new Abusive(
                "preflight unlisted",
                "OPTIONS",
                "/api/search".getBytes(StandardCharsets.US_ASCII),
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "GET"),
                null));
        all.add(new Abusive(
                "preflight admin",
                "OPTIONS",
                "/api/admin/reindex".getBytes(StandardCharsets.US_ASCII),
                Map.of("Origin", "https://ui.example.org", "Access-Control-Request-Method", "POST"),
                null));
        return all;
    }

    @Test
    void sweep_everyAbusiveRequestGetsA4xxOr200AndNeverA500OrAStackTrace() throws Exception {
        try (ApiServices services = TestIndex.services(TestIndex.standard());
                ReindexService reindex = new ReindexService(
                        Optional.of(List.of("/bin/sh", "-c", "sleep 30")),
                        List.of(tmp),
                        Files.createDirectories(tmp.resolve("index")))) {
            SearchApp.Options options = new SearchApp.Options(
                    List.of("https://ui.example.org"),
                    Optional.of(new AdminController(reindex, Optional.of("sweep-token"))));
            Abuse.serve(SearchApp.create(services, options), http -> {
                List<Abusive> all = everyAbusiveRequest();
                Map<Integer, Integer> statuses = new java.util.TreeMap<>();
                for (Abusive r : all) {
                    RawHttp.Answer a = assertSafe(
                            r.name().length() > 100 ? r.name().substring(0, 100) : r.name(),
                            http.send(r.method(), r.target(), r.headers(), r.body()));
                    statuses.merge(a.status(), 1, Integer::sum);
                }
                assertThat(statuses.keySet())
                        .as("statuses of %d requests: %s", all.size(), statuses)
                        .allMatch(s -> s == 200 || s == 204 || (s >= 400 && s < 500));
                assertThat(http.get("/health").status()).isEqualTo(200);
                assertThat(http.get("/api/search?q=cooperation")
                                .json()
                                .get("total")
                                .asInt())
                        .isEqualTo(4);
                assertThat(reindex.status().running()).isEqualTo(false);
            });
        }
    }
}
