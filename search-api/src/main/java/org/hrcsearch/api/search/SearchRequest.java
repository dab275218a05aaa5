package org.hrcsearch.api.search;

import java.util.Objects;
import java.util.Optional;

/**
 * One page of a search: what is selected, in which order, and which page, by number or by a cursor.
 *
 * @param page 1-based page number; 1 when a cursor is given
 * @param cursor where the previous page ended, for paging past any depth
 */
public record SearchRequest(Criteria criteria, SortOrder sort, int size, int page, Optional<Cursor> cursor) {

    /** How hits are ordered. */
    public enum SortOrder {
        RELEVANCE("relevance"),
        DATE_ASCENDING("date"),
        DATE_DESCENDING("-date"),
        /** Newest in the index first: by when each document first entered it (what a feed follows). */
        INDEXED_DESCENDING("-indexed");

        private final String param;

        SortOrder(String param) {
            this.param = param;
        }

        /** The name in the {@code sort} parameter. */
        public String param() {
            return param;
        }
    }

    public SearchRequest {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(cursor, "cursor");
        if (size < 1 || page < 1) {
            throw new IllegalArgumentException("size and page start at 1");
        }
        if (cursor.isPresent() && page != 1) {
            throw new IllegalArgumentException("a cursor replaces the page number");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(Criteria.of(query), SortOrder.RELEVANCE, 10, 1, Optional.empty());
    }

    /** Whether {@code cursor} was made for this search and order (a cursor cannot jump between searches). */
    public static boolean fits(Cursor cursor, Criteria criteria, SortOrder sort) {
        return cursor.sort() == sort && cursor.fingerprint().equals(criteria.fingerprint());
    }
}
