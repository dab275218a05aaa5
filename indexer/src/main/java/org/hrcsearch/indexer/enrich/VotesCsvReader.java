package org.hrcsearch.indexer.enrich;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnBody;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * Reads a votes file: a CSV with one row per (symbol, State), the shape of the UN Digital Library's voting exports,
 * e.g.
 *
 * <pre>
 * symbol,date,title,state,vote
 * A/HRC/RES/43/21,2020-06-22,"Promoting mutually beneficial cooperation, in the field of human rights",China,Y
 * A/HRC/RES/43/21,2020-06-22,"Promoting mutually beneficial cooperation, in the field of human rights",Czechia,N
 * </pre>
 *
 * into one {@link CouncilAction} per symbol, its tally counted from the rows. The whole file is checked before
 * anything is made of it: one bad row and the file gives no action at all, only the list of every bad row with its
 * line number. Pure: the caller reads the file.
 *
 * <p>Header names are matched in any case, with spaces or hyphens for underscores, and under the Digital Library's
 * names too ({@code resolution}, {@code ms_name}, {@code ms_vote}); a leading byte-order mark, other columns and
 * lines starting with {@code #} (a note on where the data comes from) are ignored. A row's vote is {@code Y}/{@code Yes}/{@code In favour}, {@code N}/{@code No}/{@code
 * Against}, {@code A}/{@code Abstain}/{@code Abstention}, or {@code absent}/{@code Non-voting}/{@code X} for a member
 * that did not vote (counted nowhere). The symbol is a Council resolution or decision (adopted by that vote) or a
 * draft ({@code L.}): a draft is adopted when more States voted for it than against it, else rejected, as the
 * Council's rules of procedure count (abstentions do not count; an equal vote rejects). An optional {@code draft}
 * column gives the draft a resolution or decision was adopted from.
 */
public final class VotesCsvReader {

    /** The columns of a votes file and the other names they are read under; {@code draft} is optional. */
    enum Column {
        SYMBOL(true, "symbol", "resolution", "document_symbol"),
        DRAFT(false, "draft", "draft_symbol"),
        DATE(true, "date", "vote_date"),
        TITLE(true, "title"),
        STATE(true, "state", "ms_name", "member_state", "country"),
        VOTE(true, "vote", "ms_vote");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    /** How the name of a votes file ends, in any case: {@code hrc-55.votes.csv}. */
    public static final String FILE_NAME_ENDING = ".votes.csv";

    /** True when a file of this name is a votes file. */
    public static boolean isVotesFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(FILE_NAME_ENDING);
    }

