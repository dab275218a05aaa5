package org.hrcsearch.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.util.Optional;
import org.hrcsearch.api.admin.AdminController;
import org.hrcsearch.api.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP application: routes, JSON and error mapping over a {@link SearchService}. Built here, started by the
 * caller, so tests can run it in-process over an in-memory index.
 */
public final class SearchApp {
  private static final Logger LOG = LoggerFactory.getLogger(SearchApp.class);

  private SearchApp() {}

  /** JSON as the API documents it: snake_case names. */
  public static ObjectMapper objectMapper() {
    return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  public static Javalin create(SearchService service) {
    return create(service, Optional.empty());
  }

  /** The application with the admin routes ({@code /api/admin/...}) of {@code admin}, when given. */
  public static Javalin create(SearchService service, Optional<AdminController> admin) {
    SearchController search = new SearchController(service);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(objectMapper(), false));
      config.routes.get("/health", search::health);
      config.routes.get("/api/search", search::search);
      admin.ifPresent(a -> {
        config.routes.post("/api/admin/reindex", a::startReindex);
        config.routes.get("/api/admin/reindex", a::reindexStatus);
      });

      config.routes.exception(ApiException.class, (e, ctx) ->
          ctx.status(e.status()).json(ErrorBody.of(e.code(), e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
            .json(ErrorBody.of("internal_error", "the server failed to answer; the error is in its log"));
      });
      config.routes.error(404, ctx -> {
        String type = ctx.res().getContentType();
        if (type == null || !type.contains("json")) {
          ctx.json(ErrorBody.of("not_found", "no such route: " + ctx.method() + " " + ctx.path()));
        }
      });
    });
  }
}
