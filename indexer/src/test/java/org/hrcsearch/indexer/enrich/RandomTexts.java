package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Function;

/**
 * Random texts glued together from given pieces, for the tests that hold a hand-written scan to the regexes it
 * replaced. The seed is new on every run unless {@code -Dhrc.test.seed} sets it; a failure names it.
 */
final class RandomTexts {

    /** How many texts each comparison tries. */
    static final int ROUNDS = 20_000;

    final long seed = Long.getLong("hrc.test.seed", System.nanoTime());
    final Random random = new Random(seed);
    private final String[] pieces;

    RandomTexts(String... pieces) {
        this.pieces = pieces;
    }

    /** A text of 1 to {@code maxPieces} pieces. */
    String upTo(int maxPieces) {
        return of(1 + random.nextInt(maxPieces));
    }

    /** A text of exactly {@code count} pieces. */
    String of(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /**
     * On {@link #ROUNDS} texts of up to {@code maxPieces} pieces, {@code scan} gives what {@code specification} (the
     * regex it replaced) gives; a failure names the seed and the text.
     */
    <T> void assertAgree(int maxPieces, Function<String, T> scan, Function<String, T> specification) {
        for (int n = 0; n < ROUNDS; n++) {
            String text = upTo(maxPieces);
            assertThat(scan.apply(text))
                    .as("seed %d, text %s", seed, escaped(text))
                    .isEqualTo(specification.apply(text));
        }
    }

    /** {@code s} with its line breaks and tabs visible, for a failure message. */
    static String escaped(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t");
    }
}
