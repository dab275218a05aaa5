package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFoldingTest {

    private final Analyzer analyzer = new HrcAnalyzer();

    @Test
    void foldsCaseAccentsQuotesDashesAndSpaces() {
        assertThat(TextFolding.fold("  Lawyers’ Rights\u00A0 Watch – Fédération ﬁnd  "))
                .isEqualTo("lawyers' rights watch - federation find");
        assertThat(TextFolding.fold("WOMENʼS Straße e\u0301cole")).isEqualTo("women's strasse ecole");
    }

    @Test
    void sameFormsKeepsCaseAndAccents() {
        assertThat(TextFolding.sameForms("“Fédération”  —  Women’s")).isEqualTo("\"Fédération\" - Women's");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Women’s",
                "WOMEN'S",
                "womenʼs",
                "women‘s",
                "Lawyers′",
                "Fédération",
                "CÔTE D’IVOIRE",
                "Türkiye",
                "Straße",
                "ﬁnd",
                "non-cooperation",
                "Non‑Cooperation",
                "non–cooperation",
                "non—cooperation",
                "minus−sign",
                "de\u00ADfenders",
                "İstanbul",
                "ÆSIR Øresund",
            })
    void foldsAsTheAnalyzerNormalizes(String input) {
        assertThat(TextFolding.fold(input))
                .isEqualTo(analyzer.normalize(HrcField.TEXT.fieldName(), input).utf8ToString());
    }

    /** The ASCII characters take a short way through the folding: each folds as the analyzer normalizes it. */
    @Test
    void everyAsciiCharacterFoldsAsTheAnalyzerNormalizesIt() {
        for (char c = 0; c < 0x80; c++) {
            String text = "a" + c + "Z";
            String expected = Character.isWhitespace(c)
                    ? "a z"
                    : analyzer.normalize(HrcField.TEXT.fieldName(), text).utf8ToString();
            assertThat(TextFolding.fold(text)).as("U+%04X", (int) c).isEqualTo(expected);
            assertThat(TextFolding.sameForms(text))
                    .as("U+%04X", (int) c)
                    .isEqualTo(Character.isWhitespace(c) ? "a Z" : text);
            assertThat(TextFolding.fold(c + "x" + c + c))
                    .as("U+%04X", (int) c)
                    .isEqualTo(
                            Character.isWhitespace(c) ? "x" : TextFolding.fold(c + "x") + TextFolding.fold(c + "" + c));
        }
    }

    @Test
    void wordsAreTheAnalyzersTokens() throws IOException {
        assertThat(TextFolding.words("Women’s rights, states' duties; NON–COOPERATION of Fédération’s l'homme"))
                .containsExactly(
                        "women's", "rights", "states", "duties", "non", "cooperation", "of", "federation's", "l'homme")
                .isEqualTo(HrcAnalyzerTest.tokens(
                        "Women’s rights, states' duties; NON–COOPERATION of Fédération’s l'homme"));
    }

    /** Random texts of letters, accents, apostrophes, dashes, digits and spaces split as the analyzer splits them. */
    @Test
    void randomTextsSplitAsTheAnalyzerSplitsThem() throws IOException {
        String[] pieces = {
            "a", "B", "É", "é", "ß", "İ", "Ω", "ﬁ", "1", "٣", "'", "\u2018", "\u2019", "\u02BC", "`", "-", "\u2013",
            "\u2014", "\u00AD", " ", "\n", ",", ";", ".", ":", "(", "women", "s", "non"
        };
        RandomPieces random = new RandomPieces(pieces);
        for (int round = 0; round < 5_000; round++) {
            String text = random.of(1 + random.nextInt(20));
            assertThat(TextFolding.words(text)).as(random.describe(text)).isEqualTo(HrcAnalyzerTest.tokens(text));
        }
    }
}
