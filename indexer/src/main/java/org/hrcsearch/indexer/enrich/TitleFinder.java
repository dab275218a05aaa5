package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's title: on a UN cover, the lines after the agenda item (or after the session line when there
 * is none), up to the first blank line or footnote mark; else a meaningful metadata title; else the first line of
 * text that is not boilerplate.
 */
public final class TitleFinder {

    /** The title of a UPR Working Group report, followed on the cover by the State reviewed. */
    public static final String UPR_REPORT = "Report of the Working Group on the Universal Periodic Review";

    private static final int MAX_TITLE = 300;

    /** The fewest letters of a title found as a document's first meaningful line; see {@link #longEnoughForATitle}. */
    private static final int MIN_TITLE_WIDTH = 8;

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(United Nations|Nations Unies|General Assembly|Human Rights Council|Distr\\.?.*|Original:.*"
                    + "|GE\\.\\d.*|[A-Z]/HRC/.*|E/CN\\.4/.*|Agenda item.*|Item \\d.*|\\d+\\s*(?:[-–]\\s*\\d+)?.*\\d{4}"
                    + "|Advance (unedited|edited) version|Please recycle.*|.*session|Page \\d+.*|\\d+|\\*+"
                    + "|Promoting and strengthening.*|the Universal Periodic Review|https?://.*|www\\..*|Full PDF Version"
                    + "|United Nations Human Rights Council.*|To:.*|Dear .*|Excellenc.*|Your Excellenc.*)$");
    private static final Pattern AGENDA = Pattern.compile("(?i)^(?:Agenda items?|Items?)\\s+[\\d, and]+.*$");
    private static final Pattern BAD_METADATA_TITLE = Pattern.compile(
            "(?i)^(Microsoft Word.*|untitled.*|document\\d*|.*\\.(docx?|pdf|rtf)|[A-Z]?\\d{5,}.*|G\\d{5,}.*|"
                    + "[A-Z]/HRC/.*|E/CN\\.4/.*)$");

    private static final Pattern TITLE_START = Pattern.compile(
            "(?i)^(?:Report\\s+of\\s+the\\s|National\\s+report|Compilation\\b|Summary\\s+(?:prepared|of)\\b"
                    + "|Decision\\s+adopted|Resolution\\s+adopted|Outcome\\s+of\\s|Annotations\\b|Agenda\\s+and\\s"
                    + "|Provisional\\s+agenda|Note\\s+by\\s|Letter\\s+dated|Views\\s+on\\s+conclusions).*");
    private static final Pattern UPR_TITLE = Pattern.compile(
            "(?i)Report\\s+of\\s+the\\s+Working\\s+(?:Group\\s+)?on\\s+the\\s+Universal\\s+Periodic\\s+Review");
    private static final Pattern CONTINUES = Pattern.compile("(?i)\\b(?:of|the|and|to|for|on|in|with|by)$");
    private static final Pattern STARTS_CONTINUATION = Pattern.compile("(?i)^(?:of|the|to|and|for|on|in|with)\\s");
    private static final Pattern ADOPTED = Pattern.compile("(?i)^(?:Decision|Resolution)\\s+adopted\\s.*");
    private static final Pattern OUTCOME_NUMBER = Pattern.compile("^(?:S-)?\\d{1,3}/\\d{1,3}\\.?\\s*");
    private static final Pattern TITLE_STOP = Pattern.compile(
            "(?i)^(?:\\*.*|_{3,}.*|Vice-President.*|Rapporteur.*|Addendum|Contents|Corrigendum|The\\s+present\\s.*"
                    + "|The\\s+Human\\s+Rights\\s+Council,?|GE\\.\\d.*|Introduction|I\\.\\s.*)$");
    private static final Pattern SUBJECT = Pattern.compile(
            "(?im)^\\s*(?:Re|Subject|Object)\\s*:\\s*(\\S.{7,}(?:\\n(?!\\s*\\n)(?!\\s*[A-Z][a-z]+,\\s*$)[^\\n]+)*)$");
    private static final Pattern STATE_LINE = Pattern.compile(
            "^(?:The\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|of|and|the|\\(|\\)))*\\s*\\**\\d*$");

