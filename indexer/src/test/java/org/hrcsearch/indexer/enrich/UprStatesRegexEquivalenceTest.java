package org.hrcsearch.indexer.enrich;

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
    private static final Pattern RECOMMENDED_BY =
            Pattern.compile("((?:[\\p{Lu}][\\p{L}'’-]*|of|the|and)(?:" + SPACE + "(?:[\\p{Lu}][\\p{L}'’-]*|of|the|and"
                    + "|\\([^()\\n]{1,40}\\))){0,9})" + SPACE + "(?:also\\s+)?recommended\\b");

    private static final String[] PIECES = {
        "Czech",
        "Republic",
        "Bolivia",
        "(Plurinational State of)",
        "France",
        "of",
        "the",
        "and",
        "also",
        "recommended",
        "recommended",
        "recommendedly",
        "that",
        "In",
        "2009,",
        ".",
        ",",
        "(",
        ")",
        " ",
        " ",
        " ",
        "\n",
        "\t",
        "McDonald",
        "Côte",
        "d’Ivoire",
        "’",
        "-",
        "x",
        "R"
    };

    @Test
    void findsWhatThePatternFoundScanningEveryPosition() {
        new RandomTexts(PIECES)
                .assertAgree(60, UprStates::wordsBeforeRecommended, UprStatesRegexEquivalenceTest::withRegex);
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
