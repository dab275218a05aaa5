package org.hrcsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverprintTest {

    @Test
    void wordsPrintedTwiceMakeADocumentOverprinted() {
        assertThat(Overprint.looksOverprinted(List.of(
                        "Joint letter",
                        "PPrroommoottiinngg  aaccccoouunnttaabbiilliittyy",
                        "and the HHuummaann RRiigghhttss Council")))
                .isTrue();
    }

    @Test
    void ordinaryTextWithDoubledLettersIsNot() {
        assertThat(Overprint.looksOverprinted(List.of(
                        "The XXII session, the committee's bookkeeping, Mississippi, aabbcc and a llama.",
                        "........ ------ 1122334455 aabbccdd")))
                .isFalse();
    }

    @Test
    void aFewDoubledWordsAreNotEnough() {
        assertThat(Overprint.looksOverprinted(List.of("PPrroommoottiinngg and aaccccoouunnttaabbiilliittyy")))
                .isFalse();
    }

    @Test
    void aDoubledWordNeedsSixLettersOfPairs() {
        assertThat(Overprint.isDoubled("XXII", 0, 4)).isFalse();
        assertThat(Overprint.isDoubled("PPrroo", 0, 5)).isFalse();
        assertThat(Overprint.isDoubled("PPrrox", 0, 6)).isFalse();
        assertThat(Overprint.isDoubled("PPrrooss", 0, 8)).isTrue();
    }
}