    public String find(String firstPage, Optional<String> metadataTitle) {
        List<String> lines = firstPage.lines().map(String::strip).toList();
        // a title in the file's properties that the page itself prints is the author's own; one that it does not
        // print is often a template's ("ADVANCE QUESTIONS TO QATAR" on Slovenia's questions)
        if (metadataTitle.isPresent()
                && !BAD_METADATA_TITLE.matcher(metadataTitle.get()).matches()
                && metadataTitle.get().strip().split("\\s+").length >= 3
                && squash(firstPage).contains(squash(metadataTitle.get()))) {
            return clip(metadataTitle.get());
        }
        if (firstPage.contains("Distr")) {
            Optional<String> un = unCoverTitle(lines);
            if (un.isPresent()) {
                return un.get();
            }
        }
        Matcher subject = SUBJECT.matcher(firstPage);
        if (subject.find()) {
            return clip(subject.group(1));
        }
        Optional<String> cover = afterAgendaItem(lines);
        if (cover.isPresent()) {
            return cover.get();
        }
        // the text before the metadata: Word templates carry titles of other documents ("... TO QATAR")
        for (String line : lines) {
            if (longEnoughForATitle(line)
                    && !BOILERPLATE.matcher(line).matches()
                    && line.chars().anyMatch(Character::isLetter)) {
                return clip(line);
            }
        }
        if (metadataTitle.isPresent()
                && !BAD_METADATA_TITLE.matcher(metadataTitle.get()).matches()) {
            return clip(metadataTitle.get());
        }
        return "";
    }

    /**
     * The title printed on a UN cover: the block that starts with "Report of the ...", "National report ...",
     * "Decision adopted by the Human Rights Council" (then the decision's own title, without its number) and the
     * like. A UPR Working Group report's title names the State reviewed: "Report of the Working Group on the
     * Universal Periodic Review: Argentina".
     */
    private static Optional<String> unCoverTitle(List<String> lines) {
        int n = Math.min(lines.size(), 80);
        int start = -1;
        for (int i = 0; i < n; i++) {
            if (TITLE_START.matcher(lines.get(i)).matches()) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return uprReportWithoutTitle(lines, n);
        }
        if (ADOPTED.matcher(lines.get(start)).matches()) {
            int i = start + 1;
            while (i < n
                    && (lines.get(i).isEmpty()
                            || OUTCOME_NUMBER
                                    .matcher(lines.get(i))
                                    .replaceFirst("")
                                    .isEmpty()
                            || lines.get(i).matches("(?i)^on\\s+\\d.*"))) {
                i++;
            }
            if (i >= n) {
                return Optional.empty();
            }
            List<String> block = block(lines, i, false);
            String t = OUTCOME_NUMBER.matcher(String.join(" ", block)).replaceFirst("");
            return t.isBlank() ? Optional.empty() : Optional.of(clip(tidyTitle(t)));
        }
        List<String> block = block(lines, start, true);
        String title = tidyTitle(String.join(" ", block));
        Matcher upr = UPR_TITLE.matcher(title);
        if (upr.lookingAt()) {
            String rest = title.substring(upr.end()).replaceAll("^[\\s*:–-]+", "");
            if (rest.isEmpty()) {
                int after = start + block.size();
                // the footnote mark may stand on a line of its own between the title and the State
                while (after < n
                        && (lines.get(after).isEmpty() || lines.get(after).matches("\\*+"))) {
                    after++;
                }
                rest = after < n && !TITLE_STOP.matcher(lines.get(after)).matches() ? lines.get(after) : "";
            }
            rest = rest.replaceAll("[*\\d]+$", "").replace("*", "").strip();
            return Optional.of(rest.isEmpty() || rest.length() > 80 ? UPR_REPORT : UPR_REPORT + ": " + rest);
        }
        return title.isBlank() ? Optional.empty() : Optional.of(clip(title));
    }

