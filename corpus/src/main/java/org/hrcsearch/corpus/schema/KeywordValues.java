package org.hrcsearch.corpus.schema;

import java.nio.charset.StandardCharsets;

/** Keyword and facet values made fit for Lucene: without control characters, within a byte length. Pure. */
final class KeywordValues {
    private KeywordValues() {}

    /** {@code value} with each run of control characters (C0, DEL, C1) as one space, stripped at both ends. */
    static String withoutControls(String value) {
        if (value.chars().noneMatch(Character::isISOControl)) {
            return value;
        }
        return value.replaceAll("\\p{Cc}+", " ").strip();
    }

    static int utf8Length(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest start of {@code value} that fits in {@code maxBytes} of UTF-8, never cutting a character in two. */
    static String truncate(String value, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < value.length()) {
            int cp = value.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return value.substring(0, end);
    }

    /** The first {@code maxChars} characters of {@code value}, never cutting a surrogate pair in two. */
    static String truncateChars(String value, int maxChars) {
        int end = Math.min(maxChars, value.length());
        if (end > 0 && end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }

    /** The first 60 characters of {@code value}, for a message. */
    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "...";
    }
}
