package org.hrcsearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * The fixed mix of searches the benchmark runs, over both the HRC documents and the General Debate speeches:
 * phrases, a wildcard, NEAR, negation, facet filters and sorts. Every one is a full search answer: ten hits with
 * snippets and page numbers, and drill-sideways counts for every facet.
 */
final class QueryMix {
    private QueryMix() {}

    /** One search of the mix. */
    record Search(String query, Map<HrcField, List<String>> filters, SearchRequest.SortOrder sort) {

        /** The same search as {@code /api/search?...}. */
        String url() {
            StringBuilder sb = new StringBuilder("/api/search?q=").append(encode(query));
            filters.forEach((f, values) -> values.forEach(
                    v -> sb.append('&').append(f.fieldName()).append('=').append(encode(v))));
            return sb.append("&sort=").append(encode(sort.param())).toString();
        }

        /** The same search as the service takes it. */
        SearchRequest request() {
            return new SearchRequest(
                    new Criteria(query, filters, Optional.empty(), Optional.empty()), sort, 10, 1, Optional.empty());
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    private static Search search(String query, SearchRequest.SortOrder sort, Object... fieldValues) {
        Map<HrcField, List<String>> filters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldValues.length; i += 2) {
            HrcField f = (HrcField) fieldValues[i];
            filters.merge(
                    f,
                    List.of((String) fieldValues[i + 1]),
                    (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        }
        return new Search(query, filters, sort);
    }

    static final List<Search> SEARCHES = List.of(
            search("\"human rights\"", SearchRequest.SortOrder.RELEVANCE),
            search("\"international peace and security\"", SearchRequest.SortOrder.RELEVANCE),
            search("\"freedom of expression\"", SearchRequest.SortOrder.RELEVANCE, HrcField.YEAR, "2012"),
            search("\"climate change\"", SearchRequest.SortOrder.DATE_DESCENDING),
            search("\"universal periodic review\"", SearchRequest.SortOrder.RELEVANCE, HrcField.TYPE, "report"),
            search("\"human rights defenders\"", SearchRequest.SortOrder.RELEVANCE, HrcField.SESSION, "19"),
            search("\"nuclear weapons\"", SearchRequest.SortOrder.RELEVANCE, HrcField.YEAR, "1985"),
            search("self-determination", SearchRequest.SortOrder.RELEVANCE),
            search("\"national human rights institution\"", SearchRequest.SortOrder.RELEVANCE),
            search("torture NEAR/5 detention", SearchRequest.SortOrder.RELEVANCE),
            search("apartheid", SearchRequest.SortOrder.RELEVANCE, HrcField.YEAR, "1975", HrcField.YEAR, "1980"),
            search("\"death penalty\"", SearchRequest.SortOrder.RELEVANCE, HrcField.LANGUAGE, "en"),
            search("terroris*", SearchRequest.SortOrder.RELEVANCE),
            search("\"sustainable development\" -climate", SearchRequest.SortOrder.RELEVANCE),
            search("\"civil society\"", SearchRequest.SortOrder.DATE_ASCENDING, HrcField.TYPE, "other"),
            search("", SearchRequest.SortOrder.DATE_DESCENDING, HrcField.YEAR, "2020"));
}
