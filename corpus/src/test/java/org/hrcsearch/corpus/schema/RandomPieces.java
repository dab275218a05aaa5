package org.hrcsearch.corpus.schema;

import java.util.Random;

/**
 * Random texts glued together from given pieces, for the tests of this module that hold a hand-written scan to what
 * it replaced (the indexer's tests have their own, {@code RandomTexts}). The seed is new on every run unless
 * {@code -Dhrc.test.seed} sets it; {@link #describe} names it with the text for a failure message.
 */
final class RandomPieces {

    final long seed = Long.getLong("hrc.test.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final String[] pieces;

    RandomPieces(String... pieces) {
        this.pieces = pieces;
    }

    /** A text of {@code count} pieces. */
    String of(int count) {
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < count; n++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /** A number from 0 to {@code bound} - 1, from the same seed. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** The seed and the text (its first 200 characters), for a failure message. */
    String describe(String text) {
        return "seed " + seed + ", text [" + (text.length() > 200 ? text.substring(0, 200) + "..." : text) + "]";
    }
}
