package org.hrcsearch.indexer.extract;

import java.util.List;

/**
 * Recognises text extracted from a PDF that prints bold by drawing each glyph twice, slightly offset: read without
 * PDFBox's overlap suppression, "Promoting" comes out as "PPrroommoottiinngg".
 */
final class Overprint {
    /** Doubled words needed before a document counts as overprinted: a stray "aabbcc" is not enough. */
    static final int MIN_DOUBLED_WORDS = 3;

    /** The shortest doubled word counted: "XXII" (a session number) doubles nothing, "PPrroo" would. */
    private static final int MIN_LENGTH = 6;

    private Overprint() {}

    static boolean looksOverprinted(List<String> pages) {
        int doubled = 0;
        for (String page : pages) {
            int start = -1;
            for (int i = 0; i <= page.length(); i++) {
                boolean letter = i < page.length() && Character.isLetter(page.charAt(i));
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    if (isDoubled(page, start, i) && ++doubled >= MIN_DOUBLED_WORDS) {
                        return true;
                    }
                    start = -1;
                }
            }
        }
        return false;
    }

    /** True if {@code text[from, to)} is a word of at least six letters made of pairs of the same letter. */
    static boolean isDoubled(CharSequence text, int from, int to) {
        int length = to - from;
        if (length < MIN_LENGTH || length % 2 != 0) {
            return false;
        }
        for (int i = from; i < to; i += 2) {
            if (text.charAt(i) != text.charAt(i + 1)) {
                return false;
            }
        }
        return true;
    }
}
