package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hrcsearch.corpus.action.Tally;
import org.junit.jupiter.api.Test;

/** The wordings of a tally across the years, each quoted from a real report. */
class TallyPhraseTest {

    private static Optional<Tally> tally(String text) {
        return TallyPhrase.find(SponsorNames.withoutFootnoteMarks(text)).map(TallyPhrase.Found::tally);
    }

    @Test
    void votesToWithAbstentions() {
        assertThat(tally("adopted the draft resolution by 23 votes to 16, with 8 abstentions (resolution 43/21)."))
                .contains(new Tally(23, 16, 8));
    }

    @Test
    void votesInFavourAgainstWithAbstentions() {
        assertThat(tally("The draft resolution as orally revised was adopted by 32 votes in favour, 3 against, with 9 "
                        + "abstentions. The voting was as follows:"))
                .contains(new Tally(32, 3, 9));
    }

    @Test
    void oneAbstentionWithAFootnoteMarkGluedToIt() {
        assertThat(tally("adopted the draft resolution by 31 votes to 14, with 1 abstention6 (resolution 28/8)."))
                .contains(new Tally(31, 14, 1));
    }

    @Test
    void noneAgainst() {
        assertThat(tally("adopted draft resolution A/HRC/28/L.24 by 35 votes to none, with 12 abstentions8 "
                        + "(resolution 28/14)."))
                .contains(new Tally(35, 0, 12));
    }

    @Test
    void theBracketUnderATextOfPartOne() {
        assertThat(tally("[Adopted by a recorded vote of 32 to 3, with 9 abstentions. The voting was as follows:"))
                .contains(new Tally(32, 3, 9));
    }

    @Test
    void noAbstentionPrintedIsNone() {
        assertThat(tally("rejected the motion by 14 votes to 23.")).contains(new Tally(14, 23, 0));
    }

    @Test
    void noTallyInASentenceWithoutOne() {
        assertThat(tally("adopted the draft decision by silence procedure (decision 43/116)."))
                .isEmpty();
        assertThat(tally("sponsored by China and co-sponsored by Belarus")).isEmpty();
    }
}
