package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cleaner scans text by hand where it used regexes (which cost a fifth of the indexer's time): on random text
 * made of what the regexes look at (letters of every case and script, hyphens, blanks, line breaks), it gives what
 * the regexes gave, which are kept here as the specification.
 */
class TextCleanerRegexEquivalenceTest {

    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{L}+)-[ \\t]*\\n[ \\t]*(\\p{Ll}[\\p{L}]*)");

    /** Characters the regexes treat differently: letters lower, upper, accented, Greek, outside the BMP. */
    private static final String[] PIECES = {
        "a",
        "b",
        "e",
        "n",
        "o",
        "c",
        "A",
        "N",
        "É",
        "é",
        "ß",
        "ω",
        "Ω",
        "ǅ",
        "\uD835\uDC00",
        "\uD835\uDC1A",
        "\uD83D\uDE00",
        "-",
        "-",
        "-",
        " ",
        " ",
        "\t",
        "\n",
        "\n",
        "\n",
        "1",
        ".",
        "\u0301",
        "_",
        "ab",
        "co",
        "non",
        "well"
    };

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void joiningHyphenatedWordsMatchesTheRegexItReplaced() {
        RandomTexts texts = new RandomTexts(PIECES);
        for (int n = 0; n < RandomTexts.ROUNDS; n++) {
            String text = texts.upTo(40);
            String doc = texts.random.nextBoolean()
                    ? text.toLowerCase(Locale.ROOT)
                    : (text + " " + texts.of(20)).toLowerCase(Locale.ROOT);
            assertThat(cleaner.joinHyphenatedWords(text, doc))
                    .as("seed %d, text %s", texts.seed, RandomTexts.escaped(text))
                    .isEqualTo(joinWithRegex(text, doc));
        }
    }

    @Test
    void cleaningMatchesTheRegexesItReplaced() {
        new RandomTexts(PIECES)
                .assertAgree(
                        40,
                        text -> TextCleaner.atMostOneBlankLine(TextCleaner.withoutTrailingBlanks(text)),
                        text -> text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]*\\n([ \\t]*\\n)+", "\n\n"));
    }

    /** The implementation before the hand-written scan, word for word. */
    private static String joinWithRegex(String text, String wholeDocument) {
        Matcher m = LINE_END_HYPHEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String first = m.group(1);
            String second = m.group(2);
            String joined = keepsHyphen(first, second, wholeDocument) ? first + "-" + second : first + second;
            m.appendReplacement(out, Matcher.quoteReplacement("\n" + joined));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]+\\n", "\n");
    }

    private static boolean keepsHyphen(String first, String second, String doc) {
        String f = first.toLowerCase(Locale.ROOT);
        String sec = second.toLowerCase(Locale.ROOT);
        boolean hyphenated = doc.contains(f + "-" + sec);
        boolean solid = Pattern.compile("\\b" + Pattern.quote(f + sec) + "\\b")
                .matcher(doc)
                .find();
        if (hyphenated != solid) {
            return hyphenated;
        }
        return f.equals(sec)
                || TextCleaner.COMPOUND_PREFIXES.contains(f)
                || Character.isUpperCase(first.charAt(0))
                        && f.length() > 1
                        && Character.isUpperCase(first.charAt(first.length() - 1));
    }
}
