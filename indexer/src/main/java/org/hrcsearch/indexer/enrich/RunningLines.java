package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Removes the running headers and footers of a paginated document: the lines printed at the top or bottom of most
 * pages (the document's symbol, a short title), the UN job number ({@code GE.13-12345 (E)}) and its barcode
 * ({@code *1312345*}), and page numbers ({@code 5}, {@code Page 5}, {@code 5/12}). They pollute phrase search
 * ("... the Council A/HRC/43/2 GE.21-06039 12 decided ...") and term counts.
 *
 * <p>A line {@code n/m} or {@code n of m} is a page number only where it counts the document's pages: as many pages
 * follow it in the file as its numbering says ({@code m - n}, give or take one). Otherwise it is the number of a text,
 * e.g. decision {@code 14/103} printed at the top of page 41 of the 194 pages of {@code A/HRC/14/37}, and stays.
 *
 * <p>Only the first and last few lines of a page are looked at, so the same words in the body stay. The cover
 * page keeps its symbol: it is the document's own, not a running header.
 */
public final class RunningLines {

    /** How many non-blank lines at the top and at the bottom of a page can be furniture. */
    private static final int ZONE = 3;

    private static final Pattern JOB_NUMBER = Pattern.compile(
            "(?i)^(?:\\d{1,4}\\s+)?GE\\.\\s?\\d{2}[-\u2010-\u2013]\\s?\\d{4,6}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{1,4})?$");
    private static final Pattern BARCODE = Pattern.compile("^\\*\\d{6,8}\\*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s+)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?$|^[-\u2013]\\s*\\d{1,4}\\s*[-\u2013]$");
    private static final Pattern PAGE_OF_PAGES =
            Pattern.compile("(?i)^(?:page\\s+)?(\\d{1,4})\\s*(?:/|of)\\s*(\\d{1,4})$");
    private static final Pattern RECYCLE = Pattern.compile("(?i)^please\\s+recycle.*$");
    // compiled once: the lines of every page's top and bottom go through them (String.replaceAll compiles per call)
    private static final Pattern PAGE_NUMBER_BESIDE = Pattern.compile("^\\d{1,4}\\s+|\\s+\\d{1,4}$");
    private static final Pattern SYMBOL_START = Pattern.compile("(?i)^[AE]\\s?/.*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\d+$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+ ");

    /** The pages without their furniture; the list keeps one entry per page, in order. */
    public List<String> strip(List<String> pages) {
        int n = pages.size();
        List<List<String>> lines = new ArrayList<>(n);
        for (String p : pages) {
            lines.add(new ArrayList<>(List.of(p.split("\n", -1))));
        }
        Set<String> repeated = n >= 3 ? repeatedZoneLines(lines) : Set.of();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> page = lines.get(i);
            boolean cover = i == 0;
            for (int idx : zoneIndexes(page)) {
                String l = page.get(idx).strip();
                boolean pageNumber = isFurniture(l) && countsPages(l, i + 1, n);
                // "14/101", "14/102" at the tops of pages share a shape, but they are texts' numbers
                boolean header =
                        repeated.contains(shape(l)) && !PAGE_OF_PAGES.matcher(l).matches();
                if (pageNumber || !cover && (header || isSymbolHeader(l))) {
                    page.set(idx, null);
                }
            }
            page.removeIf(java.util.Objects::isNull);
            out.add(TextCleaner.atMostOneBlankLine(String.join("\n", page)).strip());
        }
        return out;
    }

    /** "A/HRC/24/7" or "A/HRC/24/7 12" at the top or bottom of a page after the cover: the running header. */
    static boolean isSymbolHeader(String line) {
        String l = PAGE_NUMBER_BESIDE.matcher(line).replaceAll("").strip();
        return l.length() <= 40
                && SYMBOL_START.matcher(l).matches()
                && UnSymbol.parse(l).isPresent();
    }

    /**
     * Whether a line that looks like a page number can be one on page {@code page} of {@code pages}: a plain number
     * always; {@code n/m} only when {@code m - n} pages follow it, give or take one.
     */
    static boolean countsPages(String line, int page, int pages) {
        Matcher m = PAGE_OF_PAGES.matcher(line);
        if (!m.matches()) {
            return true;
        }
        int number = Integer.parseInt(m.group(1));
        int of = Integer.parseInt(m.group(2));
        return number <= of && Math.abs((of - number) - (pages - page)) <= 1;
    }

    static boolean isFurniture(String line) {
        return JOB_NUMBER.matcher(line).matches()
                || BARCODE.matcher(line).matches()
                || PAGE_NUMBER.matcher(line).matches()
                || RECYCLE.matcher(line).matches();
    }

    /** The lines (by shape) that stand in the top or bottom zone of at least half the pages after the first. */
    private static Set<String> repeatedZoneLines(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 1; i < pages.size(); i++) {
            Set<String> onThisPage = new HashSet<>();
            for (int idx : zoneIndexes(pages.get(i))) {
                String l = pages.get(i).get(idx).strip();
                if (l.length() >= 2 && l.length() <= 120) {
                    onThisPage.add(shape(l));
                }
            }
            onThisPage.forEach(s -> counts.merge(s, 1, Integer::sum));
        }
        // odd and even pages often print their headers differently: 40% of the pages is enough
        int threshold = Math.max(2, (int) Math.ceil((pages.size() - 1) * 0.4));
        Set<String> out = new HashSet<>();
        counts.forEach((s, c) -> {
            if (c >= threshold) {
                out.add(s);
            }
        });
        return out;
    }

    /** A line with its digits folded, so "A/HRC/24/7 12" and "A/HRC/24/7 13" are one running header. */
    private static String shape(String line) {
        String spaced = BLANKS.matcher(line).replaceAll(" ");
        return LEADING_NUMBER
                .matcher(TRAILING_NUMBER.matcher(spaced).replaceAll("#"))
                .replaceAll("# ");
    }

    private static List<Integer> zoneIndexes(List<String> page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (page.get(i) != null && !page.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        Set<Integer> zone = new java.util.TreeSet<>();
        for (int k = 0; k < Math.min(ZONE, nonBlank.size()); k++) {
            zone.add(nonBlank.get(k));
            zone.add(nonBlank.get(nonBlank.size() - 1 - k));
        }
        return new ArrayList<>(zone);
    }
}
