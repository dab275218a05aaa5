package org.hrcsearch.api.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages as HTML-escaped text with the matches in {@code <mark>}, keeping each
 * passage's start offset so that the caller can tell on which page it stands.
 */
public final class SnippetFormatter extends PassageFormatter {

    /** A formatted passage, where in the text field it starts, and how many matches it marks. */
    public record Formatted(String html, int startOffset, int matches) {}

    private static final int MAX_SNIPPET_CHARS = 400;
    /** Compiled once: every snippet of every hit collapses its white space. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    @Override
    public Object format(Passage[] passages, String content) {
        List<Formatted> out = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            out.add(new Formatted(format(p, content), p.getStartOffset(), p.getNumMatches()));
        }
        return out;
    }

    private static String format(Passage p, String content) {
        StringBuilder sb = new StringBuilder();
        int pos = p.getStartOffset();
        int end = Math.min(p.getEndOffset(), p.getStartOffset() + MAX_SNIPPET_CHARS);
        for (int i = 0; i < p.getNumMatches(); i++) {
            int start = p.getMatchStarts()[i];
            int matchEnd = p.getMatchEnds()[i];
            if (start < pos || start >= end) {
                continue; // overlapping or beyond the clipped passage
            }
            escape(content, pos, start, sb);
            sb.append("<mark>");
            escape(content, start, Math.min(matchEnd, end), sb);
            sb.append("</mark>");
            pos = Math.min(matchEnd, end);
        }
        escape(content, pos, end, sb);
        if (end < p.getEndOffset()) {
            sb.append('…');
        }
        return WHITE_SPACE.matcher(sb).replaceAll(" ").strip();
    }

    private static void escape(String s, int from, int to, StringBuilder sb) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
    }
}
