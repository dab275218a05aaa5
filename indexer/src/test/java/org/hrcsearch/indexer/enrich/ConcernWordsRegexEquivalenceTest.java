package org.hrcsearch.indexer.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link ConcernTagger#words} splits text by hand where it used regexes (a sixth of the indexer's time): on random
 * text of accents, apostrophes, digits of several scripts and punctuation it gives the words the regexes gave,
 * which are kept here as the specification.
 */
class ConcernWordsRegexEquivalenceTest {

    private static final String[] PIECES = {
        "a",
        "B",
        "É",
        "é",
        "e\u0301",
        "ß",
        "İ",
        "ǅ",
        "Ω",
        "ﬁ",
        "²",
        "½",
        "٣",
        "Ⅻ",
        "\uD835\uDC00",
        "\uD83D\uDE00",
        "\uD800",
        "'",
        "\u2018",
        "\u2019",
        "\u02BC",
        "`",
        "-",
        " ",
        "\n",
        ".",
        ",",
        "1",
        "\u0903",
        "\u20DD",
        "_",
        "women",
        "s",
        "non"
    };

    @Test
    void wordsAreTheOnesTheRegexesGave() {
        new RandomTexts(PIECES)
                .assertAgree(30, ConcernTagger::words, ConcernWordsRegexEquivalenceTest::wordsWithRegexes);
    }

    /** The implementation before the hand-written loop, word for word. */
    private static List<String> wordsWithRegexes(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2018\u2019\u02BC`]", "");
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
