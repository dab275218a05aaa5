package org.hrcsearch.api.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: the total, one page of hits with snippets, facet counts, and the cursor
 * of the next page.
 *
 * @param nextCursor where the next page starts, or null on the last page
 * @param partial true when the time limit cut the search short: totals and facets may be low
 */
public record SearchResponse(
        long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String nextCursor, boolean partial) {

    public SearchResponse {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /**
     * One matching document as a result list shows it.
     *
     * @param alsoIn the same text in the other languages: one document of its symbol per other language
     * @param indexedAt when it first entered the index (ISO-8601), null for an index written without the time
     * @param updatedAt when its file last changed after that, or null
     * @param actions what became of the drafts it is or cites, as its document view says ({@link
     *     org.hrcsearch.api.action.ActionService#cited})
     */
    public record Hit(
            String id,
            String symbol,
            String title,
            String type,
            String session,
            String date,
            String lang,
            List<LanguageVersions.Version> alsoIn,
            List<String> signatories,
            List<String> concerns,
            String file,
            int pages,
            float score,
            List<Snippet> snippets,
            String indexedAt,
            String updatedAt,
            List<org.hrcsearch.api.action.ActionService.CitedAction> actions) {
        public Hit {
            alsoIn = List.copyOf(alsoIn);
            signatories = List.copyOf(signatories);
            concerns = List.copyOf(concerns);
            snippets = List.copyOf(snippets);
            actions = List.copyOf(actions);
        }
    }

    /** A passage of the text with the matched words in {@code <mark>}, and the page on which it stands. */
    public record Snippet(String text, int page) {}

    /** One value of a facet and how many matching documents have it. */
    public record FacetValue(String value, String label, long count) {}
}
