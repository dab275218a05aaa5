package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import org.hrcsearch.api.facet.FacetService;
import org.hrcsearch.api.facet.FieldLabels;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.Cursor;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.api.search.SearchService;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * {@code GET /api/search}, {@code GET /api/facets/{name}} and {@code GET /api/fields}: reads parameters, calls the
 * service, writes JSON.
 */
final class SearchController {

    static final int MAX_SIZE = 100;
    /** Deepest hit reachable with {@code page}: past it, a cursor pages without cost. */
    static final int MAX_RESULT_WINDOW = 10_000;

    private static final Set<String> SEARCH_PARAMS = Params.union(Params.CRITERIA, Set.of("size", "page", "cursor"));

    private final SearchService search;
    private final FacetService facets;
    private final FieldLabels labels;

    SearchController(SearchService search, FacetService facets, FieldLabels labels) {
        this.search = search;
        this.facets = facets;
        this.labels = labels;
    }

    void search(Context ctx) throws Exception {
        ctx.json(search.search(request(ctx)));
    }

    /** The search a request asks for, every parameter checked; nothing here touches the index. */
    static SearchRequest request(Context ctx) {
        Params.allowOnly(ctx, SEARCH_PARAMS);
        Criteria criteria = Params.criteria(ctx);
        SearchRequest.SortOrder sort = Params.sort(ctx);
        int size = Params.intInRange(ctx, "size", 10, 1, MAX_SIZE);
        Optional<Cursor> cursor = Params.single(ctx, "cursor").map(text -> cursor(text, criteria, sort));
        int page = Params.intInRange(ctx, "page", 1, 1, MAX_RESULT_WINDOW);
        if (cursor.isPresent() && ctx.queryParam("page") != null) {
            throw ApiException.badRequest(
                    "give page or cursor, not both: the cursor already says where the page starts");
        }
        if ((long) page * size > MAX_RESULT_WINDOW) {
            throw ApiException.badRequest(
                    "result_window_too_large",
                    "page " + page + " of size " + size
                            + " is beyond the first " + MAX_RESULT_WINDOW
                            + " hits; narrow the query or page with the cursor of "
                            + "next_cursor");
        }
        return new SearchRequest(criteria, sort, size, page, cursor);
    }

    void facet(Context ctx) throws Exception {
        Params.allowOnly(ctx, Params.CRITERIA);
        String name = ctx.pathParam("name");
        HrcField field = HrcField.fromParam(name)
                .filter(HrcField::isFacet)
                .orElseThrow(() -> ApiException.badRequest(
                        "unknown_facet",
                        "unknown facet '" + Params.abbreviate(name) + "'; use one of " + HrcField.facetNames()));
        ctx.json(facets.values(Params.criteria(ctx), field));
    }

    /** The fields with their labels, for the search page: the same for every request. */
    void fields(Context ctx) {
        Params.allowOnly(ctx, Set.of());
        ctx.json(labels.fields());
    }

    private static Cursor cursor(String text, Criteria criteria, SearchRequest.SortOrder sort) {
        Cursor cursor = Cursor.decode(text.strip())
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid_cursor",
                        "cursor is not one this server made: pass next_cursor of the previous page as it came"));
        if (!SearchRequest.fits(cursor, criteria, sort)) {
            throw ApiException.badRequest(
                    "invalid_cursor",
                    "this cursor belongs to another query, filter or sort: "
                            + "page with the same parameters, or start again without a cursor");
        }
        return cursor;
    }
}
