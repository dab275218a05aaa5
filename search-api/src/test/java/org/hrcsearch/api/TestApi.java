package org.hrcsearch.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.model.HrcDocument;

/**
 * Runs the HTTP app in-process ({@link JavalinTest}) for one test and sends it raw requests, so that tests can
 * set methods, headers and bodies and read status, headers and bytes as they are on the wire. Every answer is
 * checked against the served OpenAPI description ({@link ApiContract}): a test fails when the two drift apart.
 */
public final class TestApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one test does with the running app. */
    @FunctionalInterface
    public interface Body {
        void run(TestApi api) throws Exception;
    }

    /** One response. */
    public record Reply(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (status " + status + "): " + text(), e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final String origin;
    private final boolean checked;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestApi(String origin, boolean checked) {
        this.origin = origin;
        this.checked = checked;
    }

    /** Runs the API's app ({@link SearchApp}); every answer must agree with the OpenAPI description. */
    public static void run(Javalin app, Body body) {
        JavalinTest.test(app, (server, client) -> body.run(new TestApi(client.getOrigin(), true)));
    }

    /** Runs an app that is not the API, e.g. a stub with routes of its own: its answers are not checked. */
    public static void runStub(Javalin app, Body body) {
        JavalinTest.test(app, (server, client) -> body.run(new TestApi(client.getOrigin(), false)));
    }

    /** Runs the app over a fresh in-memory index of {@code docs}, closed after {@code body}. */
    public static void overIndex(List<HrcDocument> docs, Body body) throws IOException {
        try (ApiServices services = TestIndex.services(docs)) {
            run(SearchApp.create(services), body);
        }
    }

    /** {@code q=...} URL-encoded. */
    public static String q(String query) {
        return "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    public Reply get(String pathAndQuery, String... headers) throws Exception {
        return send("GET", pathAndQuery, null, headers);
    }

    public Reply post(String path, String body, String... headers) throws Exception {
        return send("POST", path, body, headers);
    }

    /** Any method, an optional body, and headers as name, value, name, value... */
    public Reply send(String method, String pathAndQuery, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + pathAndQuery))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (checked) {
            ApiContract.get()
                    .check(method, pathAndQuery, r.statusCode(), r.headers().map(), r.body());
        }
        return new Reply(r.statusCode(), r.headers(), r.body());
    }

    /**
     * Sends {@code GET target HTTP/1.1} byte for byte, for request lines no URI class would build (malformed
     * percent-encoding, raw non-UTF-8 bytes); returns the status code.
     */
    public int rawGet(byte[] target) throws IOException {
        URI uri = URI.create(origin);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET ".getBytes(StandardCharsets.US_ASCII));
            out.write(target);
            out.write(
                    (" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    /** GET that must answer {@code status} with JSON; returns the JSON. */
    public JsonNode json(String pathAndQuery, int status) throws Exception {
        Reply r = get(pathAndQuery);
        if (r.status() != status) {
            throw new AssertionError(
                    "GET " + pathAndQuery + ": expected " + status + ", got " + r.status() + ": " + r.text());
        }
        if (!r.header("Content-Type").orElse("").contains("application/json")) {
            throw new AssertionError("GET " + pathAndQuery + ": not JSON but " + r.header("Content-Type"));
        }
        return r.json();
    }
}
