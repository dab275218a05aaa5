package org.hrcsearch.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hrcsearch.api.action.ActionDirectory;
import org.hrcsearch.api.search.DocumentRef;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * The Council's actions as CSV: {@code csv} one row per action with its tally and the three State lists (names
 * joined with {@code "; "}), {@code csv-long} one row per action and State that voted on it or sponsored it, e.g.
 * {@code A/HRC/43/2,43,A/HRC/43/L.31/Rev.1,A/HRC/RES/43/21,adopted_by_vote,Czechia,against,}.
 */
public final class ActionExport {

    /** The shapes of an action export, by their {@code format} parameter. */
    public enum Format {
        CSV("csv"),
        CSV_LONG("csv-long");

        private final String param;

        Format(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public static Optional<Format> fromParam(String text) {
            return Arrays.stream(values()).filter(f -> f.param.equals(text)).findFirst();
        }

        public static String allowed() {
            return Arrays.stream(values()).map(Format::param).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    static final List<String> WIDE_HEADER = List.of(
            "report",
            "session",
            "draft",
            "kind",
            "title",
            "date",
            "outcome",
            "resulting",
            "in_favour",
            "against",
            "abstaining",
            "requested_by",
            "sponsors",
            "co_sponsors",
            "joined_sponsors",
            "states_in_favour",
            "states_against",
            "states_abstaining",
            "pages",
            "votes_file");

    static final List<String> LONG_HEADER = List.of(
            "report", "session", "draft", "resulting", "outcome", "state", "position", "sponsor_role", "votes_file");

    private ActionExport() {}

    public static void write(List<ActionDirectory.Entry> actions, Format format, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = format == Format.CSV ? WIDE_HEADER : LONG_HEADER;
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
        for (ActionDirectory.Entry e : actions) {
            if (format == Format.CSV) {
                printer.printRecord(cells(wide(e)));
            } else {
                for (List<String> row : long_(e)) {
                    printer.printRecord(cells(row));
                }
            }
        }
        printer.flush();
    }

    private static List<String> cells(List<String> values) {
        return values.stream().map(ExportService::csvCell).toList();
    }

    private static List<String> wide(ActionDirectory.Entry e) {
        CouncilAction a = e.action();
        Optional<Tally> t = a.tally();
        return List.of(
                a.source().report().map(UnSymbol::text).orElse(""),
                session(e),
                text(a.draft()),
                a.kind().key(),
                a.title(),
                a.date().map(Object::toString).orElse(""),
                a.outcome().key(),
                text(a.resulting()),
                t.map(x -> Integer.toString(x.inFavour())).orElse(""),
                t.map(x -> Integer.toString(x.against())).orElse(""),
                t.map(x -> Integer.toString(x.abstaining())).orElse(""),
                a.vote()
                        .flatMap(RecordedVote::requestedBy)
                        .map(Sponsor::printed)
                        .orElse(""),
                printed(a.sponsors()),
                printed(a.coSponsors()),
                printed(a.joinedSponsors()),
                states(a, VotePosition.IN_FAVOUR),
                states(a, VotePosition.AGAINST),
                states(a, VotePosition.ABSTAINING),
                a.source().pages().stream().map(String::valueOf).collect(Collectors.joining("; ")),
                votesFile(e));
    }

    /** One row per State in the vote on the proposal, then per sponsoring State that did not vote on it. */
    private static List<List<String>> long_(ActionDirectory.Entry e) {
        CouncilAction a = e.action();
        Map<String, String[]> byState = new LinkedHashMap<>(); // state -> position, sponsor role
        a.vote().ifPresent(v -> {
            for (StatePosition p : v.positions()) {
                byState.computeIfAbsent(p.state(), s -> new String[] {"", ""})[0] =
                        p.position().key();
            }
        });
        role(byState, a.sponsors(), "sponsor");
        role(byState, a.coSponsors(), "co_sponsor");
        role(byState, a.joinedSponsors(), "joined");
        List<List<String>> rows = new ArrayList<>();
        byState.forEach((state, v) -> rows.add(List.of(
                a.source().report().map(UnSymbol::text).orElse(""),
                session(e),
                text(a.draft()),
                text(a.resulting()),
                a.outcome().key(),
                state,
                v[0],
                v[1],
                votesFile(e))));
        return rows;
    }

    private static void role(Map<String, String[]> byState, List<Sponsor> sponsors, String role) {
        for (Sponsor s : sponsors) {
            s.state().ifPresent(state -> {
                String[] v = byState.computeIfAbsent(state, k -> new String[] {"", ""});
                if (v[1].isEmpty()) {
                    v[1] = role;
                }
            });
        }
    }

    /** The id of the votes file that gives the action's vote, or nothing. */
    private static String votesFile(ActionDirectory.Entry e) {
        return e.votesFile().map(DocumentRef::id).orElse("");
    }

    private static String session(ActionDirectory.Entry e) {
        return e.session().map(Session::label).orElse("");
    }

    private static String states(CouncilAction a, VotePosition p) {
        return a.vote().stream()
                .flatMap(v -> v.positions().stream())
                .filter(s -> s.position() == p)
                .map(StatePosition::state)
                .collect(Collectors.joining("; "));
    }

    private static String printed(List<Sponsor> sponsors) {
        return sponsors.stream().map(Sponsor::printed).collect(Collectors.joining("; "));
    }

    private static String text(Optional<UnSymbol> s) {
        return s.map(UnSymbol::text).orElse("");
    }
}
