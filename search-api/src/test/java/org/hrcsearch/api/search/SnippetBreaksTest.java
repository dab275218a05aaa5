package org.hrcsearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import org.junit.jupiter.api.Test;

class SnippetBreaksTest {

  @Test
  void breaksFallAfterFullStopsSemicolonsAndLineBreaks() {
    String text = "One. Two; three\nfour";
    SnippetBreaks breaks = new SnippetBreaks();
    breaks.setText(new StringCharacterIterator(text));
    assertThat(breaks.first()).isZero();
    assertThat(breaks.following(0)).isEqualTo(4); // after "One."
    assertThat(breaks.following(4)).isEqualTo(9); // after " Two;"
    assertThat(breaks.following(9)).isEqualTo(16); // after " three" and the line break
    assertThat(breaks.following(16)).isEqualTo(text.length());
    assertThat(breaks.following(text.length())).isEqualTo(BreakIterator.DONE);
    assertThat(breaks.preceding(12)).isEqualTo(9);
    assertThat(breaks.preceding(4)).isZero();
    assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(breaks.last()).isEqualTo(text.length());
    assertThat(breaks.previous()).isEqualTo(16);
  }
}
