package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** One non-blank line of a report's text and the page it is printed on, counted from 1. */
record ReportLine(String text, int page) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    ReportLine {
        Objects.requireNonNull(text, "text");
        if (page < 1) {
            throw new IllegalArgumentException("pages are counted from 1, got " + page);
        }
    }

    /** The report's non-blank lines in order, each with its page: blank lines carry nothing a reader needs here. */
    static List<ReportLine> of(List<String> pages) {
        List<ReportLine> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (String line : pages.get(p).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    out.add(new ReportLine(l, p + 1));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Lines read as running prose: joined by spaces, a word broken at a hyphen joined again ({@code Timor-} and
     * {@code Leste} is {@code Timor-Leste}), spaces collapsed.
     */
    static String prose(List<ReportLine> lines) {
        StringBuilder out = new StringBuilder();
        for (ReportLine l : lines) {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append(' ');
            }
            out.append(l.text());
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
