package org.hrcsearch.corpus.action;

/**
 * The counts of a recorded vote as the report prints them, e.g. {@code 23-16-8} for "by 23 votes to 16, with 8
 * abstentions".
 */
public record Tally(int inFavour, int against, int abstaining) {
    public Tally {
        if (inFavour < 0 || against < 0 || abstaining < 0) {
            throw new IllegalArgumentException(
                    "a tally counts votes, so none is negative: " + inFavour + "-" + against + "-" + abstaining);
        }
    }

    /** Reads {@code 23-16-8}, the form {@link #toString()} writes. */
    public static Tally parse(String text) {
        String[] parts = text.strip().split("-", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException(
                    "a tally is written in favour-against-abstaining, e.g. 23-16-8, got '" + text + "'");
        }
        try {
            return new Tally(
                    Integer.parseInt(parts[0].strip()),
                    Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a tally is three whole numbers, e.g. 23-16-8, got '" + text + "'");
        }
    }

    public int total() {
        return inFavour + against + abstaining;
    }

    @Override
    public String toString() {
        return inFavour + "-" + against + "-" + abstaining;
    }
}
