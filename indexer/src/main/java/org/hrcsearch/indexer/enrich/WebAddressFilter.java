package org.hrcsearch.indexer.enrich;

import com.optimaize.langdetect.text.TextFilter;

/**
 * Web and mail addresses out of a text before its language is guessed, each as one space: what the language
 * detector's own {@code UrlTextFilter} does with its expressions {@code https?://[-_.?&~;+=/#0-9A-Za-z]+} and
 * {@code [-_.0-9A-Za-z]+@[-_0-9A-Za-z]+[-_.0-9A-Za-z]+} ({@code WebAddressFilterTest} holds the two to one answer),
 * scanned by hand: the mail expression starts again at every letter of the text and runs to the end of its word,
 * which made the filter half of the cost of guessing a language. Pure.
 */
final class WebAddressFilter implements TextFilter {

    @Override
    public String filter(CharSequence text) {
        return withoutMailAddresses(withoutWebAddresses(text));
    }

    /** Each {@code https?://} and the address characters after it (at least one) as a space. */
    static String withoutWebAddresses(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            int after = schemeEnd(text, i);
            if (after > 0 && after < n && isWebAddressChar(text.charAt(after))) {
                int end = after;
                while (end < n && isWebAddressChar(text.charAt(end))) {
                    end++;
                }
                out.append(' ');
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Where the address starts after "http://" or "https://" at {@code at}, or -1. */
    private static int schemeEnd(CharSequence text, int at) {
        if (!startsWith(text, at, "http")) {
            return -1;
        }
        int from = at + 4;
        if (from < text.length() && text.charAt(from) == 's') {
            from++;
        }
        return startsWith(text, from, "://") ? from + 3 : -1;
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each mail address as a space: a run of address characters followed by {@code @} and by a run of them that
     * does not start with a period and holds two or more.
     */
    static String withoutMailAddresses(String text) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isMailChar(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int runEnd = i;
            while (runEnd < n && isMailChar(text.charAt(runEnd))) {
                runEnd++;
            }
            int domain = runEnd + 1;
            int domainEnd = domain;
            while (domainEnd < n && isMailChar(text.charAt(domainEnd))) {
                domainEnd++;
            }
            if (runEnd < n && text.charAt(runEnd) == '@' && domainEnd - domain >= 2 && text.charAt(domain) != '.') {
                out.append(' ');
                i = domainEnd;
            } else {
                out.append(text, i, runEnd);
                i = runEnd;
            }
        }
        return out.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** {@code [-_.?&~;+=/#0-9A-Za-z]} */
    private static boolean isWebAddressChar(char c) {
        return isAsciiLetterOrDigit(c) || "-_.?&~;+=/#".indexOf(c) >= 0;
    }

    /** {@code [-_.0-9A-Za-z]} */
    private static boolean isMailChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
