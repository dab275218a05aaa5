package org.hrcsearch.indexer.enrich;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans one page of extracted text before it is indexed: compatibility forms and ligatures to their plain letters
 * (NFKC: {@code ﬁ} is {@code fi}), soft hyphens removed, control characters dropped, trailing spaces and runs of
 * blank lines trimmed, and words hyphenated across a line break joined again ({@code defen-\nders} is
 * {@code defenders}) while real compounds keep their hyphen ({@code win-\nwin}, {@code non-\ncooperation},
 * {@code forty-\nthird}).
 *
 * <p>Quotes and dashes are kept as printed, so the stored text stays readable; the analyzer folds them at index
 * and query time.
 */
public final class TextCleaner {

    /** First parts that make compounds, not syllables: {@code non-cooperation}, {@code forty-third}. */
    static final Set<String> COMPOUND_PREFIXES = Set.of(
            "non",
            "self",
            "well",
            "ex",
            "anti",
            "cross",
            "multi",
            "inter",
            "pre",
            "post",
            "co",
            "semi",
            "quasi",
            "twenty",
            "thirty",
            "forty",
            "fourty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "follow",
            "so",
            "long",
            "short",
            "high",
            "low",
            "full",
            "mid",
            "state",
            "country",
            "gender",
            "rights",
            "human",
            "child",
            "women",
            "age",
            "community",
            "conflict",
            "and",
            "or",
            "decision",
            "policy",
            "law");

    public String clean(String page) {
        String s = Normalizer.normalize(page, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
                continue;
            }
            if (c == '\u2217') {
                out.append('*'); // the asterisk operator some covers use as a footnote mark
                continue;
            }
            if (c == '\u00A0') {
                out.append(' ');
                continue;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                out.append(' ');
                continue;
            }
            out.append(c);
        }
        String t = atMostOneBlankLine(withoutTrailingBlanks(out));
        return t.strip().isEmpty() ? "" : stripEnds(t);
    }

    /**
     * Joins words that a line break hyphenated, using the document itself as the dictionary: {@code XY} printed
     * elsewhere means join, {@code X-Y} printed elsewhere means keep the hyphen; otherwise a compound prefix or a
     * repeated part keeps it, and anything else is joined.
     *
     * @param text one page's text
     * @param wholeDocument all pages, lower-cased, where the two spellings are looked up
     */
    public String joinHyphenatedWords(String text, String wholeDocument) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int searchFrom = 0;
        // A line that ends in a hyphen glued to letters, and the lower-case word part that starts the next line: what
        // the regex (\p{L}+)-[ \t]*\n[ \t]*(\p{Ll}\p{L}*) finds, found from the hyphens. The regex retried from every
        // letter of every word, and took a tenth of the indexer's time.
        for (int hyphen = text.indexOf('-');
                hyphen >= 0;
                hyphen = text.indexOf('-', Math.max(hyphen + 1, searchFrom))) {
            int secondStart = secondPartAfter(text, hyphen);
            int firstStart = letterRunBefore(text, hyphen, searchFrom);
            if (secondStart < 0 || firstStart == hyphen) {
                continue;
            }
            int secondEnd = letterRunFrom(text, secondStart);
            String first = text.substring(firstStart, hyphen);
            String second = text.substring(secondStart, secondEnd);
            String joined = keepsHyphen(first, second, wholeDocument) ? first + "-" + second : first + second;
            // the whole word moves to the next line, so each line still holds whole words
            out.append(text, copied, firstStart).append('\n').append(joined);
            copied = secondEnd;
            searchFrom = secondEnd;
        }
        out.append(text, copied, text.length());
        return withoutTrailingBlanks(out);
    }

    /**
     * Where the second part of a word hyphenated at {@code hyphen} starts: after spaces or tabs, a line break, more
     * spaces or tabs, a lower-case letter; or -1.
     */
    private static int secondPartAfter(String text, int hyphen) {
        int i = skipBlanks(text, hyphen + 1);
        if (i >= text.length() || text.charAt(i) != '\n') {
            return -1;
        }
        i = skipBlanks(text, i + 1);
        return i < text.length() && Character.getType(text.codePointAt(i)) == Character.LOWERCASE_LETTER ? i : -1;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The start of the letters that end just before {@code end}, not before {@code floor}. */
    private static int letterRunBefore(String text, int end, int floor) {
        int i = end;
        while (i > floor) {
            int c = text.codePointBefore(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i -= Character.charCount(c);
        }
        return i;
    }

    /** The end of the letters that start at {@code from}. */
    private static int letterRunFrom(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** The text without the spaces and tabs that end its lines ({@code [ \t]+\n} as {@code \n}). */
    static String withoutTrailingBlanks(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int blanks = 0; // spaces and tabs seen and not yet written
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                blanks++;
                continue;
            }
            if (c != '\n' && blanks > 0) {
                out.append(text, i - blanks, i);
            }
            blanks = 0;
            out.append(c);
        }
        out.append(text, text.length() - blanks, text.length());
        return out.toString();
    }

    /**
     * Runs of blank lines cut to one ({@code \n\n\n+} as {@code \n\n}); the lines must hold no trailing spaces or
     * tabs ({@link #withoutTrailingBlanks}), so a line of blanks is already empty.
     */
    static String atMostOneBlankLine(String text) {
        if (!text.contains("\n\n\n")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            newlines = c == '\n' ? newlines + 1 : 0;
            if (newlines <= 2) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean keepsHyphen(String first, String second, String doc) {
        String f = first.toLowerCase(Locale.ROOT);
        String sec = second.toLowerCase(Locale.ROOT);
        boolean hyphenated = doc.contains(f + "-" + sec);
        String solidWord = f + sec;
        // the regex only from where the word first occurs: compiled and run from the start for every hyphen, it took
        // a tenth of the indexer's time on long reports
        int firstAt = doc.indexOf(solidWord);
        boolean solid = firstAt >= 0
                && Pattern.compile("\\b" + Pattern.quote(solidWord) + "\\b")
                        .matcher(doc)
                        .find(firstAt);
        if (hyphenated != solid) {
            return hyphenated;
        }
        return f.equals(sec)
                || COMPOUND_PREFIXES.contains(f)
                || Character.isUpperCase(first.charAt(0))
                        && f.length() > 1
                        && Character.isUpperCase(first.charAt(first.length() - 1));
    }

    private static String stripEnds(String t) {
        int start = 0;
        while (start < t.length() && (t.charAt(start) == '\n' || t.charAt(start) == ' ')) {
            start++;
        }
        int end = t.length();
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(start, end);
    }
}
