package org.hrcsearch.corpus.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session of the Human Rights Council, e.g. the regular {@code 37} or the special {@code S-35}.
 *
 * <p>Regular and special sessions are numbered independently, so {@code S-35} is not session 35. The {@link #label()}
 * is the form used in symbols, facets and URLs; {@link #sortKey()} orders regular sessions before special ones.
 */
public record Session(int number, boolean special) implements Comparable<Session> {

    private static final Pattern LABEL = Pattern.compile("(?i)\\s*(S\\s*-?\\s*)?(\\d{1,3})\\s*");

    public Session {
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("session number must be 1-999, got " + number);
        }
    }

    public static Session regular(int number) {
        return new Session(number, false);
    }

    public static Session special(int number) {
        return new Session(number, true);
    }

    /** Parses a label as users and symbols write it: {@code 37}, {@code S-35}, {@code s35}. */
    public static Optional<Session> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(2));
        if (n < 1) {
            return Optional.empty();
        }
        return Optional.of(new Session(n, m.group(1) != null));
    }

    public String label() {
        return special ? "S-" + number : Integer.toString(number);
    }

    /** Regular sessions first in numeric order, then special sessions in numeric order. */
    public int sortKey() {
        return special ? 1000 + number : number;
    }

    @Override
    public int compareTo(Session other) {
        return Integer.compare(sortKey(), other.sortKey());
    }

    @Override
    public String toString() {
        return label();
    }
}
