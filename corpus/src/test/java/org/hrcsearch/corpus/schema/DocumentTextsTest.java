package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentTextsTest {

  /** Letters of one, two, three and four UTF-8 bytes (the last a surrogate pair in Java). */
  private static final String[] LETTERS = {"a", " ", "\n", "é", "–", "’", "中", "😀", "\u00ad"};

  @Test
  void theOpeningCharactersAreWhatSubstringGives() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(LETTERS[random.nextInt(LETTERS.length)]);
      }
      String text = sb.toString();
      int max = random.nextInt(text.length() + 3);
      String expected = text.substring(0, Math.min(max, text.length()));
      assertThat(DocumentTexts.decode(DocumentTexts.encode(text), max)).as("%s cut at %d", text, max)
          .isEqualTo(expected);
    }
  }

  @Test
  void aWholeTextComesBackAsItWent() {
    String text = "Win–win cooperation 😀 is the only viable option.\n\nPage two.";
    assertThat(DocumentTexts.decode(DocumentTexts.encode(text), Integer.MAX_VALUE)).isEqualTo(text);
  }
}