    /**
     * Some 2008 Working Group reports print no title, only the agenda heading and the State: "UNIVERSAL PERIODIC
     * REVIEW / Peru *".
     */
    private static Optional<String> uprReportWithoutTitle(List<String> lines, int n) {
        for (int i = 0; i + 1 < n; i++) {
            if (lines.get(i).matches("(?i)universal\\s+periodic\\s+review")) {
                int j = i + 1;
                while (j < n && lines.get(j).isEmpty()) {
                    j++;
                }
                if (j < n
                        && lines.get(j).endsWith("*")
                        && STATE_LINE.matcher(lines.get(j)).matches()
                        && lines.get(j).split("\\s+").length <= 8) {
                    return Optional.of(
                            UPR_REPORT + ": " + lines.get(j).replace("*", "").strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The lines of a title from {@code start}: up to a blank line, a footnote, or a State's name under it. */
    private static List<String> block(List<String> lines, int start, boolean stopAtStateLine) {
        List<String> out = new ArrayList<>();
        for (int i = start; i < lines.size() && out.size() < 8; i++) {
            String l = lines.get(i);
            if (l.isEmpty() && !out.isEmpty()) {
                int next = i;
                while (next < lines.size() && lines.get(next).isEmpty()) {
                    next++;
                }
                // a title broken over a paragraph gap: "... PARAGRAPH 15 (A)" / "OF THE ANNEX ..."
                if (next < lines.size()
                        && (CONTINUES.matcher(out.getLast()).find()
                                || STARTS_CONTINUATION.matcher(lines.get(next)).lookingAt())) {
                    i = next - 1;
                    continue;
                }
            }
            if (l.isEmpty() || TITLE_STOP.matcher(l).matches()) {
                break;
            }
            String sofar = String.join(" ", out)
                    .replace("*", "")
                    .replaceAll("\\s+", " ")
                    .strip()
                    .toLowerCase(java.util.Locale.ROOT);
            String with = (sofar + " " + l.replace("*", ""))
                    .replaceAll("\\s+", " ")
                    .strip()
                    .toLowerCase(java.util.Locale.ROOT);
            boolean upr = sofar.equals(UPR_REPORT.toLowerCase(java.util.Locale.ROOT));
            boolean uprContinues = UPR_REPORT.toLowerCase(java.util.Locale.ROOT).startsWith(with)
                    || UPR_REPORT
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace(" group", "")
                            .startsWith(with);
            if (!out.isEmpty()
                    && stopAtStateLine
                    && !uprContinues
                    && (upr
                            || l.endsWith("*")
                                    && l.split("\\s+").length <= 6
                                    && STATE_LINE.matcher(l).matches()
                                    && !out.getLast().matches(".*\\b(?:the|of|and|on|to|for)$"))) {
                break;
            }
            out.add(l);
            if (l.endsWith("*") && String.join(" ", out).length() > 30) {
                break; // the footnote mark closes a title
            }
        }
        return out;
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s*]+", " ")
                .replaceAll("[\u2018\u2019]", "'")
                .toLowerCase(java.util.Locale.ROOT)
                .strip();
    }

    private static String tidyTitle(String t) {
        return t.replaceAll("\\s+", " ")
                .replaceAll("\\s*\\*+\\s*", " ")
                .replaceAll("\\s+([,.:;])", "$1")
                .strip();
    }

    private static Optional<String> afterAgendaItem(List<String> lines) {
        int start = -1;
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            if (AGENDA.matcher(lines.get(i)).matches()) {
                start = i + 1;
                // an agenda item's own heading runs on over lines like "Promotion and protection of all human
                // rights..."
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        List<String> title = new ArrayList<>();
        int i = start;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        // skip the agenda heading: it runs until the first blank line when the next block starts with a capital
        int blockEnd = i;
        while (blockEnd < lines.size() && !lines.get(blockEnd).isEmpty()) {
            blockEnd++;
        }
        int next = blockEnd;
        while (next < lines.size() && lines.get(next).isEmpty()) {
            next++;
        }
        boolean headingThenTitle = next < lines.size() && next - i < 30 && looksLikeAgendaHeading(lines, i, blockEnd);
        if (headingThenTitle) {
            i = next;
        }
        for (; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            String l = lines.get(i).replaceAll("\\*+$", "").strip();
            if (!l.isEmpty()) {
                title.add(l);
            }
            if (String.join(" ", title).length() > MAX_TITLE) {
                break;
            }
        }
        String t = String.join(" ", title).replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(clip(t));
    }

    /**
     * Whether a line says enough to be a title rather than a heading such as "Preamble" or a stray word: at least
     * {@link #MIN_TITLE_WIDTH} letters, where a character of a script written without spaces (Chinese, Japanese,
     * Korean) counts as two, as such a character is a word or half of one. "世界人权宣言" (six characters, the
     * Universal Declaration) is a title as its 37 letters in English are; "序言" (Preamble) is not.
     */
    static boolean longEnoughForATitle(String line) {
        int width = 0;
        for (int i = 0; i < line.length() && width < MIN_TITLE_WIDTH; ) {
            int c = line.codePointAt(i);
            width += Character.isIdeographic(c) || isSyllabic(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width >= MIN_TITLE_WIDTH;
    }

    private static boolean isSyllabic(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    private static boolean looksLikeAgendaHeading(List<String> lines, int from, int to) {
        String block = String.join(" ", lines.subList(from, to));
        return block.matches("(?i)^(Promotion and protection|Human rights situations|Universal periodic review"
                + "|Human rights bodies|Organizational and procedural|Annual report|Follow-up|Technical assistance"
                + "|Racism|Human rights situation in Palestine|Adoption of the report).*");
    }

    private static String clip(String s) {
        String t = s.replaceAll("\\s+", " ")
                .replaceAll("\\*?\\s*Page \\d+ of \\d+$", "")
                .strip();
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE).strip() + "…";
    }
}
