package org.hrcsearch.indexer.enrich;

import java.util.Random;

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
}
