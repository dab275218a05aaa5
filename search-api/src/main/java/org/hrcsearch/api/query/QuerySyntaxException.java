package org.hrcsearch.api.query;

/**
 * A query the user typed that the language does not accept, with what is wrong, where (0-based character
 * position) and how to fix it, e.g. {@code unbalanced quote: close the phrase with " (at position 12)}.
 *
 * <p>The {@link #code()} tells a syntax error ({@code bad_query}) from a query past one of the {@link QueryLimits}
 * ({@code query_too_long}, {@code too_many_terms}, {@code too_deeply_nested}, {@code too_many_clauses}).
 */
public final class QuerySyntaxException extends Exception {

    /** The code of a plain syntax error. */
    public static final String BAD_QUERY = "bad_query";

    private final String code;
    private final int position;

    public QuerySyntaxException(String message, int position) {
        this(BAD_QUERY, message, position);
    }

    public QuerySyntaxException(String code, String message, int position) {
        super(position >= 0 ? message + " (at position " + position + ")" : message);
        this.code = code;
        this.position = position;
    }

    /** A stable, machine-readable name of the problem, e.g. {@code too_many_terms}. */
    public String code() {
        return code;
    }

    /** Where in the query the problem is, or -1 when it is about the query as a whole. */
    public int position() {
        return position;
    }
}
