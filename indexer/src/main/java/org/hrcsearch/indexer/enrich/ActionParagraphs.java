package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a session report, the numbered paragraphs of its summary of proceedings and groups those that tell what
 * the Council did with one proposal: from the paragraph that introduces a draft ("the representative of China
 * introduced draft resolution A/HRC/43/L.31/Rev.1") or that adopts a text no draft was named for ("the Human Rights
 * Council adopted draft decision 14/101 without a vote") to the next such paragraph or section heading. Pure.
 *
 * <p>Paragraphs are numbered in one run through Part Two; the operative paragraphs of the texts Part One quotes
 * ("1. Condemns ...") restart at 1 and are not part of it, so the run starts at the "Part Two" heading when there is
 * one, and a paragraph is only the next number (or one a few numbers on, when extraction lost a line). Without
 * that heading, a run that starts again at 1 starts over.
 */
final class ActionParagraphs {

    /** A group of paragraphs about one proposal and the heading printed above it (possibly empty). */
    record Story(List<ReportParagraph> paragraphs, String heading) {
        Story {
            paragraphs = List.copyOf(paragraphs);
            if (paragraphs.isEmpty()) {
                throw new IllegalArgumentException("a story has at least one paragraph");
            }
        }
    }

    private static final Pattern PART_TWO = Pattern.compile("(?i)^Part\\s+(?:Two|II)\\b(?!.*\\.{4})");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})\\.\\s+[\\p{Lu}\"“‘(]");
    /** How far a paragraph number may run ahead of the last, for a paragraph start extraction lost. */
    private static final int MAX_GAP = 3;

    static final Pattern INTRODUCED = Pattern.compile(
            "introduced,?\\s+(?:the\\s+)?(?:revised\\s+)?draft\\s+(resolution|decision|President['’]s\\s+statement)\\s+"
                    + "(A\\s*/\\s*HRC\\s*/\\s*(?:S-)?\\d+\\s*/\\s*L\\.\\s*\\d+(?:\\s*/\\s*(?:Rev|Add|Corr)\\.\\s*\\d+)*)");
    /** "adopted draft decision 14/101", "adopted, without a vote, decision 43/101": a text without a draft symbol. */
    static final Pattern ADOPTED_NUMBERED_TEXT = Pattern.compile(
            "Council\\s+adopted,?\\s+(?:without\\s+a\\s+vote,\\s+)?(?:draft\\s+)?(decision|resolution)\\s+(\\d{1,2}/\\d{1,3})\\b");

    static final Pattern WITHDRAWN_DRAFT =
            Pattern.compile("draft\\s+(?:resolution|decision|President['’]s\\s+statement)\\s+("
                    + "A\\s*/\\s*HRC\\s*/\\s*(?:S-)?\\d+\\s*/\\s*L\\.\\s*\\d+(?:\\s*/\\s*(?:Rev|Add|Corr)\\.\\s*\\d+)*)"
                    + "\\s+(?:had\\s+been|was)\\s+withdrawn");
    /** A section heading: "D. Consideration of and action on draft proposals", "VI. Universal periodic review". */
    private static final Pattern SECTION = Pattern.compile("^(?:[IVX]{1,5}|[A-Z])\\.\\s+\\p{Lu}|^Annex(?:es)?\\b");

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.:;\\]]$");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,3}\\s+\\p{Lu}");
    private static final Pattern PAGE_MARK = Pattern.compile("^=+PAGE");

    private ActionParagraphs() {}

    /** The numbered paragraphs of Part Two (of the whole text when there is no Part Two heading), in order. */
    static List<ReportParagraph> partTwo(List<ReportLine> lines) {
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (PART_TWO.matcher(lines.get(i).text()).find()) {
                start = i;
            }
        }
        // without the heading, a run that starts again at 1 is taken to be the summary starting after quoted texts
        boolean restarts = start < 0;
        start = Math.max(start, 0);
        List<ReportParagraph> out = new ArrayList<>();
        int last = -1; // the first paragraph may have any number: an excerpt need not start at 1
        int number = -1;
        List<ReportLine> current = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            ReportLine line = lines.get(i);
            Matcher m = NUMBERED.matcher(line.text());
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (last < 0 || n > last && n <= last + MAX_GAP || restarts && n == 1) {
                    if (number > 0) {
                        out.add(new ReportParagraph(number, current));
                    }
                    number = n;
                    last = n;
                    current = new ArrayList<>();
                }
            }
            if (number > 0) {
                current.add(line);
            }
        }
        if (number > 0) {
            out.add(new ReportParagraph(number, current));
        }
        return out;
    }

    /** The paragraphs grouped one story per proposal; paragraphs about no proposal are left out. */
    static List<Story> stories(List<ReportParagraph> paragraphs) {
        List<Story> out = new ArrayList<>();
        List<ReportParagraph> current = null;
        String heading = "";
        ReportParagraph previous = null;
        for (ReportParagraph p : paragraphs) {
            String prose = p.prose();
            boolean starts = INTRODUCED.matcher(prose).find()
                    || ADOPTED_NUMBERED_TEXT.matcher(prose).find() && (current == null || !mentionsDraft(current))
                    || withdrawsAnotherDraft(prose, current);
            if (starts) {
                if (current != null) {
                    out.add(new Story(current, heading));
                }
                current = new ArrayList<>();
                heading = previous == null ? "" : headingAfter(previous);
            }
            if (current != null) {
                current.add(p);
                if (endsSection(p)) {
                    out.add(new Story(current, heading));
                    current = null;
                }
            }
            previous = p;
        }
        if (current != null) {
            out.add(new Story(current, heading));
        }
        return out;
    }

    /** "The President announced that draft resolution A/HRC/28/L.9 had been withdrawn": not the draft at hand. */
    private static boolean withdrawsAnotherDraft(String prose, List<ReportParagraph> current) {
        Matcher w = WITHDRAWN_DRAFT.matcher(prose);
        if (!w.find() || prose.substring(0, w.start()).toLowerCase(Locale.ROOT).contains("amendment")) {
            return false;
        }
        if (current == null) {
            return true;
        }
        Matcher intro = INTRODUCED.matcher(current.getFirst().prose());
        return !intro.find() || !ActionWords.canonical(intro.group(2)).equals(ActionWords.canonical(w.group(1)));
    }

    /** True when the story so far named a draft, so that a later "adopted ... decision 14/118" is its outcome. */
    private static boolean mentionsDraft(List<ReportParagraph> story) {
        return INTRODUCED.matcher(story.getFirst().prose()).find();
    }

    /** True when a section heading follows the paragraph's text: what comes next is about something else. */
    private static boolean endsSection(ReportParagraph p) {
        return p.lines().stream()
                .skip(1)
                .anyMatch(l -> SECTION.matcher(l.text()).find());
    }

    /**
     * The heading printed between a paragraph's text and the next paragraph, e.g. {@code Promoting mutually beneficial
     * cooperation in the field of human rights}: the last lines that end no sentence, after any section heading,
     * footnote or vote list.
     */
    static String headingAfter(ReportParagraph p) {
        List<ReportLine> lines = p.lines();
        int from = lines.size();
        for (int i = lines.size() - 1; i >= 1; i--) {
            String t = lines.get(i).text();
            if (ENDS_SENTENCE.matcher(t).find()
                    || SECTION.matcher(t).find()
                    || FOOTNOTE.matcher(t).find()
                    || PAGE_MARK.matcher(t).find()
                    || RecordedVoteParser.isListLabel(t)) {
                break;
            }
            from = i;
        }
        if (from >= lines.size()) {
            return "";
        }
        // a heading is a title, not a page of text: past 300 characters the lines are something else
        String heading = ReportLine.prose(lines.subList(from, lines.size()));
        return heading.length() > 300 ? "" : heading;
    }
}
