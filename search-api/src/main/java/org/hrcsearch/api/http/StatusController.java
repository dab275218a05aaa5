package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.index.IndexUnavailableException;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.index.StatusFiles;

/**
 * {@code GET /health} (is the index readable, how many documents, when committed, is an indexer at work on it), {@code GET /metrics}
 * (Prometheus text) and {@code GET /api/openapi.json} (the API's description).
 */
final class StatusController {

    /** Where the OpenAPI description is, as a class-path resource. */
    static final String OPENAPI_RESOURCE = "/openapi.json";

    private final IndexHandle index;
    private final ApiMetrics metrics;
    private final byte[] openApi;

    StatusController(IndexHandle index, ApiMetrics metrics) {
        this.index = index;
        this.metrics = metrics;
        this.openApi = openApi();
    }

    private static byte[] openApi() {
        try (InputStream in = StatusController.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }

    void health(Context ctx) {
        Params.allowOnly(ctx, Set.of());
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            IndexHandle.IndexStatus status = index.status();
            body.put("status", "ok");
            body.put("documents", status.documents());
            body.put("last_commit", status.lastCommit());
            body.put("schema_version", status.commitData().get(CommitKey.SCHEMA_VERSION.key()));
            // An indexer at work on this index (from the server or the command line): searches still see the last
            // commit.
            body.put(
                    "reindexing",
                    index.directory()
                            .flatMap(dir -> new StatusFiles(new IndexFolder(dir)).running())
                            .isPresent());
        } catch (IOException | RuntimeException e) {
            ctx.status(503);
            body.put("status", "unavailable");
            body.put(
                    "error",
                    Map.of(
                            "code",
                            "index_unavailable",
                            "message",
                            e instanceof IndexUnavailableException
                                    ? e.getMessage()
                                    : "the index cannot be read: "
                                            + e.getClass().getSimpleName()));
        }
        ctx.json(body);
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }
}
