package org.hrcsearch.corpus.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * How text is folded wherever two spellings of the same words are compared: lower case, accents and ligatures
 * folded, every apostrophe and quote variant as {@code '}, every dash as {@code -}, soft hyphens dropped, runs of
 * white space as one space; e.g. {@code "Lawyers’ Rights  Watch – Fédération"} folds to
 * {@code "lawyers' rights watch - federation"}.
 *
 * <p>It folds as {@link HrcAnalyzer} does (the same character map, then Lucene's lower case and ASCII folding), so
 * that the concern tagger, the vocabularies' name keys, the signatory directory and the metadata checker treat a
 * text as a search treats it. Where the analyzer cannot help, it goes a little further: combining marks left after
 * folding (an accent typed as a separate character) are dropped. Pure.
 */
public final class TextFolding {
    private TextFolding() {}

    /** What joins two letters into one word ({@code women's}, {@code u.n}), and what joins two digits. */
    private static final String MID_LETTER = "'.:";

    private static final String MID_NUMBER = "'.,;";
    private static final String MID_LETTER_OR_NUMBER = "'.:,;";

    private static final char SOFT_HYPHEN = '\u00AD';

    /** The apostrophe and single quote variants a PDF prints for {@code '}: ‘ ’ ʼ ′ ＇. */
    private static final String APOSTROPHES = "\u2018\u2019\u02BC\u2032\uFF07";

    /** The dash variants a PDF prints for {@code -}: ‐ ‑ ‒ – — ― −. */
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

    /**
     * Double quote variants: “ ” „ « ». Not in the analyzer's map (its tokenizer drops them, and ASCII folding maps
     * them to {@code "}); {@link #sameForms} needs them.
     */
    private static final String DOUBLE_QUOTES = "\u201C\u201D\u201E\u00AB\u00BB";

    /**
     * The character map the analyzer applies before it splits words, as a map: soft hyphen to nothing, each
     * apostrophe variant to {@code '}, each dash to {@code -}. The analyzer applies it a character at a time
     * ({@link #analyzerForm}, in {@link FoldingCharFilter}); this form is what {@code FoldingCharFilterTest} holds that
     * filter to, through Lucene's own {@code MappingCharFilter}.
     */
    static Map<String, String> analyzerCharMap() {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        map.put(String.valueOf(SOFT_HYPHEN), "");
        APOSTROPHES.chars().forEach(c -> map.put(String.valueOf((char) c), "'"));
        DASHES.chars().forEach(c -> map.put(String.valueOf((char) c), "-"));
        return map;
    }

    /** What {@link #analyzerForm} gives for a character the analyzer drops. */
    static final int DROPPED = -1;

    /**
     * The character {@code c} as the analyzer's character map has it before it splits words ({@link #analyzerCharMap}):
     * {@link #DROPPED} for the soft hyphen, {@code '} for an apostrophe variant, {@code -} for a dash, else itself.
     */
    static int analyzerForm(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c == SOFT_HYPHEN) {
            return DROPPED;
        }
        if (APOSTROPHES.indexOf(c) >= 0) {
            return '\'';
        }
        return DASHES.indexOf(c) >= 0 ? '-' : c;
    }

    /** The text lower case, without accents, its quotes, dashes and spaces in one form: {@code "ﬁnd Women’s"} is {@code "find women's"}. */
    public static String fold(String text) {
        return normalise(text, true);
    }

    /**
     * The text with its quotes, dashes and spaces in one form, case and accents kept: {@code "Women’s  –  Rights"}
     * is {@code "Women's - Rights"}.
     */
    public static String sameForms(String text) {
        return normalise(text, false);
    }

    /**
     * The folded words of a text, split where the analyzer splits words of alphabetic scripts (Unicode word
     * breaks): letters and digits make words; an apostrophe, a period or a colon between two letters stays inside
     * one ({@code women's}, {@code u.n}), so does an apostrophe, a period, a comma or a semicolon between two digits
     * ({@code 1,000}); any other character separates. E.g. {@code "Women’s non-cooperation"} gives
     * {@code [women's, non, cooperation]}. (The analyzer also keeps underscores in words and gives each ideograph
     * its own word; no match phrase has either.)
     */
    public static List<String> words(String text) {
        String s = fold(text);
        int[] bounds = wordBounds(s);
        List<String> out = new ArrayList<>(bounds.length / 2);
        for (int k = 0; k < bounds.length; k += 2) {
            out.add(s.substring(bounds[k], bounds[k + 1]));
        }
        return out;
    }

    /**
     * Where the words of {@link #words} stand in {@code s}, a text already folded ({@link #fold}): the start and the end of
     * each in turn, {@code [start0, end0, start1, end1, ...]}, so that a long text can be scanned without a string
     * for each of its words.
     */
    public static int[] wordBounds(String s) {
        int[] out = new int[16];
        int size = 0;
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean inWord = isLetterOrNumber(c) || (start >= 0 && joins(s, c, i, next));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (size + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[size++] = start;
                out[size++] = i;
                start = -1;
            }
            i = next;
        }
        if (start >= 0) {
            out = java.util.Arrays.copyOf(out, size + 2);
            out[size++] = start;
            out[size++] = s.length();
        }
        return java.util.Arrays.copyOf(out, size);
    }

    /** Whether the punctuation {@code c} at {@code at} joins the letters, or the digits, on both its sides. */
    private static boolean joins(String s, int c, int at, int next) {
        if (at == 0 || next >= s.length() || MID_LETTER_OR_NUMBER.indexOf(c) < 0) {
            return false;
        }
        int before = s.codePointBefore(at);
        int after = s.codePointAt(next);
        return (Character.isLetter(before) && Character.isLetter(after) && MID_LETTER.indexOf(c) >= 0)
                || (Character.isDigit(before) && Character.isDigit(after) && MID_NUMBER.indexOf(c) >= 0);
    }

    private static String normalise(String text, boolean fold) {
        StringBuilder out = new StringBuilder(text.length());
        char[] one = new char[2];
        char[] folded = new char[8];
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            char ascii = text.charAt(i);
            if (ascii < 0x80) { // most characters: none is a mark, a quote or dash variant, or folds but by case
                i++;
                if (isAsciiWhitespace(ascii)) {
                    space = !out.isEmpty();
                    continue;
                }
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(fold && ascii >= 'A' && ascii <= 'Z' ? (char) (ascii + ('a' - 'A')) : ascii);
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == SOFT_HYPHEN || (fold && isMark(c))) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            c = oneForm(c);
            if (!fold) {
                out.appendCodePoint(c);
            } else if ((c = Character.toLowerCase(c)) < 0x80) {
                out.append((char) c);
            } else {
                int n = Character.toChars(c, one, 0);
                out.append(folded, 0, ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, n));
            }
        }
        return out.toString();
    }

    /** {@link Character#isWhitespace} (the only {@link Character#isSpaceChar} below 128 is the space) for ASCII. */
    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }

    private static int oneForm(int c) {
        if (c > 0xFFFF) {
            return c;
        }
        if (APOSTROPHES.indexOf(c) >= 0) {
            return '\'';
        }
        if (DASHES.indexOf(c) >= 0) {
            return '-';
        }
        if (DOUBLE_QUOTES.indexOf(c) >= 0) {
            return '"';
        }
        return c;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isLetterOrNumber(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
