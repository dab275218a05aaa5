package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One numbered paragraph of a report's summary of proceedings, e.g. {@code 265. Also at the same meeting, the Human
 * Rights Council adopted the draft resolution by 23 votes to 16, with 8 abstentions (resolution 43/21).}, with every
 * line up to the next paragraph: vote lists, footnotes and the heading of what follows included.
 */
final class ReportParagraph {
    private final int number;
    private final List<ReportLine> lines;
    /** Read by every part of the extractor, so joined once. */
    private final String prose;

    ReportParagraph(int number, List<ReportLine> lines) {
        this.number = number;
        this.lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("paragraph " + number + " has no line");
        }
        this.prose = ReportLine.prose(withoutFootnotes());
    }

    int number() {
        return number;
    }

    List<ReportLine> lines() {
        return lines;
    }

    /**
     * A footnote at the foot of a page the paragraph runs over ({@code 6 Gabon did not cast a vote.}): a small number
     * and a capital, but not a date ({@code 5 March 2020} may start a line of the text).
     */
    private static final Pattern FOOTNOTE = Pattern.compile(
            "^\\d{1,2}\\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)\\p{Lu}");

    /** The paragraph's lines as running prose, its number included, without the footnotes of the pages it runs over. */
    String prose() {
        return prose;
    }

    /** The lines without footnotes: a footnote runs from its number to the foot of its page. */
    List<ReportLine> withoutFootnotes() {
        List<ReportLine> out = new ArrayList<>();
        int footnotePage = -1;
        for (int i = 0; i < lines.size(); i++) {
            ReportLine l = lines.get(i);
            if (l.page() == footnotePage) {
                continue;
            }
            if (i > 0 && FOOTNOTE.matcher(l.text()).find()) {
                footnotePage = l.page();
                continue;
            }
            out.add(l);
        }
        return out;
    }

    int firstPage() {
        return lines.getFirst().page();
    }

    List<Integer> pages() {
        return lines.stream().map(ReportLine::page).distinct().toList();
    }
}
