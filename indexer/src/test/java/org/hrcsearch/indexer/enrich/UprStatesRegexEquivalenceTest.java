package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link UprStates#wordsBeforeRecommended} tries its pattern only back from each "recommended", no longer from every
 * position of the text: on random text made of names, small words, "recommended", parentheses and line breaks it
 * finds what the pattern found scanning everything, which is kept here as the specification.
 */
class UprStatesRegexEquivalenceTest {

  private static final String SPACE = "(?:[ \\t]+|[ \\t]*\\n[ \\t]*)";
  private static final Pattern RECOMMENDED_BY = Pattern.compile(
      "((?:[\\p{Lu}][\\p{L}'’-]*|of|the|and)(?:" + SPACE + "(?:[\\p{Lu}][\\p{L}'’-]*|of|the|and"
          + "|\\([^()\\n]{1,40}\\))){0,9})" + SPACE + "(?:also\\s+)?recommended\\b");

  private static final String[] PIECES = {"Czech", "Republic", "Bolivia", "(Plurinational State of)", "France", "of",
      "the", "and", "also", "recommended", "recommended", "recommendedly", "that", "In", "2009,", ".", ",", "(", ")",
      " ", " ", " ", "\n", "\t", "McDonald", "Côte", "d’Ivoire", "’", "-", "x", "R"};

  @Test
  void findsWhatThePatternFoundScanningEveryPosition() {
    RandomTexts texts = new RandomTexts(PIECES);
    for (int n = 0; n < RandomTexts.ROUNDS; n++) {
      String text = texts.upTo(60);
      assertThat(UprStates.wordsBeforeRecommended(text)).as("seed %d, text %s", texts.seed, text)
          .isEqualTo(withRegex(text));
    }
  }

  /** The implementation before the scan from each "recommended": the pattern over the whole text. */
  private static List<String> withRegex(String text) {
    List<String> runs = new ArrayList<>();
    Matcher m = RECOMMENDED_BY.matcher(text);
    while (m.find()) {
      runs.add(m.group(1));
    }
    return runs;
  }
}
