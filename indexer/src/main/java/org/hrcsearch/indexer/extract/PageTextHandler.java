package org.hrcsearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML output page by page: PDF parsers open a {@code <div class="page">} for each
 * page; formats without pages (Word, HTML, text) come out as one page.
 *
 * <p>Block elements end with a line break, so that paragraphs, list items and table cells stay apart.
 */
final class PageTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS =
            Set.of("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol");
    private static final Set<String> SKIPPED = Set.of("head", "title", "style", "script", "meta");

    private final List<StringBuilder> pages = new ArrayList<>();
    private final long maxChars;
    private StringBuilder current;
    private boolean sawPages;
    private int skipDepth;
    private long total;
    private boolean truncated;

    /** @param maxChars stop collecting past this many characters (a guard against decompression bombs) */
    PageTextHandler(long maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            if (!sawPages && current != null && current.toString().isBlank()) {
                pages.remove(current); // text before the first page marker is only whitespace
            }
            sawPages = true;
            current = new StringBuilder();
            pages.add(current);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED.contains(name)) {
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if (BLOCKS.contains(name)) {
            append("\n", 0, 1);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void append(String s, int start, int length) {
        append(s.toCharArray(), start, length);
    }

    private void append(char[] ch, int start, int length) {
        if (truncated) {
            return;
        }
        if (current == null) {
            current = new StringBuilder();
            pages.add(current);
        }
        int n = (int) Math.min(length, maxChars - total);
        current.append(ch, start, n);
        total += n;
        if (n < length) {
            truncated = true;
        }
    }

    /** True when the text was cut at the character limit. */
    boolean truncated() {
        return truncated;
    }

    List<String> pages() {
        List<String> out = new ArrayList<>(pages.size());
        for (StringBuilder p : pages) {
            out.add(p.toString());
        }
        return out;
    }
}
