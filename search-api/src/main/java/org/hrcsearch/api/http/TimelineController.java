package org.hrcsearch.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hrcsearch.api.export.TimelineService;

/**
 * {@code GET /api/timeline} (one query per session) and {@code POST /api/batch} (many queries, each with its
 * total and documents per session). A batch is a JSON list of query strings, or plain text with one query per
 * line; it is bounded in size and in number of queries.
 */
final class TimelineController {

    static final int MAX_QUERIES = 100;
    /** The largest batch body; Javalin answers a larger one with 413. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    /**
     * A body over the limit but not over this is read and thrown away before the 413: a client still sending it
     * when the server closed the connection would get a reset instead of the answer (java.net.http reports "header
     * parser received no bytes"). A larger one is answered at once.
     */
    static final int MAX_DRAINED_BYTES = 4 * MAX_BODY_BYTES;

    /** The answer to a batch: one entry per query, in the order sent. */
    record BatchAnswer(List<TimelineService.BatchEntry> results, boolean partial) {}

    private final TimelineService timeline;
    private final ObjectMapper strictJson;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
        this.strictJson = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strictJson
                .getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(4)
                        .maxStringLength(MAX_BODY_BYTES)
                        .build());
    }

    void timeline(Context ctx) throws Exception {
        Params.allowOnly(ctx, Params.CRITERIA);
        ctx.json(timeline.timeline(Params.criteria(ctx)));
    }

    void batch(Context ctx) throws Exception {
        Params.allowOnly(ctx, Params.FILTERS);
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            if (ctx.contentLength() <= MAX_DRAINED_BYTES) {
                drain(ctx.req().getInputStream());
            }
            throw new ApiException(
                    413, "payload_too_large", "a batch may be at most " + MAX_BODY_BYTES / 1024 + " KiB");
        }
        List<String> queries = queries(ctx);
        if (queries.isEmpty()) {
            throw ApiException.badRequest(
                    "empty_batch",
                    "the batch holds no query: send a JSON list of queries, or one " + "query per line as text/plain");
        }
        if (queries.size() > MAX_QUERIES) {
            throw ApiException.badRequest(
                    "too_many_queries", "the batch holds " + queries.size() + " queries; at most " + MAX_QUERIES);
        }
        List<TimelineService.BatchEntry> results = timeline.batch(queries, Params.filters(ctx));
        boolean partial = results.stream().anyMatch(r -> Boolean.TRUE.equals(r.partial()));
        ctx.json(new BatchAnswer(results, partial));
    }

    /** Reads a body to its end, at most {@link #MAX_DRAINED_BYTES}, keeping none of it. */
    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = MAX_DRAINED_BYTES;
        for (int n = body.read(buffer); n > 0 && (left -= n) > 0; n = body.read(buffer)) {
            // thrown away
        }
    }

    private List<String> queries(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        if (type.startsWith("application/json")) {
            return fromJson(body);
        }
        if (type.isEmpty() || type.startsWith("text/plain") || type.startsWith("application/x-www-form-urlencoded")) {
            List<String> lines = new ArrayList<>();
            for (String line : body.split("\r?\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
        throw new ApiException(
                415,
                "unsupported_media_type",
                "send the batch as application/json (a list of queries) " + "or text/plain (one query per line), not "
                        + Params.abbreviate(type));
    }

    /** What Jackson found wrong, in words: without its class and method names. */
    private static String problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "it is nested too deeply or holds too long a value; send a flat list of query strings";
        }
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return m.replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll("\\(?`[^`]*`\\)?", "")
                .replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*", "a value")
                .strip();
    }

    private List<String> fromJson(String body) {
        JsonNode root;
        try {
            root = strictJson.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("bad_json", "the batch is not valid JSON: " + problem(e));
        }
        JsonNode list = root != null && root.isObject() && root.size() == 1 ? root.get("queries") : root;
        if (list == null || !list.isArray()) {
            throw ApiException.badRequest(
                    "bad_json",
                    "send the batch as a JSON list of query strings, e.g. "
                            + "[\"reprisals\", \"\\\"civil society\\\"\"], or as {\"queries\": [...]}");
        }
        List<String> queries = new ArrayList<>();
        for (JsonNode q : list) {
            if (!q.isTextual()) {
                throw ApiException.badRequest("bad_json", "every query in the batch must be a string");
            }
            queries.add(q.asText());
        }
        return queries;
    }
}