    /** How many bad rows a rejection describes one by one; the lines of the rest are listed after them. */
    static final int DESCRIBED_BAD_ROWS = 100;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false) // so that the parser's line count is every line's, for the line numbers
            .setCommentMarker('#')
            .get();

    private static final Map<String, Optional<VotePosition>> VOTES = votes();

    /** What a votes file gives: its actions, or every bad row and why, and no action. */
    public sealed interface Result {
        /** Every row was good: one action per symbol, in the order of their first rows. */
        record Read(List<CouncilAction> actions, int rows) implements Result {
            public Read {
                actions = List.copyOf(actions);
            }
        }

        /** At least one row was bad, so the file gives nothing; every bad row is listed, in line order. */
        record Rejected(List<BadRow> badRows) implements Result {
            public Rejected {
                badRows = List.copyOf(badRows);
                if (badRows.isEmpty()) {
                    throw new IllegalArgumentException("a rejected file has at least one bad row");
                }
            }

            /** E.g. "2 bad rows, nothing of the file loaded: line 3: unknown State 'Atlantis'; line 7: ...". */
            public String message() {
                StringBuilder sb = new StringBuilder();
                sb.append(badRows.size())
                        .append(badRows.size() == 1 ? " bad row" : " bad rows")
                        .append(", nothing of the votes file loaded: ");
                for (int i = 0; i < badRows.size(); i++) {
                    BadRow b = badRows.get(i);
                    if (i == DESCRIBED_BAD_ROWS) {
                        sb.append("; and on lines");
                        badRows.subList(i, badRows.size())
                                .forEach(r -> sb.append(' ').append(r.line()));
                        break;
                    }
                    sb.append(i == 0 ? "" : "; ")
                            .append("line ")
                            .append(b.line())
                            .append(": ")
                            .append(b.reason());
                }
                return sb.toString();
            }
        }
    }

    /** A row that cannot be read, e.g. line 7: "unknown State 'Atlantis'". The file's first line is line 1. */
    public record BadRow(int line, String reason) {
        public BadRow {
            Objects.requireNonNull(reason, "reason");
            if (line < 1) {
                throw new IllegalArgumentException("lines are counted from 1, got " + line);
            }
        }
    }

    private final StateNames states;

    public VotesCsvReader(StateNames states) {
        this.states = Objects.requireNonNull(states, "states");
    }

    /** Reads the text of a votes file. */
    public Result read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<BadRow> bad = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        int rows = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new Result.Rejected(List.of(new BadRow(1, "the file is empty; " + expectedHeader())));
            }
            Map<Column, Integer> columns = new LinkedHashMap<>();
            CSVRecord first = records.next();
            int headerLine = 1 + (first.hasComment() ? first.getComment().split("\n", -1).length : 0);
            List<String> headerProblems = header(first, columns);
            if (!headerProblems.isEmpty()) {
                return new Result.Rejected(headerProblems.stream()
                        .map(p -> new BadRow(headerLine, p))
                        .toList());
            }
            long lastLine = parser.getCurrentLineNumber();
            while (true) {
                int line = (int) lastLine + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    bad.add(new BadRow(line, "not CSV from here on: " + rootMessage(e)));
                    break;
                }
                if (record.hasComment()) { // the comment lines before it
                    line += record.getComment().split("\n", -1).length;
                }
                lastLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // an empty line
                }
                rows++;
                row(record, line, columns, groups, bad);
            }
        } catch (IOException | UncheckedIOException e) {
            bad.add(new BadRow(1, "not CSV: " + rootMessage(e)));
        }
        if (bad.isEmpty() && rows == 0) {
            bad.add(new BadRow(1, "a header but no rows: a votes file has one row per (symbol, State)"));
        }
        for (Group g : groups.values()) {
            if (g.positions.isEmpty()) {
                bad.add(new BadRow(
                        g.firstLine,
                        "no State voted on " + g.symbol + " (every row of it is absent): a recorded vote counts at"
                                + " least one vote"));
            }
        }
        if (!bad.isEmpty()) {
            bad.sort(java.util.Comparator.comparingInt(BadRow::line));
            return new Result.Rejected(bad);
        }
        return new Result.Read(groups.values().stream().map(Group::action).toList(), rows);
    }

    private static List<String> header(CSVRecord record, Map<Column, Integer> columns) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i)
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace(' ', '_')
                    .replace('-', '_');
            for (Column c : Column.values()) {
                if (c.names.contains(name)) {
                    Integer before = columns.putIfAbsent(c, i);
                    if (before != null) {
                        problems.add("two columns are the " + c.names.getFirst() + ": '" + record.get(before)
                                + "' and '" + record.get(i) + "'");
                    }
                }
            }
        }
        for (Column c : Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                problems.add("no " + c.names.getFirst() + " column"
                        + (c.names.size() > 1
                                ? " (also read as " + String.join(", ", c.names.subList(1, c.names.size())) + ")"
                                : "")
                        + "; " + expectedHeader() + ", got " + String.join(",", record.values()));
            }
        }
        return problems;
    }

    private static String expectedHeader() {
        return "the header is symbol,date,title,state,vote (in any order; draft optional)";
    }

    private void row(
            CSVRecord record, int line, Map<Column, Integer> columns, Map<String, Group> groups, List<BadRow> bad) {
        int needed = columns.values().stream().mapToInt(i -> i).max().orElse(0) + 1;
        if (record.size() < needed) {
            bad.add(new BadRow(
                    line,
                    "has " + record.size() + (record.size() == 1 ? " cell" : " cells") + ", the header names " + needed
                            + " (a title with a comma needs quotes)"));
            return;
        }
        List<String> problems = new ArrayList<>();
        String symbolCell = cell(record, columns, Column.SYMBOL);
        Optional<UnSymbol> symbol = UnSymbol.parse(symbolCell);
        if (symbolCell.isEmpty()) {
            problems.add("no symbol");
        } else if (symbol.isEmpty()) {
            problems.add(
                    "'" + symbolCell + "' is not a UN document symbol (e.g. A/HRC/RES/43/21 or A/HRC/43/L.31/Rev.1)");
        } else if (!voted(symbol.get())) {
            problems.add(symbol.get() + " is a " + symbol.get().type().key().replace('_', ' ') + " of "
                    + symbol.get().body().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", not a Council resolution, decision or draft (L.)");
            symbol = Optional.empty();
        }
        String draftCell = columns.containsKey(Column.DRAFT) ? cell(record, columns, Column.DRAFT) : "";
        Optional<UnSymbol> draft = Optional.empty();
        if (!draftCell.isEmpty()) {
            draft = UnSymbol.parse(draftCell).filter(s -> s.type() == DocumentType.DRAFT_RESOLUTION);
            if (draft.isEmpty()) {
                problems.add("draft '" + draftCell + "' is not a draft's symbol (e.g. A/HRC/43/L.31/Rev.1)");
            } else if (symbol.isPresent()
                    && symbol.get().type() == DocumentType.DRAFT_RESOLUTION
                    && !symbol.get().equals(draft.get())) {
                problems.add("the symbol " + symbol.get() + " is a draft, and the draft column names another, "
                        + draft.get());
            }
        }
        String dateCell = cell(record, columns, Column.DATE);
        Optional<LocalDate> date = Optional.empty();
        try {
            date = Optional.of(LocalDate.parse(dateCell));
        } catch (DateTimeParseException e) {
            problems.add(
                    dateCell.isEmpty()
                            ? "no date (YYYY-MM-DD)"
                            : "date '" + dateCell + "' is not a date written YYYY-MM-DD, e.g. 2020-06-22");
        }
        String stateCell = cell(record, columns, Column.STATE);
        Optional<String> state = states.canonical(stateCell);
        if (state.isEmpty()) {
            problems.add(
                    stateCell.isEmpty()
                            ? "no State"
                            : "unknown State '" + stateCell + "' (not a name, alias or ISO code in states.tsv)");
        }
        String voteCell = cell(record, columns, Column.VOTE);
        Optional<Optional<VotePosition>> vote = Optional.ofNullable(VOTES.get(voteKey(voteCell)));
        if (vote.isEmpty()) {
            problems.add((voteCell.isEmpty() ? "no vote" : "vote '" + voteCell + "' is none of")
                    + " Y/Yes/In favour, N/No/Against, A/Abstain/Abstention, absent/Non-voting/X");
        }
        String title = cell(record, columns, Column.TITLE);
        if (symbol.isPresent()) {
            Group g = groups.computeIfAbsent(symbol.get().text(), k -> new Group(line, title, dateCell, draftCell));
            g.symbol = symbol.get();
            g.draft = g.draft.isEmpty() ? draft : g.draft;
            g.date = g.date.isEmpty() ? date : g.date;
            if (!g.title.equals(title)) {
                problems.add("title differs from line " + g.firstLine + "'s for " + symbol.get());
            }
            if (!g.dateCell.equals(dateCell)) {
                problems.add("date " + dateCell + " differs from line " + g.firstLine + "'s " + g.dateCell + " for "
                        + symbol.get());
            }
            if (!g.draftCell.equals(draftCell)) {
                problems.add("draft '" + draftCell + "' differs from line " + g.firstLine + "'s '" + g.draftCell
                        + "' for " + symbol.get());
            }
            if (state.isPresent()) {
                Integer seen = g.stateLines.putIfAbsent(state.get(), line);
                if (seen != null) {
                    problems.add("a second row for " + state.get() + " on " + symbol.get() + " (the first is line "
                            + seen + ")");
                }
            }
            if (problems.isEmpty()) {
                g.lines.add(line);
                vote.get().ifPresent(p -> g.positions.add(new StatePosition(state.get(), p)));
            }
        }
        if (!problems.isEmpty()) {
            bad.add(new BadRow(line, String.join("; ", problems)));
        }
    }

    private static boolean voted(UnSymbol s) {
        return s.body() == UnBody.HUMAN_RIGHTS_COUNCIL
                && (s.type() == DocumentType.RESOLUTION
                        || s.type() == DocumentType.DECISION
                        || s.type() == DocumentType.DRAFT_RESOLUTION);
    }

    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column c) {
        return record.get(columns.get(c)).strip();
    }

    private static String voteKey(String cell) {
        return cell.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static Map<String, Optional<VotePosition>> votes() {
        Map<String, Optional<VotePosition>> m = new LinkedHashMap<>();
        for (String v : List.of("y", "yes", "infavour", "infavor", "for")) {
            m.put(v, Optional.of(VotePosition.IN_FAVOUR));
        }
        for (String v : List.of("n", "no", "against")) {
            m.put(v, Optional.of(VotePosition.AGAINST));
        }
        for (String v : List.of("a", "abstain", "abstention", "abstaining", "abstained")) {
            m.put(v, Optional.of(VotePosition.ABSTAINING));
        }
        for (String v : List.of("absent", "nonvoting", "notvoting", "didnotvote", "x")) {
            m.put(v, Optional.empty());
        }
        return Map.copyOf(m);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** The rows of one symbol, as they are read. */
    private static final class Group {
        final int firstLine;
        final String title;
        final String dateCell;
        final String draftCell;
        final Map<String, Integer> stateLines = new LinkedHashMap<>();
        final List<StatePosition> positions = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        UnSymbol symbol;
        Optional<UnSymbol> draft = Optional.empty();
        Optional<LocalDate> date = Optional.empty();

        Group(int firstLine, String title, String dateCell, String draftCell) {
            this.firstLine = firstLine;
            this.title = title;
            this.dateCell = dateCell;
            this.draftCell = draftCell;
        }

        CouncilAction action() {
            boolean isDraft = symbol.type() == DocumentType.DRAFT_RESOLUTION;
            DocumentType kind = isDraft ? DocumentType.RESOLUTION : symbol.type();
            RecordedVote vote = new RecordedVote(
                    kind == DocumentType.DECISION ? "draft decision" : "draft resolution",
                    Optional.empty(),
                    Optional.empty(),
                    positions);
            Tally tally = vote.listedCounts();
            vote = new RecordedVote(vote.subject(), Optional.empty(), Optional.of(tally), positions);
            ActionOutcome outcome = !isDraft || tally.inFavour() > tally.against()
                    ? ActionOutcome.ADOPTED_BY_VOTE
                    : ActionOutcome.REJECTED;
            return CouncilAction.ofVote(
                    isDraft ? Optional.of(symbol) : draft,
                    kind,
                    title,
                    date,
                    outcome,
                    Optional.of(vote),
                    isDraft ? Optional.empty() : Optional.of(symbol),
                    ActionSource.votesFile(List.of(lines.getFirst(), lines.getLast())));
        }
    }
}
