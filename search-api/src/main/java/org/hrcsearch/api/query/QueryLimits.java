package org.hrcsearch.api.query;

/**
 * What one query may cost: its length, its number of terms, nesting depth, prefix expansions and slop. A query
 * past a limit gets a 400 that names the limit, never a slow or unbounded search.
 */
public record QueryLimits(int maxChars, int maxTerms, int maxDepth, int maxPrefixExpansions, int maxSlop) {

    public static final QueryLimits DEFAULT = new QueryLimits(4_000, 256, 16, 512, 100);

    public QueryLimits {
        if (maxChars < 1 || maxTerms < 1 || maxDepth < 1 || maxPrefixExpansions < 1 || maxSlop < 0) {
            throw new IllegalArgumentException("query limits must be positive");
        }
    }
}
