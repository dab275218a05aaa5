package org.hrcsearch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hrcsearch.api.ApiContract;

/**
 * An HTTP/1.1 client over a plain socket that sends a request byte for byte, for what no HTTP library would send
 * as it is: raw non-UTF-8 bytes or malformed percent-encoding in the target, NUL, 80 KB request lines, 16 KiB
 * headers. It reads the whole answer ({@code Connection: close}), chunked or not, and checks it against the
 * OpenAPI description ({@link ApiContract}): even an abusive request must get a documented answer.
 */
final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer as it came over the wire; header names in lower case. */
    record Answer(int status, Map<String, String> headers, byte[] body, long millis) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        boolean isJson() {
            return header("content-type").orElse("").contains("application/json");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (status " + status + "): " + text(), e);
            }
        }

        /** The error code of the API's error body, or "" when there is none. */
        String errorCode() {
            return isJson() ? json().path("error").path("code").asText("") : "";
        }

        String errorMessage() {
            return isJson() ? json().path("error").path("message").asText("") : "";
        }

        @Override
        public String toString() {
            String t = text();
            return status + " " + headers.getOrDefault("content-type", "") + " "
                    + (t.length() > 300 ? t.substring(0, 300) + "..." : t);
        }
    }

    private final String host;
    private final int port;

    private final String origin;

    RawHttp(String origin) {
        this.origin = origin;
        URI uri = URI.create(origin);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    /** {@code http://localhost:port}. */
    String origin() {
        return origin;
    }

    /** {@code GET target} with only Host and Connection headers. */
    Answer get(String target) throws IOException {
        return send("GET", target.getBytes(StandardCharsets.ISO_8859_1), Map.of(), null);
    }

    /** {@code GET} a target given as bytes, e.g. with raw 0xD6 0xD0 in it. */
    Answer get(byte[] target) throws IOException {
        return send("GET", target, Map.of(), null);
    }

    /** Any method, target, extra headers and body (null: none). */
    Answer send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        return send(method, target.getBytes(StandardCharsets.ISO_8859_1), headers, body);
    }

    Answer send(String method, byte[] target, Map<String, String> headers, byte[] body) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write((method + " ").getBytes(StandardCharsets.US_ASCII));
            head.write(target);
            StringBuilder h =
                    new StringBuilder(" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n");
            headers.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                h.append("Content-Length: ").append(body.length).append("\r\n");
            }
            h.append("\r\n");
            head.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // the server may answer (413) and close before the whole body is sent: read what it said
                }
            }
            out.flush();
            byte[] all = readAll(socket.getInputStream());
            Answer answer = parse(all, (System.nanoTime() - start) / 1_000_000);
            Map<String, List<String>> answerHeaders = new LinkedHashMap<>();
            answer.headers().forEach((k, v) -> answerHeaders.put(k, List.of(v)));
            ApiContract.get()
                    .check(
                            method,
                            new String(target, StandardCharsets.ISO_8859_1),
                            answer.status(),
                            answerHeaders,
                            answer.body());
            return answer;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                buf.write(chunk, 0, n);
            }
        } catch (java.net.SocketException e) {
            // a reset after the answer was sent (the server closed with unread request bytes): keep what came
            if (buf.size() == 0) {
                throw e;
            }
        }
        return buf.toByteArray();
    }

    private static Answer parse(byte[] all, long millis) {
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            throw new AssertionError("no complete HTTP answer: " + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", "")
                .toLowerCase(Locale.ROOT)
                .contains("chunked")) {
            rest = dechunk(rest);
        }
        return new Answer(status, headers, rest, millis);
    }

    private static byte[] dechunk(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < in.length) {
            int eol = indexOf(in, "\r\n".getBytes(StandardCharsets.US_ASCII), pos);
            if (eol < 0) {
                break;
            }
            String sizeText = new String(in, pos, eol - pos, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(in, eol + 2, Math.min(size, in.length - eol - 2));
            pos = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
