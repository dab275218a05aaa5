package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void softHyphensLigaturesAndControlCharactersGoQuotesStay() {
        assertThat(cleaner.clean(
                        "human rights defen\u00ADders \uFB01nd\u0007 Lawyers\u2019 Rights\u00A0Watch  \n\n\n\nend"))
                .isEqualTo("human rights defenders find  Lawyers\u2019 Rights Watch\n\nend");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      human rights defen-\\nders are at risk       | human rights\\ndefenders are at risk
      win-\\nwin cooperation                       | \\nwin-win cooperation
      persistent non-\\ncooperation                | persistent\\nnon-cooperation
      on its forty-\\nthird session                | on its\\nforty-third session
      """)
    void wordsHyphenatedAcrossLinesAreJoinedCompoundsKeepTheirHyphen(String in, String out) {
        String text = in.replace("\\n", "\n");
        assertThat(cleaner.joinHyphenatedWords(text, text.toLowerCase())).isEqualTo(out.replace("\\n", "\n"));
    }

    @Test
    void theDocumentDecidesWhenItPrintsTheWordElsewhere() {
        String text = "the well-\nbeing of all\nand their well-being";
        assertThat(cleaner.joinHyphenatedWords(text, text)).startsWith("the\nwell-being");
        String solid = "a co-\noperation plan; cooperation matters";
        assertThat(cleaner.joinHyphenatedWords(solid, solid)).startsWith("a\ncooperation plan");
    }

    @Test
    void runningHeadersJobNumbersAndPageNumbersLeaveEveryPageButTheCoverKeepsItsSymbol() {
        List<String> pages = List.of(
                "United Nations A/HRC/24/7\nDistr.: General\nReport\nGE.13-15479",
                "A/HRC/24/7\nThe Council decided\nmore text\n2",
                "A/HRC/24/7\nIt also decided\nmore\n3 GE.13-15479",
                "A/HRC/24/7\nFinally\nend\n4");
        List<String> out = new RunningLines().strip(pages);
        assertThat(out).hasSize(4);
        assertThat(out.get(0)).contains("A/HRC/24/7").doesNotContain("GE.13");
        assertThat(out.get(1)).isEqualTo("The Council decided\nmore text");
        assertThat(out.get(2)).isEqualTo("It also decided\nmore");
    }

    @Test
    void aPageOfPagesNumberCountsTheFilesPagesElseItIsATextsNumberAndStays() {
        List<String> letter = List.of("Dear President\n1/3", "We urge\n2/3", "Yours\n3 of 3");
        assertThat(new RunningLines().strip(letter)).containsExactly("Dear President", "We urge", "Yours");
        // a report that prints its decisions, each under its number, one at the top of each page
        List<String> report = List.of(
                "United Nations A/HRC/14/37\nReport",
                "A/HRC/14/37\nII. Decisions\n14/101\nOutcome of the universal periodic review: Qatar\nmore\n2",
                "A/HRC/14/37\n14/103\nOutcome of the universal periodic review: Italy\nmore\n3",
                "A/HRC/14/37\n14/105\nOutcome of the universal periodic review: Slovenia\nmore\n4");
        List<String> out = new RunningLines().strip(report);
        assertThat(out.get(1)).startsWith("II. Decisions\n14/101\nOutcome");
        assertThat(out.get(2)).startsWith("14/103\nOutcome");
        assertThat(out.get(3)).startsWith("14/105\nOutcome");
    }
}
