package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.http.Abuse.assertError;
import static org.hrcsearch.api.http.Abuse.assertSafe;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hrcsearch.api.StandardServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RELIABILITY.md 4.4, request bodies and methods (H16-H18). The only route that reads a body is
 * {@code POST /api/batch} (JSON list or text lines, at most 256 KiB).
 */
class BodyAbuseTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @RegisterExtension
    final StandardServices standard = new StandardServices();

    private void serve(Abuse.Calls calls) {
        Abuse.serve(SearchApp.create(standard.get()), calls);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void h16_aBodyOverTheLimitIsA413() {
        serve(http -> {
            byte[] big = bytes("reprisals\n".repeat(30_000)); // 300 KB
            assertThat(assertError(
                            "300 KB text",
                            http.send("POST", "/api/batch", Map.of("Content-Type", "text/plain"), big),
                            413,
                            "payload_too_large"))
                    .contains("256 KiB");
            assertThat(http.get("/api/search?q=reprisals").status()).isEqualTo(200);
        });
    }

    @Test
    void h16_aBodyJustOverTheLimitGetsIts413NotAReset() {
        // The client sends the whole body before it reads; had the server closed the connection with the body unread,
        // the client would get a reset ("header parser received no bytes") instead of the 413.
        Abuse.serve(SearchApp.create(standard.get()), http -> {
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int round = 0; round < 50; round++) {
                HttpRequest big = HttpRequest.newBuilder(URI.create(http.origin() + "/api/batch"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes("x".repeat(300 * 1024))))
                        .build();
                HttpResponse<String> r = client.send(big, HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
                assertThat(r.headers().firstValue("connection"))
                        .as("round %d", round)
                        .hasValue("close");
                HttpResponse<String> next = client.send(
                        HttpRequest.newBuilder(URI.create(http.origin() + "/api/search?q=reprisals"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(next.statusCode()).as("round %d", round).isEqualTo(200);
            }
        });
    }

    @Test
    void h16_aChunkedBodyOverTheLimitWithoutALengthIsA413Too() {
        Abuse.serve(SearchApp.create(standard.get()), http -> {
            // java.net.http sends a stream of unknown length chunked: no Content-Length to refuse it by
            HttpRequest request = HttpRequest.newBuilder(URI.create(http.origin() + "/api/batch"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(bytes("a\n".repeat(400_000)))))
                    .build();
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body()).contains("payload_too_large").doesNotContain("Exception");
        });
    }

    @Test
    void h17_aThirtyMegabyteJsonStringIsA413BeforeItIsParsed() {
        serve(http -> {
            byte[] body = bytes("[\"" + "x".repeat(30_000_000) + "\"]");
            RawHttp.Answer a = http.send("POST", "/api/batch", JSON, body);
            assertError("30 MB string", a, 413, "payload_too_large");
            assertThat(a.millis()).isLessThan(10_000);
        });
    }

    @ParameterizedTest(name = "H17 {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      unknown field     | {"queries": ["a"], "colour": "red"}  | send the batch as a JSON list
      trailing garbage  | ["a"] garbage                        | not valid JSON
      two documents     | ["a"] ["b"]                          | not valid JSON
      not a string      | ["a", 42]                            | must be a string
      nested list       | [["a"]]                              | must be a string
      object not list   | {"q": "a"}                           | send the batch as a JSON list
      unclosed          | ["a"                                 | not valid JSON
      empty list        | []                                   | holds no query
      bare null         | null                                 | send the batch as a JSON list
      """)
    void h17_malformedOrUnexpectedJsonIsA400(String what, String body, String message) {
        serve(http -> {
            RawHttp.Answer a = http.send("POST", "/api/batch", JSON, bytes(body));
            assertSafe(what, a);
            assertThat(a.status()).as(what).isEqualTo(400);
            assertThat(a.errorCode()).as(what).isIn("bad_json", "empty_batch");
            assertThat(a.errorMessage()).as(what).contains(message);
        });
    }

    @ParameterizedTest(name = "H17 {0}-deep")
    @ValueSource(ints = {5, 1000, 100_000})
    void h17_deepNestingIsA400WithoutJacksonsNames(int depth) {
        serve(http -> {
            String body = "[".repeat(depth) + "]".repeat(depth);
            assertThat(assertError(
                            depth + " deep", http.send("POST", "/api/batch", JSON, bytes(body)), 400, "bad_json"))
                    .contains("nested too deeply")
                    .doesNotContain("StreamReadConstraints");
        });
    }

    @Test
    void h17_aValidBatchIsServed() {
        serve(http -> {
            RawHttp.Answer a =
                    assertSafe("batch", http.send("POST", "/api/batch", JSON, bytes("[\"reprisals\", \"\\\"open\"]")));
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("results").get(1).get("error").get("code").asText())
                    .isEqualTo("bad_query");
        });
    }

    @ParameterizedTest(name = "H18 {0}")
    @ValueSource(
            strings = {"application/xml", "multipart/form-data; boundary=x", "image/png", "application/octet-stream"})
    void h18_aBodyOfTheWrongTypeIsA415(String type) {
        serve(http -> assertThat(assertError(
                        type,
                        http.send("POST", "/api/batch", Map.of("Content-Type", type), bytes("reprisals")),
                        415,
                        "unsupported_media_type"))
                .contains("application/json")
                .contains("text/plain"));
    }

    @ParameterizedTest(name = "H18 {0} {1}")
    @CsvSource({
        "DELETE, /api/search",
        "PUT, /api/search",
        "PATCH, /api/documents/0123456789abcdef",
        "POST, /api/search",
        "TRACE, /api/search",
        "DELETE, /api/admin/reindex",
        "POST, /health",
        "FOO, /api/search",
        "GET, /api/batch"
    })
    void h18_anUnsupportedMethodIsA405InJson(String method, String path) {
        serve(http -> assertThat(assertError(
                        method + " " + path, http.send(method, path, Map.of(), bytes("x")), 405, "method_not_allowed"))
                .contains(method + " is not allowed"));
    }
}
