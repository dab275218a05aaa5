package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.action.TextSpan;
import org.hrcsearch.corpus.model.DocumentType;

/**
 * Finds where a report that prints its adopted texts in Part One (older reports, e.g. {@code A/HRC/14/37}) prints
 * each of them: from the line that holds its number alone ({@code 14/1}, {@code PRST/14/1}) to the end of its
 * adoption note ({@code [Adopted without a vote.]}, or a recorded vote's lists up to their closing bracket). A line
 * with the number is the start of a printed text only when an adoption note follows it before the next text's
 * number, so the table of contents ({@code 14/1.} with its title and page) is never taken for one. A text that is
 * only listed keeps no span. Pure.
 */
final class AdoptedTextSpans {

    private static final Pattern PART_TWO = Pattern.compile("(?i)^Part\\s+(?:Two|II)\\b(?!.*\\.{4})");
    private static final Pattern NOTE_START = Pattern.compile("^\\[\\s*Adopted\\b");

    /** A non-blank line of a page, with where it stands in the page's text. */
    private record Line(String text, int page, int start, int end) {}

    private AdoptedTextSpans() {}

    /** {@code listed}, in order, each printed text with where it is printed. */
    static List<AdoptedText> locate(List<String> pages, List<AdoptedText> listed) {
        if (listed.isEmpty()) {
            return listed;
        }
        List<Line> lines = lines(pages);
        Set<String> numbers = listed.stream().map(AdoptedTextSpans::number).collect(Collectors.toSet());
        List<AdoptedText> out = new ArrayList<>(listed.size());
        int from = 0;
        for (AdoptedText text : listed) {
            String number = number(text);
            AdoptedText found = text;
            for (int i = from; i < lines.size(); i++) {
                if (!isNumberLine(lines.get(i).text(), number, text.symbol().type())) {
                    continue;
                }
                int end = noteEnd(lines, i + 1, numbers);
                if (end >= 0) {
                    Line first = lines.get(i);
                    Line last = lines.get(end);
                    found = text.printedAt(new TextSpan(first.page(), first.start(), last.page(), last.end()));
                    from = end + 1;
                    break;
                }
            }
            out.add(found);
        }
        return List.copyOf(out);
    }

    /** The number a text is printed under: {@code 14/1} of {@code A/HRC/RES/14/1}. */
    private static String number(AdoptedText text) {
        String[] parts = text.symbol().text().split("/");
        return parts[parts.length - 2] + "/" + parts[parts.length - 1];
    }

    private static boolean isNumberLine(String line, String number, DocumentType type) {
        String l = line.endsWith(".") ? line.substring(0, line.length() - 1).strip() : line;
        if (type == DocumentType.PRESIDENT_STATEMENT) {
            return l.equals("PRST/" + number) || l.equals("PRST " + number);
        }
        return l.equals(number);
    }

    /**
     * The index of the last line of the adoption note that follows {@code from}, or -1 when another listed text's
     * number, or Part Two, comes first.
     */
    private static int noteEnd(List<Line> lines, int from, Set<String> numbers) {
        for (int i = from; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (PART_TWO.matcher(t).find() || isAnyNumber(t, numbers)) {
                return -1;
            }
            if (NOTE_START.matcher(t).find()) {
                for (int j = i; j < lines.size() && j < i + 60; j++) {
                    if (lines.get(j).text().endsWith("]")) {
                        return j;
                    }
                }
                return i; // a note whose bracket never closes ends on its own line
            }
        }
        return -1;
    }

    private static boolean isAnyNumber(String line, Set<String> numbers) {
        String l = line.endsWith(".") ? line.substring(0, line.length() - 1).strip() : line;
        return numbers.contains(l)
                || (l.startsWith("PRST")
                        && numbers.contains(l.substring(4).strip().replaceFirst("^/", "")));
    }

    private static List<Line> lines(List<String> pages) {
        List<Line> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            int start = 0;
            while (start <= page.length()) {
                int nl = page.indexOf('\n', start);
                int end = nl < 0 ? page.length() : nl;
                String raw = page.substring(start, end);
                String text = raw.strip();
                if (!text.isEmpty()) {
                    int lead = raw.indexOf(text.charAt(0));
                    out.add(new Line(text, p + 1, start + lead, start + lead + text.length()));
                }
                if (nl < 0) {
                    break;
                }
                start = nl + 1;
            }
        }
        return out;
    }
}
