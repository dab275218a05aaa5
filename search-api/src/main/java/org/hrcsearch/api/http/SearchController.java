package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.api.search.SearchService;
import org.hrcsearch.corpus.schema.HrcField;

/** {@code GET /api/search} and {@code GET /health}: reads parameters, calls the service, writes JSON. */
final class SearchController {

  static final int MAX_SIZE = 100;
  /** Deepest hit reachable with {@code page}: past it, a cursor pages without cost. */
  static final int MAX_RESULT_WINDOW = 10_000;

  private final SearchService service;

  SearchController(SearchService service) {
    this.service = service;
  }

  void search(Context ctx) throws IOException {
    int size = Params.intInRange(ctx, "size", 10, 1, MAX_SIZE);
    int page = Params.intInRange(ctx, "page", 1, 1, MAX_RESULT_WINDOW);
    if ((long) page * size > MAX_RESULT_WINDOW) {
      throw ApiException.badRequest("page " + page + " of size " + size + " is beyond the first "
          + MAX_RESULT_WINDOW + " hits; narrow the query or page with a cursor");
    }
    SearchRequest request = new SearchRequest(Params.string(ctx, "q", ""), filters(ctx), sort(ctx), size, page);
    try {
      ctx.json(service.search(request));
    } catch (QuerySyntaxException e) {
      throw new ApiException(400, "bad_query", e.getMessage());
    }
  }

  static Map<HrcField, List<String>> filters(Context ctx) {
    Map<HrcField, List<String>> filters = new LinkedHashMap<>();
    for (HrcField f : HrcField.facets()) {
      List<String> values = Params.all(ctx, f.fieldName());
      if (!values.isEmpty()) {
        filters.put(f, values);
      }
    }
    return filters;
  }

  private static SearchRequest.SortOrder sort(Context ctx) {
    String s = Params.string(ctx, "sort", "relevance");
    return Arrays.stream(SearchRequest.SortOrder.values())
        .filter(o -> o.param().equals(s))
        .findFirst()
        .orElseThrow(() -> ApiException.badRequest("unknown sort '" + Params.abbreviate(s) + "'; use one of "
            + Arrays.stream(SearchRequest.SortOrder.values()).map(SearchRequest.SortOrder::param)
                .collect(Collectors.joining(", ", "[", "]"))));
  }

  void health(Context ctx) throws IOException {
    SearchService.IndexStatus status = service.status();
    ctx.json(Map.of(
        "status", status.readable() ? "ok" : "unavailable",
        "documents", status.documents(),
        "last_commit", status.lastCommit()));
  }
}
