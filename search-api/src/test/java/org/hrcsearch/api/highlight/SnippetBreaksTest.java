package org.hrcsearch.api.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import org.junit.jupiter.api.Test;

class SnippetBreaksTest {

    @Test
    void breaksFallAfterSentenceEndsAndBlankLinesButNotInSymbolsOrAtLineEnds() {
        String text = "See A/HRC/37/L.36. Two; a line\nbroken\n\nfour";
        SnippetBreaks breaks = new SnippetBreaks();
        breaks.setText(new StringCharacterIterator(text));
        assertThat(breaks.first()).isZero();
        assertThat(breaks.following(0)).isEqualTo(18); // after "See A/HRC/37/L.36.", not inside the symbol
        assertThat(breaks.following(18)).isEqualTo(23); // after " Two;"
        assertThat(breaks.following(23)).isEqualTo(text.indexOf("four")); // after the blank line, not the line end
        assertThat(breaks.following(text.indexOf("four"))).isEqualTo(text.length());
        assertThat(breaks.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(20)).isEqualTo(18);
        assertThat(breaks.preceding(10)).isZero();
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.last()).isEqualTo(text.length());
        assertThat(breaks.previous()).isEqualTo(text.indexOf("four"));
    }
}
