package org.hrcsearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The request paths the load tests send: the {@link QueryMix} searches with facets and paging added (normal
 * traffic), and abusive requests the server must refuse cheaply with a 4xx (leading wildcards, fuzzy and regular
 * expression syntax, a 300-term query and a 10,000-term one (80 KB: Jetty's 414), pages beyond the 10,000-hit window).
 */
final class LoadMix {
    private LoadMix() {}

    /** Normal traffic: every search of the mix, a facet list for some of them, and later pages of others. */
    static List<String> normal() {
        List<String> paths = new ArrayList<>();
        List<QueryMix.Search> searches = QueryMix.SEARCHES;
        for (int i = 0; i < searches.size(); i++) {
            QueryMix.Search s = searches.get(i);
            paths.add(s.url());
            if (i % 4 == 1) {
                paths.add("/api/facets/signatory?q=" + encode(s.query()));
            }
            if (i % 4 == 2) {
                paths.add(s.url() + "&page=3");
            }
            if (i % 4 == 3) {
                paths.add(s.url() + "&size=50&page=2");
            }
        }
        return List.copyOf(paths);
    }

    /** Abusive requests, each of which must be refused with a 4xx before any search runs. */
    static List<String> abusive() {
        // distinct words: the parser's term limit (256) counts words, under its 4,000-character limit
        String manyTerms = java.util.stream.IntStream.rangeClosed(1, 300)
                .mapToObj(i -> "w" + i)
                .collect(java.util.stream.Collectors.joining(" "));
        String tenThousandTerms = String.join(" ", java.util.Collections.nCopies(10_000, "rights"));
        return List.of(
                "/api/search?q=" + encode("*rights"),
                "/api/search?q=" + encode("?ights"),
                "/api/search?q=" + encode("rights~2"),
                "/api/search?q=" + encode("/.*/"),
                "/api/search?q=" + encode(manyTerms),
                "/api/search?q=" + encode(tenThousandTerms),
                "/api/search?q=" + encode("\"human rights\"") + "&page=101&size=100",
                "/api/search?q=" + encode("torture") + "&page=1000000&size=100",
                "/api/facets/signatory?q=" + encode("*tion"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
