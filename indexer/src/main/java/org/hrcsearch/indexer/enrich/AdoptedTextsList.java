package org.hrcsearch.indexer.enrich;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Reads the list of texts a session adopted from Part One of its report: a table per kind ("I. Resolutions",
 * "II. Decisions", "III. President's statement") with number, title and date of adoption, e.g.
 * {@code 43/21 Promoting mutually beneficial cooperation in the field of human 22 June 2020} and {@code rights} on
 * the next line; or, in older reports that print the texts themselves, the table of contents
 * ({@code 14/1. The grave attacks by Israeli forces ... 5}) with each date read from the end of the text
 * ({@code 7th meeting / 2 June 2010 / [Adopted ...]}). Pure.
 */
final class AdoptedTextsList {

    private static final String MONTHS =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DATE_AT_END = Pattern.compile("\\s+(\\d{1,2}\\s+" + MONTHS + "\\s+\\d{4})$");
    private static final Pattern ENTRY = Pattern.compile("^(PRST/)?(\\d{1,2}/\\d{1,3})\\.?\\s+(\\p{Lu}.*)$");
    private static final Pattern KIND_HEADING = Pattern.compile(
            "^(?:[IVX]{1,4}\\.\\s+)?(Resolutions?|Decisions?|President['’]s\\s+statements?)\\b(?!\\s+(?:and|adopted))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_HEADER = Pattern.compile(
            "^(?:Resolution|Decision|President['’]s|statement|Chapter)\\b.*(?:Title|Date of adoption|Page)?\\s*$|^President['’]s$");
    private static final Pattern PART_ONE = Pattern.compile("(?i)^Part\\s+(?:One|I)\\b");
    private static final Pattern PART_TWO = Pattern.compile("(?i)^Part\\s+(?:Two|II)\\b(?!.*\\.{4})");
    private static final Pattern LEADER = Pattern.compile("\\s*\\.{3,}.*$|\\s+\\d{1,3}$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern NUMBER_ALONE = Pattern.compile("\\d{1,2}/\\d{1,3}");
    private static final Pattern DATE_IN_ROW = Pattern.compile("\\s+(\\d{1,2}\\s+" + MONTHS + "\\s+\\d{4})(?=\\s|$)");
    private static final Pattern MEETING_LINE = Pattern.compile("^\\d{1,3}(?:st|nd|rd|th)\\s+meeting$");
    private static final Pattern DATE_LINE = Pattern.compile("^(\\d{1,2}\\s+" + MONTHS + "\\s+\\d{4})$");

    private AdoptedTextsList() {}

    /** The adopted texts Part One lists, in order, each once. */
    static List<AdoptedText> read(List<ReportLine> lines, UnSymbol report) {
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (start < 0 && PART_ONE.matcher(t).find()) {
                start = i;
            } else if (start >= 0 && PART_TWO.matcher(t).find()) {
                end = i;
                break;
            }
        }
        if (start < 0) {
            return List.of();
        }
        List<ReportLine> partOne = lines.subList(start, end);
        Map<String, AdoptedText> out = new LinkedHashMap<>();
        DocumentType kind = null;
        Entry open = null;
        for (ReportLine line : partOne) {
            String t = line.text();
            Matcher heading = KIND_HEADING.matcher(t);
            Matcher entry = ENTRY.matcher(t);
            if (heading.find() && !entry.find(0)) {
                open = close(open, out, report, partOne);
                kind = ActionWords.kind(heading.group(1));
                continue;
            }
            entry.reset();
            if (entry.matches() && (kind != null || entry.group(1) != null)) {
                open = close(open, out, report, partOne);
                DocumentType k = entry.group(1) != null ? DocumentType.PRESIDENT_STATEMENT : kind;
                open = new Entry(k, entry.group(2), new StringBuilder(entry.group(3)));
                continue;
            }
            if (open != null) {
                if (TABLE_HEADER.matcher(t).find()
                        || PART_ONE.matcher(t).find()
                        || PAGE_NUMBER.matcher(t).matches()) {
                    open = close(open, out, report, partOne);
                } else if (!open.finished && Character.isLetter(t.codePointAt(0))) {
                    open.title.append(' ').append(t);
                    if (LEADER.matcher(t).find() && t.contains("...")) {
                        open.finished = true; // a contents line ends at its dot leader
                    }
                } else {
                    open = close(open, out, report, partOne);
                }
            }
        }
        close(open, out, report, partOne);
        return List.copyOf(out.values());
    }

    /** An entry being read: its title may run over several lines. */
    private static final class Entry {
        final DocumentType kind;
        final String number;
        final StringBuilder title;
        boolean finished;

        Entry(DocumentType kind, String number, StringBuilder title) {
            this.kind = kind;
            this.number = number;
            this.title = title;
            this.finished = title.toString().contains("...");
        }
    }

    private static Entry close(Entry e, Map<String, AdoptedText> out, UnSymbol report, List<ReportLine> partOne) {
        if (e == null) {
            return null;
        }
        String title = e.title.toString().replaceAll("\\s+", " ").strip();
        Optional<LocalDate> date = Optional.empty();
        // the date ends the first line of a table row, but the title may run on below it
        Matcher d = DATE_IN_ROW.matcher(title);
        if (d.find()) {
            date = ActionWords.date(d.group(1));
            title = (title.substring(0, d.start()) + title.substring(d.end()))
                    .replaceAll("\\s+", " ")
                    .strip();
        }
        title = LEADER.matcher(title).replaceAll("").strip();
        Optional<UnSymbol> symbol = ActionWords.textSymbol(e.kind, e.number);
        // "60/251 Decides ..." in a quoted text is no entry of this session's list
        boolean ofThisSession = symbol.flatMap(UnSymbol::session).equals(report.session());
        if (symbol.isEmpty() || !ofThisSession || out.containsKey(symbol.get().text())) {
            return null;
        }
        if (date.isEmpty()) {
            date = dateAtEndOfText(e.number, title, partOne);
        }
        out.put(symbol.get().text(), new AdoptedText(symbol.get(), title, date, report));
        return null;
    }

    /**
     * Where Part One prints the text itself: the date under "34th meeting" after its number alone on a line, or
     * after its title's first line when the number, printed at the top of a page, went with the running header (it
     * looks like a page number, {@code 14/118}).
     */
    private static Optional<LocalDate> dateAtEndOfText(String number, String title, List<ReportLine> partOne) {
        for (int i = 0; i < partOne.size(); i++) {
            String line = partOne.get(i).text();
            // the title's first line at the top of a page or under the heading of its kind ("II. Decisions")
            boolean titleAlone = i > 0
                    && (partOne.get(i).page() != partOne.get(i - 1).page()
                            || KIND_HEADING.matcher(partOne.get(i - 1).text()).find())
                    && line.length() >= 10
                    && title.startsWith(line);
            if (!line.equals(number) && !titleAlone) {
                continue;
            }
            for (int j = i + 1; j + 1 < partOne.size(); j++) {
                String t = partOne.get(j).text();
                if (ENTRY.matcher(t).matches() || NUMBER_ALONE.matcher(t).matches()) {
                    break;
                }
                Matcher date = DATE_LINE.matcher(partOne.get(j + 1).text());
                if (MEETING_LINE.matcher(t).matches() && date.matches()) {
                    return ActionWords.date(date.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
