package org.hrcsearch.api.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * One search: the query text, facet filters (values of one field are ORed, fields are ANDed), order and page.
 *
 * @param query the query language text; blank means every document
 * @param filters canonical facet values per facet field
 * @param page 1-based page number
 */
public record SearchRequest(String query, Map<HrcField, List<String>> filters, SortOrder sort, int size, int page) {

  /** How hits are ordered. */
  public enum SortOrder {
    RELEVANCE("relevance"),
    DATE_ASCENDING("date"),
    DATE_DESCENDING("-date");

    private final String param;

    SortOrder(String param) {
      this.param = param;
    }

    public String param() {
      return param;
    }
  }

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Map<HrcField, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((field, values) -> {
      if (!field.isFacet()) {
        throw new IllegalArgumentException(field + " is not a facet field");
      }
      if (!values.isEmpty()) {
        copy.put(field, List.copyOf(values));
      }
    });
    filters = Map.copyOf(copy);
    Objects.requireNonNull(sort, "sort");
    if (size < 1 || page < 1) {
      throw new IllegalArgumentException("size and page start at 1");
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 10, 1);
  }
}
