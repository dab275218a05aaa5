package org.hrcsearch.api.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Where a page of hits ended, handed to the client as an opaque string and back for the next page. It holds the
 * sort values of the last hit (its score or date, then its id), so paging goes on after that hit however deep,
 * and still works after the index has been refreshed in between.
 *
 * @param sort the order the pages are in
 * @param fingerprint the {@link Criteria#fingerprint()} of the search it belongs to
 * @param score the last hit's score (relevance order)
 * @param day the last hit's date as days since 1970 (date orders; the missing value for an undated document), or
 *     the time it first entered the index in milliseconds since 1970 (the order newest in the index first)
 * @param id the last hit's id
 */
public record Cursor(SearchRequest.SortOrder sort, String fingerprint, float score, long day, String id) {

    private static final String VERSION = "1";
    private static final int MAX_ENCODED_LENGTH = 200;

    /** The cursor after {@code last}, a hit of a search sorted by {@code sort}. */
    static Cursor after(FieldDoc last, SearchRequest.SortOrder sort, String fingerprint) {
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        return sort == SearchRequest.SortOrder.RELEVANCE
                ? new Cursor(sort, fingerprint, (Float) last.fields[0], 0, id)
                : new Cursor(sort, fingerprint, 0f, (Long) last.fields[0], id);
    }

    /** The sort values Lucene pages after; the doc id past every real one skips the last hit itself. */
    FieldDoc toFieldDoc() {
        Object first = sort == SearchRequest.SortOrder.RELEVANCE ? (Object) score : (Object) day;
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {first, new BytesRef(id)});
    }

    public String encode() {
        String plain = String.join(
                "|",
                VERSION,
                sort.param(),
                fingerprint,
                Integer.toHexString(Float.floatToIntBits(score)),
                Long.toString(day),
                id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or empty when the text is not one this server made. */
    public static Optional<Cursor> decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_ENCODED_LENGTH) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 6
                    || !parts[0].equals(VERSION)
                    || !parts[2].matches("[0-9a-f]{1,8}")
                    || !parts[5].matches("[0-9a-f]{16}")) {
                return Optional.empty();
            }
            Optional<SearchRequest.SortOrder> sort = Arrays.stream(SearchRequest.SortOrder.values())
                    .filter(o -> o.param().equals(parts[1]))
                    .findFirst();
            float score = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[3], 16));
            long day = Long.parseLong(parts[4]);
            return sort.map(s -> new Cursor(s, parts[2], score, day, parts[5]));
        } catch (IllegalArgumentException e) { // bad Base64 or numbers
            return Optional.empty();
        }
    }
}
