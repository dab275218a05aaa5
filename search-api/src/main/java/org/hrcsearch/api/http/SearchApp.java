package org.hrcsearch.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hrcsearch.api.admin.AdminController;
import org.hrcsearch.api.feed.FeedLinks;
import org.hrcsearch.api.index.IndexUnavailableException;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP application: routes, JSON, CORS, metrics and error mapping over the {@link ApiServices}. Built here,
 * started by the caller, so tests can run it in-process over an in-memory index.
 */
public final class SearchApp {
    private static final Logger LOG = LoggerFactory.getLogger(SearchApp.class);

    /** A {@code %} not followed by two hexadecimal digits. */
    private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private SearchApp() {}

    /**
     * Server settings beside the index.
     *
     * @param corsOrigins the origins (e.g. {@code https://example.org}) whose pages may call the API from a browser;
     *     empty: none may (no CORS headers at all)
     * @param admin the reindex routes under {@code /api/admin}; empty: they answer 404 {@code admin_disabled}
     * @param load how many searches may run and wait at once before more are shed with 503 ({@link LoadShedder})
     */
    public record Options(List<String> corsOrigins, Optional<AdminController> admin, LoadShedder.Limits load) {
        public static final Options DEFAULT = new Options(List.of(), Optional.empty());

        public Options {
            corsOrigins = List.copyOf(corsOrigins);
            java.util.Objects.requireNonNull(admin, "admin");
            java.util.Objects.requireNonNull(load, "load");
        }

        /** With the load limits of this machine's cores. */
        public Options(List<String> corsOrigins, Optional<AdminController> admin) {
            this(corsOrigins, admin, LoadShedder.Limits.defaults());
        }
    }

    /** JSON as the API documents it: snake_case names. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /**
     * The checks a request can fail without the index, run before it waits for a slot: the query's syntax and
     * limits on every route that takes one, and every parameter of a search.
     */
    private static void precheck(Context ctx, SearchService search) throws QuerySyntaxException {
        String q = ctx.queryParam("q");
        if (q != null) {
            search.checkQuery(q);
        }
        Endpoint route = ctx.endpoints().matchedHttpEndpoint();
        if (route != null && route.path.equals("/api/search")) {
            SearchController.request(ctx);
        }
        if (route != null && route.path.equals(FeedLinks.PATH)) {
            FeedController.criteria(ctx);
        }
    }

    public static Javalin create(ApiServices services) {
        return create(services, Options.DEFAULT);
    }

    public static Javalin create(ApiServices services, Options options) {
        return create(services, options, new LoadShedder(options.load()));
    }

