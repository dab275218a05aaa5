package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Holds the actions against the adoption notes of older reports that print the adopted texts in Part One, each
 * ending "[Adopted without a vote.]" or "[Adopted by a recorded vote of 32 to 3, with 9 abstentions. The voting was
 * as follows: In favour: ... ]": a second printing of every vote, so a disagreement with the summary of proceedings
 * is a warning. The notes follow the order of the Part One list, or of the texts of it that the report prints when
 * it prints only some; when their number is neither, they are not compared, and that is a warning too. Pure.
 */
final class PartOneVotes {

    /** One note: a vote when it says "recorded vote", none when "without a vote". */
    record Note(Optional<RecordedVote> vote) {}

    private static final Pattern PART_ONE = Pattern.compile("(?i)^Part\\s+(?:One|I)\\b(?!.*\\.{4})");
    private static final Pattern PART_TWO = Pattern.compile("(?i)^Part\\s+(?:Two|II)\\b(?!.*\\.{4})");

    private PartOneVotes() {}

    /** The adoption notes of Part One, in order; none for a report that lists its texts without printing them. */
    static List<Note> read(List<ReportLine> lines, RecordedVoteParser parser) {
        List<Note> out = new ArrayList<>();
        boolean inPartOne = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (PART_ONE.matcher(t).find()) {
                inPartOne = true;
            } else if (PART_TWO.matcher(t).find()) {
                break;
            }
            if (!inPartOne || !t.startsWith("[Adopted")) {
                continue;
            }
            List<ReportLine> note = new ArrayList<>();
            int j = i;
            for (; j < lines.size() && j < i + 60; j++) {
                String l = lines.get(j).text();
                boolean last = l.endsWith("]");
                note.add(new ReportLine(
                        last ? l.substring(0, l.length() - 1) : l, lines.get(j).page()));
                if (last) {
                    break;
                }
            }
            i = j;
            ReportParagraph p = new ReportParagraph(0, note);
            String prose = SponsorNames.withoutFootnoteMarks(p.prose());
            if (!prose.contains("recorded vote")) {
                out.add(new Note(Optional.empty()));
                continue;
            }
            Optional<Tally> tally = TallyPhrase.find(prose).map(TallyPhrase.Found::tally);
            List<StatePosition> positions =
                    parser.read(p).map(RecordedVoteParser.ListedVote::positions).orElse(List.of());
            out.add(new Note(Optional.of(new RecordedVote("the text as adopted", Optional.empty(), tally, positions))));
        }
        return out;
    }

    /** What the notes and the actions disagree on, as warnings. */
    static List<String> disagreements(
            UnSymbol report, List<AdoptedText> texts, List<Note> notes, List<CouncilAction> actions) {
        if (notes.isEmpty()) {
            return List.of();
        }
        if (notes.size() != texts.size()) {
            List<AdoptedText> printed =
                    texts.stream().filter(t -> t.printed().isPresent()).toList();
            if (notes.size() != printed.size()) {
                return List.of(report + ": Part One prints " + notes.size() + " adoption notes for " + texts.size()
                        + " listed texts; its votes are not compared with the actions");
            }
            texts = printed; // a report that prints some of the texts it lists: a note is under each of those
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            UnSymbol symbol = texts.get(i).symbol();
            Optional<RecordedVote> printed = notes.get(i).vote();
            Optional<CouncilAction> action = actions.stream()
                    .filter(a -> a.resulting().equals(Optional.of(symbol)))
                    .findFirst();
            if (action.isEmpty()) {
                continue; // already warned of: listed but not read
            }
            Optional<RecordedVote> told = action.get().vote();
            if (printed.isPresent() != told.isPresent()) {
                out.add(report + ": " + symbol + " is adopted "
                        + (printed.isPresent() ? "by a recorded vote" : "without a vote") + " in Part One but "
                        + action.get().outcome().key() + " in the summary of proceedings");
            } else if (printed.isPresent()) {
                if (!printed.get().tally().equals(told.get().tally())) {
                    out.add(report + ": " + symbol + " is adopted by "
                            + printed.get().tally().map(Tally::toString).orElse("an unread tally")
                            + " in Part One but by "
                            + told.get().tally().map(Tally::toString).orElse("an unread tally")
                            + " in the summary of proceedings");
                }
                var a = new HashSet<>(printed.get().positions());
                var b = new HashSet<>(told.get().positions());
                if (!a.equals(b)) {
                    var onlyNote = new HashSet<>(a);
                    onlyNote.removeAll(b);
                    var onlySummary = new HashSet<>(b);
                    onlySummary.removeAll(a);
                    out.add(report + ": " + symbol
                            + ": the State lists of Part One and of the summary of proceedings differ in "
                            + (onlyNote.size() + onlySummary.size()) + " positions");
                }
            }
        }
        return out;
    }
}
