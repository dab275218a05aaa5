package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * Reads and validates query parameters, failing with a 400 that says what is allowed: unknown or repeated
 * parameters, numbers out of range, bad dates and too many filter values are all refused before any search runs.
 */
final class Params {
    private Params() {}

    /** At most this many values for one filter, e.g. {@code session=37&session=43...}. */
    static final int MAX_FILTER_VALUES = 20;

    /**
     * Keeps one version of each text (the documents that share a symbol) in the language it names, e.g.
     * {@code one_version=fr}: {@link Criteria#oneVersion()}.
     */
    static final String ONE_VERSION = "one_version";

    /**
     * The parameters of {@link #criteria}: the query, the date range and one filter per facet field, and
     * {@code sort}, so that a search's parameters can be reused as they are for its facets, timeline and export
     * (only the search orders by it; it is checked everywhere).
     */
    static final Set<String> CRITERIA = criteriaParams(true);

    /** The same without {@code q}: the filters a batch applies to each of its queries. */
    static final Set<String> FILTERS = criteriaParams(false);

    private static Set<String> criteriaParams(boolean withQuery) {
        Set<String> names = new LinkedHashSet<>();
        if (withQuery) {
            names.add("q");
        }
        HrcField.facets().forEach(f -> names.add(f.fieldName()));
        names.add("from");
        names.add("to");
        names.add(ONE_VERSION);
        if (withQuery) {
            names.add("sort");
        }
        return Set.copyOf(names);
    }

    /** The union of parameter name sets. */
    @SafeVarargs
    static Set<String> union(Collection<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Collection<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    /** Refuses a parameter not in {@code allowed}, naming the allowed ones (a typo would otherwise be ignored). */
    static void allowOnly(Context ctx, Set<String> allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw ApiException.badRequest(
                        "unknown_parameter",
                        "unknown parameter '" + abbreviate(name) + "'; use one of " + new TreeSet<>(allowed));
            }
        }
    }

    /** The one value of a parameter that may be given once, or empty. */
    static Optional<String> single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw ApiException.badRequest(
                    "duplicate_parameter", name + " is given " + values.size() + " times; give it once");
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    static String string(Context ctx, String name, String fallback) {
        return single(ctx, name).orElse(fallback);
    }

    static int intInRange(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> v = single(ctx, name).filter(s -> !s.isBlank());
        if (v.isEmpty()) {
            return fallback;
        }
        String text = v.get().strip();
        if (!text.matches("[+-]?\\d{1,10}")) {
            throw ApiException.badRequest(
                    name + " must be a whole number from " + min + " to " + max + ", got '" + abbreviate(text) + "'");
        }
        long n = Long.parseLong(text);
        if (n < min || n > max) {
            throw ApiException.badRequest(name + " must be " + min + "-" + max + ", got " + n);
        }
        return (int) n;
    }

    /** The values of a repeatable parameter, blanks dropped, at most {@link #MAX_FILTER_VALUES}. */
    static List<String> all(Context ctx, String name) {
        List<String> values = ctx.queryParams(name).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (values.size() > MAX_FILTER_VALUES) {
            throw ApiException.badRequest(
                    "too_many_values",
                    name + " has " + values.size() + " values; at most " + MAX_FILTER_VALUES + " are allowed");
        }
        return values;
    }

    /** The query, facet filters and dates of a search, export, timeline or facet list; checks {@code sort} too. */
    static Criteria criteria(Context ctx) {
        sort(ctx);
        return filters(ctx).withQuery(string(ctx, "q", ""));
    }

    /** The order of {@code sort}: {@code relevance} (default), {@code date} or {@code -date}. */
    static SearchRequest.SortOrder sort(Context ctx) {
        String s = string(ctx, "sort", "relevance").strip();
        return Arrays.stream(SearchRequest.SortOrder.values())
                .filter(o -> o.param().equals(s))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest("unknown sort '" + abbreviate(s) + "'; use one of "
                        + Arrays.stream(SearchRequest.SortOrder.values())
                                .map(SearchRequest.SortOrder::param)
                                .collect(Collectors.joining(", ", "[", "]"))));
    }

    /** The facet filters and dates, without a query. */
    static Criteria filters(Context ctx) {
        Map<HrcField, List<String>> filters = new LinkedHashMap<>();
        for (HrcField f : HrcField.facets()) {
            List<String> values = all(ctx, f.fieldName());
            if (!values.isEmpty()) {
                filters.put(f, values);
            }
        }
        Optional<LocalDate> from = date(ctx, "from", false);
        Optional<LocalDate> to = date(ctx, "to", true);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ApiException.badRequest("from (" + from.get() + ") is after to (" + to.get() + ")");
        }
        return new Criteria("", filters, from, to, oneVersion(ctx));
    }

    /** The language of {@link #ONE_VERSION}, one of the six; empty when not given. */
    static Optional<Language> oneVersion(Context ctx) {
        Optional<String> v = single(ctx, ONE_VERSION).map(String::strip).filter(s -> !s.isEmpty());
        if (v.isEmpty()) {
            return Optional.empty();
        }
        List<Language> accepted = Language.official();
        return Optional.of(Language.fromCode(v.get())
                .filter(accepted::contains)
                .orElseThrow(() -> ApiException.badRequest(
                        "unknown_language",
                        ONE_VERSION + " must be one of "
                                + accepted.stream().map(Language::code).collect(Collectors.joining(", ", "[", "]"))
                                + ", got '" + abbreviate(v.get()) + "'")));
    }

    /**
     * A day as {@code 2018-03-02}, or a month ({@code 2018-03}) or a year ({@code 2018}) taken from its first day,
     * or with {@code endOfPeriod} its last.
     */
    static Optional<LocalDate> date(Context ctx, String name, boolean endOfPeriod) {
        Optional<String> v = single(ctx, name).map(String::strip).filter(s -> !s.isEmpty());
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String text = v.get();
        try {
            if (text.matches("\\d{4}")) {
                int year = Integer.parseInt(text);
                return Optional.of(endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return Optional.of(endOfPeriod ? month.atEndOfMonth() : month.atDay(1));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(text));
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw ApiException.badRequest(
                name + " must be a date as YYYY-MM-DD (or YYYY-MM, or YYYY), got '" + abbreviate(text) + "'");
    }

    static String abbreviate(String s) {
        String clean = s.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }
}