    /** With the given shedder, so that a test can hold its slots. */
    static Javalin create(ApiServices services, Options options, LoadShedder shedder) {
        ApiMetrics metrics = new ApiMetrics(services.index());
        shedder.bindTo(metrics.registry());
        SearchController search = new SearchController(services.search(), services.facets(), services.labels());
        DocumentController documents = new DocumentController(services.documents());
        SignatoryController signatories = new SignatoryController(services.signatories());
        TimelineController timeline = new TimelineController(services.timeline());
        ExportController export = new ExportController(services.export());
        FeedController feed = new FeedController(services.feeds());
        StatusController status = new StatusController(services.index(), metrics);
        ActionController actions = new ActionController(services.actions(), services.stateVotes());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = TimelineController.MAX_BODY_BYTES;
            // Jetty's own errors (414, 431, 400 for a request it cannot parse) in the API's JSON, not an HTML page
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.requestLogger.http(metrics::record);
            // The search page: plain files from the classpath, every asset local (users work offline or behind
            // filters).
            config.staticFiles.add(web -> {
                web.hostedPath = "/";
                web.directory = "/web";
                web.location = Location.CLASSPATH;
                web.headers = Map.of(
                        "Cache-Control",
                        "no-cache",
                        "X-Content-Type-Options",
                        "nosniff",
                        "Content-Security-Policy",
                        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
            });

            if (!options.corsOrigins().isEmpty()) {
                config.routes.before(new CorsPolicy(options.corsOrigins())::apply);
            }
            config.routes.before(SearchApp::requireDecodableQuery);
            shedder.install(config.routes, ctx -> precheck(ctx, services.search()));
            config.routes.get("/health", status::health);
            config.routes.get("/metrics", status::metrics);
            config.routes.get("/api/openapi.json", status::openApi);
            config.routes.get("/api/search", search::search);
            config.routes.get("/api/facets/{name}", search::facet);
            config.routes.get("/api/fields", search::fields);
            config.routes.get("/api/documents/{id}", documents::document);
            config.routes.get("/api/documents/{id}/text", documents::text);
            config.routes.get("/api/documents/{id}/file", documents::file);
            config.routes.get("/api/signatories", signatories::list);
            config.routes.get("/api/signatories/{name}/documents", signatories::documents);
            config.routes.get("/api/timeline", timeline::timeline);
            config.routes.post("/api/batch", timeline::batch);
            config.routes.get("/api/export", export::export);
            config.routes.get("/api/actions", actions::list);
            config.routes.get("/api/actions/export", actions::export);
            for (String symbol : ActionController.SYMBOL_PATHS) { // a symbol holds slashes: one route per length
                config.routes.get("/api/actions/" + symbol, actions::story);
            }
            config.routes.get("/api/states/{name}/votes", actions::stateVotes);
            config.routes.get(FeedLinks.PATH, feed::feed);
            AdminController admin = options.admin().orElseGet(AdminController::disabled);
            config.routes.post("/api/admin/reindex", admin::startReindex);
            config.routes.get("/api/admin/reindex", admin::reindexStatus);

            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            config.routes.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, 400, e.code(), e.getMessage()));
            // No commit the server can trust (a corrupt index): say so, never answer from a damaged one.
            config.routes.exception(
                    IndexUnavailableException.class, (e, ctx) -> error(ctx, 503, "index_unavailable", e.getMessage()));
            config.routes.exception(
                    HttpResponseException.class,
                    (e, ctx) -> error(ctx, e.getStatus(), code(e.getStatus()), message(ctx, e)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                error(
                        ctx,
                        HttpStatus.INTERNAL_SERVER_ERROR.getCode(),
                        "internal_error",
                        "the server failed to answer; the error is in its log");
            });
            config.routes.error(
                    404,
                    ctx -> ensureJson(
                            ctx, "not_found", "no such route: " + ctx.method() + " " + Params.abbreviate(ctx.path())));
            config.routes.error(
                    405,
                    ctx -> ensureJson(
                            ctx,
                            "method_not_allowed",
                            ctx.method() + " is not allowed on " + Params.abbreviate(ctx.path())));
        });
    }

    /**
     * Malformed percent-encoding in the query string is the caller's error, not the server's; so are bytes that are
     * not UTF-8 ({@code %E8} from a Latin-1 page, {@code %C0%AF}, raw GBK bytes), which Jetty decodes to U+FFFD: a
     * search for U+FFFD would silently find nothing.
     */
    private static void requireDecodableQuery(Context ctx) {
        String raw = ctx.queryString();
        if (raw != null && MALFORMED_ESCAPE.matcher(raw).find()) {
            throw badEncoding(); // Jetty would keep "%ZZ" or "a%2" as typed, and the search would look for that
        }
        Map<String, List<String>> params;
        try {
            params = ctx.queryParamMap();
        } catch (IllegalArgumentException e) {
            throw badEncoding();
        }
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (p.getKey().indexOf('\uFFFD') >= 0 || p.getValue().stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0)) {
                throw badEncoding();
            }
        }
    }

    private static ApiException badEncoding() {
        return ApiException.badRequest(
                "bad_encoding",
                "the query string is not valid percent-encoded UTF-8: encode "
                        + "the text as UTF-8 before percent-encoding it (é is %C3%A9)");
    }

    private static void error(Context ctx, int status, String code, String message) {
        if (status == 413) {
            // The rest of the body may be unread, and then the connection cannot carry another request: say so, or a
            // client that keeps connections alive sends its next request into a connection the server is closing.
            ctx.header("Connection", "close");
        }
        ctx.status(status).json(ErrorBody.of(code, message));
    }

    /** Turns the router's own 404/405 into the API's error body, unless a handler already wrote one. */
    private static void ensureJson(Context ctx, String code, String message) {
        String type = ctx.res().getContentType();
        if (type == null || !type.contains("json")) {
            ctx.json(ErrorBody.of(code, message));
        }
    }

    /** The router's own messages, in the API's words. */
    private static String message(Context ctx, HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "no such route: " + ctx.method() + " " + Params.abbreviate(ctx.path());
            case 405 -> ctx.method() + " is not allowed on " + Params.abbreviate(ctx.path());
            case 413 -> "the request body is too large: at most " + TimelineController.MAX_BODY_BYTES / 1024 + " KiB";
            default -> e.getMessage();
        };
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "unavailable";
            default -> "http_" + status;
        };
    }
}
