package org.hrcsearch.api.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which pages of other origins may call the API from a browser: only the listed origins (e.g.
 * {@code https://example.org}), only with GET, HEAD and POST (the batch), only with a {@code Content-Type} header,
 * never with credentials, and never on the admin routes, whose token no page of another origin should hold.
 * Anything else gets no {@code Access-Control-Allow-Origin} header, so the browser refuses.
 *
 * <p>Javalin's bundled CORS plugin is not used: it echoes whatever method and headers a preflight asks for
 * (the {@code Authorization} header too) on every path.
 */
final class CorsPolicy {

    /** Routes no other origin may call, whatever the list says. */
    static final String ADMIN_PREFIX = "/api/admin";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

    private final Set<String> origins;

    /** @param origins such as {@code https://example.org} ({@code example.org} means https) */
    CorsPolicy(List<String> origins) {
        Set<String> normal = new LinkedHashSet<>();
        for (String o : origins) {
            normal.add(normalize(o));
        }
        this.origins = Set.copyOf(normal);
    }

    private static String normalize(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        while (o.endsWith("/")) {
            o = o.substring(0, o.length() - 1);
        }
        if (!o.contains("://")) {
            o = "https://" + o;
        }
        if (!o.matches("https?://[a-z0-9.\\-\\[\\]:]+")) {
            throw new IllegalArgumentException("a CORS origin is a scheme and a host, e.g. https://example.org or "
                    + "http://localhost:3000; got '" + origin + "'");
        }
        return o;
    }

    /** A before-handler: marks an allowed cross-origin request, and answers an allowed preflight with 204. */
    void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null
                || ctx.path().startsWith(ADMIN_PREFIX)
                || !origins.contains(origin.toLowerCase(Locale.ROOT))) {
            return;
        }
        ctx.header("Vary", "Origin");
        boolean preflight = ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null;
        if (!preflight) {
            ctx.header("Access-Control-Allow-Origin", origin);
            return;
        }
        if (!METHODS.contains(ctx.header("Access-Control-Request-Method"))) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header(
                "Access-Control-Allow-Methods",
                String.join(", ", METHODS.stream().sorted().toList()));
        ctx.header("Access-Control-Allow-Headers", "Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
        ctx.skipRemainingHandlers();
    }
}
