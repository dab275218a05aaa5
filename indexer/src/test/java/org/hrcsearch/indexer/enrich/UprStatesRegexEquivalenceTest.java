package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hand-written scans of {@link UprStates} hold to the expressions they replaced, kept here as their specification.
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

    /** The parentheses {@link UprStates#parenthesised} finds by hand, as the expression it replaced. */
    private static final Pattern PARENTHESES = Pattern.compile("\\(((?:[^()]|\\([^()]{0,80}\\)){3,400})\\)");

    /** Pieces that reach the limits: 3 characters inside at least, 80 inside an inner parenthesis, 400 in all. */
    private static final String[] PARENTHESIS_PIECES = {
        "(",
        "(",
        ")",
        ")",
        "x",
        "ab",
        "\n",
        "Bolivia (Plurinational State of)",
        "y".repeat(39),
        "z".repeat(79),
        "w".repeat(80),
        "v".repeat(81),
        "u".repeat(150)
    };

    @Test
    void findsTheParenthesesTheExpressionFound() {
        new RandomTexts(PARENTHESIS_PIECES)
                .assertAgree(
                        40,
                        text -> UprStates.parenthesised(text).stream()
                                .map(p -> p[0] + "-" + p[1])
                                .toList(),
                        text -> {
                            List<String> found = new ArrayList<>();
                            Matcher m = PARENTHESES.matcher(text);
                            while (m.find()) {
                                found.add(m.start() + "-" + m.end());
                            }
                            return found;
                        });
    }

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
