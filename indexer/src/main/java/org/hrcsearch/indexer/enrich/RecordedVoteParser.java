package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.VotePosition;

/**
 * Reads a recorded vote out of the paragraph that tells it: at whose request it was taken, on what, and the three
 * lists that follow "The voting was as follows:", e.g.
 *
 * <pre>
 * 264. At the same meeting, at the request of the representative of Czechia, on behalf of States members of the
 * European Union ..., a recorded vote was taken on the draft resolution. The voting was as follows:
 * In favour:
 * Angola, Argentina, Bahrain, ... Venezuela (Bolivarian Republic of)
 * Against:
 * Australia, Austria, ...
 * Abstaining:
 * Afghanistan, Armenia, ...
 * </pre>
 *
 * <p>A footnote printed at the foot of a page the lists run over is skipped; a name that is not a State is kept
 * aside for a warning. Pure.
 */
final class RecordedVoteParser {

    /** What a paragraph says of one recorded vote, before its tally is matched. */
    record ListedVote(
            String subject, Optional<Sponsor> requestedBy, List<StatePosition> positions, List<String> unknown) {
        ListedVote {
            positions = List.copyOf(positions);
            unknown = List.copyOf(unknown);
        }
    }

    private static final Pattern LABEL =
            Pattern.compile("^(In\\s+favour|Against|Abstaining|Abstentions?)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,3}\\s+\\p{Lu}");
    private static final Pattern SECTION =
            Pattern.compile("^(?:[IVX]{1,5}|[A-Z])\\.\\s+\\p{Lu}|^\\d{1,4}\\.\\s+\\p{Lu}");
    static final Pattern VOTE_TAKEN = Pattern.compile(
            "(?:at\\s+the\\s+request\\s+of\\s+(.+?),\\s+)?an?\\s+(?:recorded|separate)(?:\\s+recorded)?\\s+vote\\s+was\\s+taken\\s+on\\s+(.+?)\\.(?:\\s|$)");

    private final SponsorNames names;

    RecordedVoteParser(SponsorNames names) {
        this.names = names;
    }

    static boolean isListLabel(String line) {
        return LABEL.matcher(line).matches();
    }

    /** True when the paragraph prints vote lists. */
    static boolean hasLists(ReportParagraph p) {
        return p.lines().stream().anyMatch(l -> isListLabel(l.text()));
    }

    /** The vote the paragraph prints, or empty when it prints no lists. */
    Optional<ListedVote> read(ReportParagraph p) {
        if (!hasLists(p)) {
            return Optional.empty();
        }
        String prose = SponsorNames.withoutFootnoteMarks(p.prose());
        String subject = "";
        Optional<Sponsor> requestedBy = Optional.empty();
        Matcher taken = VOTE_TAKEN.matcher(prose);
        if (taken.find()) {
            subject = taken.group(2).strip();
            if (taken.group(1) != null) {
                requestedBy = requester(taken.group(1));
            }
        }
        List<StatePosition> positions = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        VotePosition position = null;
        StringBuilder list = new StringBuilder();
        int skippingFootnoteOnPage = -1;
        for (ReportLine line : p.lines()) {
            String t = line.text();
            if (line.page() == skippingFootnoteOnPage) {
                continue;
            }
            Matcher label = LABEL.matcher(t);
            if (label.matches()) {
                addList(position, list, positions, unknown);
                position = label.group(1).toLowerCase(Locale.ROOT).startsWith("in")
                        ? VotePosition.IN_FAVOUR
                        : label.group(1).toLowerCase(Locale.ROOT).startsWith("against")
                                ? VotePosition.AGAINST
                                : VotePosition.ABSTAINING;
                list.setLength(0);
                list.append(label.group(2));
                continue;
            }
            if (position == null) {
                continue;
            }
            if (FOOTNOTE.matcher(t).find()) {
                skippingFootnoteOnPage = line.page(); // the rest of the page is the footnote
                continue;
            }
            if (SECTION.matcher(t).find()) {
                break;
            }
            list.append(list.isEmpty() || list.charAt(list.length() - 1) == '-' ? "" : " ")
                    .append(t);
        }
        addList(position, list, positions, unknown);
        return Optional.of(new ListedVote(subject, requestedBy, positions, unknown));
    }

    private void addList(
            VotePosition position, StringBuilder list, List<StatePosition> positions, List<String> unknown) {
        if (position == null) {
            return;
        }
        String text = list.toString().strip();
        if (text.isEmpty() || text.matches("(?i)none\\.?|-")) {
            return;
        }
        SponsorNames.StateList read = names.states(text);
        for (String s : read.states()) {
            positions.add(new StatePosition(s, position));
        }
        List<String> rest = new ArrayList<>(read.unknown());
        if (!rest.isEmpty()) {
            // the last list runs into what the paragraph prints after it: keep the State that starts the last item
            String last = rest.getLast();
            Optional<String> lead = leadingState(last);
            if (lead.isPresent()) {
                positions.add(new StatePosition(lead.get(), position));
                rest.removeLast();
            }
        }
        for (String u : rest) {
            unknown.add(position.key() + ": '" + u + "'");
        }
    }

    /** The State that the words at the start of {@code text} name, the longest first. */
    private Optional<String> leadingState(String text) {
        String[] words = text.split(" ");
        for (int n = Math.min(words.length - 1, 10); n >= 1; n--) {
            Optional<String> s = names.state(String.join(" ", Arrays.copyOf(words, n)));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** "the representative of Czechia, on behalf of States members of the European Union ..." as one sponsor. */
    private Optional<Sponsor> requester(String printed) {
        String p = printed.replaceFirst("^(?:the\\s+)?representatives?\\s+of\\s+", "")
                .strip();
        List<Sponsor> read = names.sponsors(p);
        return read.isEmpty() ? Optional.empty() : Optional.of(read.getFirst());
    }
}
