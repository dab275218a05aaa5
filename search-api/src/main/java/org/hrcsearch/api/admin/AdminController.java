package org.hrcsearch.api.admin;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hrcsearch.api.http.ApiException;

/**
 * {@code POST /api/admin/reindex} starts the indexer; {@code GET /api/admin/reindex} says how it is going and how
 * the last run ended. Only with an admin token configured ({@code HRC_ADMIN_TOKEN}), sent as
 * {@code Authorization: Bearer <token>}: without the header, or with a malformed one, 401; with a wrong token,
 * 403; a token in the query string (where logs and browser histories keep it) is refused with 400.
 */
public final class AdminController {

    /** Query parameters that look like a credential: refused wherever they appear. */
    private static final Set<String> CREDENTIAL_PARAMS = Set.of("token", "access_token", "api_key", "apikey", "key");

    private final ReindexService reindex;
    private final Optional<byte[]> tokenDigest;

    /** The admin routes of a server that has no corpus or no token to reindex with: every call is a 404. */
    public static AdminController disabled() {
        return new AdminController(null, Optional.empty());
    }

    /** @param token the admin token; empty disables the admin routes (404), and then {@code reindex} may be null */
    public AdminController(ReindexService reindex, Optional<String> token) {
        this.reindex = reindex;
        this.tokenDigest = token.filter(t -> !t.isBlank()).map(AdminController::digest);
    }

    public void startReindex(Context ctx) {
        authorize(ctx);
        boolean full = "true".equalsIgnoreCase(ctx.queryParam("full"));
        try {
            long pid = reindex.start(full);
            ctx.status(202)
                    .json(Map.of("status", "started", "pid", pid, "full", full, "progress", "GET /api/admin/reindex"));
        } catch (ReindexService.Refused r) {
            throw r.busy()
                    ? new ApiException(409, "reindex_running", r.getMessage())
                    : new ApiException(503, "reindex_unavailable", r.getMessage());
        }
    }

    public void reindexStatus(Context ctx) {
        authorize(ctx);
        ctx.json(reindex.status());
    }

    private void authorize(Context ctx) {
        if (tokenDigest.isEmpty()) {
            throw new ApiException(
                    404,
                    "admin_disabled",
                    "the admin API is disabled: start the server with HRC_ADMIN_TOKEN set to enable it");
        }
        for (String name : ctx.queryParamMap().keySet()) {
            if (CREDENTIAL_PARAMS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new ApiException(
                        400,
                        "token_in_query",
                        "never put the admin token in a URL (logs and histories keep"
                                + " it); send it as 'Authorization: Bearer <token>'");
            }
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"hrc-search admin\"");
            throw new ApiException(401, "unauthorized", "send the admin token as 'Authorization: Bearer <token>'");
        }
        String[] parts = header.strip().split("\\s+");
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"hrc-search admin\", error=\"invalid_request\"");
            throw new ApiException(401, "unauthorized", "the Authorization header must be 'Bearer <token>'");
        }
        if (!MessageDigest.isEqual(digest(parts[1]), tokenDigest.get())) { // equal lengths: constant time
            throw new ApiException(403, "forbidden", "wrong admin token");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
