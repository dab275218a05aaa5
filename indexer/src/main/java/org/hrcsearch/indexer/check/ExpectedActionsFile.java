package org.hrcsearch.indexer.check;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.VotePosition;

/**
 * Reads a folder of curated actions, in the dialect of the expected-metadata files
 * ({@link ExpectedMetadataFile#FORMAT}): {@value #ACTIONS} with the columns {@code report} and the
 * {@link ActionField} columns ({@code draft,outcome,tally,resulting}; others, such as a note, are ignored), and
 * {@value #POSITIONS} with {@code report,draft,state,position}, one row per State in each recorded vote on a
 * proposal, e.g. {@code A/HRC/14/37,A/HRC/14/L.1,Angola,in_favour}. The curated files of the real reports are in
 * {@code indexer/src/test/resources/expected-actions}. A bad cell is an {@link IOException} naming the file and
 * line; nothing is half read.
 */
public final class ExpectedActionsFile {

    /** The actions, one a row. */
    public static final String ACTIONS = "actions.csv";

    /** The State positions of the recorded votes, one a row. */
    public static final String POSITIONS = "positions.csv";

    private static final String REPORT = "report";
    private static final String STATE = "state";
    private static final String POSITION = "position";

    private ExpectedActionsFile() {}

    public static List<ExpectedAction> read(Path folder) throws IOException {
        Path actionsFile = folder.resolve(ACTIONS);
        Path positionsFile = folder.resolve(POSITIONS);
        if (!Files.isRegularFile(actionsFile)) {
            throw new IOException(folder + ": no " + ACTIONS + " (and " + POSITIONS + ") of curated actions there");
        }
        Map<String, ExpectedAction> byDraft = new LinkedHashMap<>(); // "report draft"
        List<ExpectedAction> actions = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(actionsFile, StandardCharsets.UTF_8);
                CSVParser parser = parser(in)) {
            requireColumns(actionsFile, parser, REPORT, columns(ActionField.values()));
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                try {
                    Map<ActionField, String> values = new EnumMap<>(ActionField.class);
                    for (ActionField f : ActionField.values()) {
                        String cell = r.get(f.column()).strip();
                        if (!cell.isEmpty()) {
                            values.put(f, f.parse(cell));
                        }
                    }
                    ExpectedAction a = new ExpectedAction(r.get(REPORT).strip(), values, Set.of(), line);
                    if (a.value(ActionField.DRAFT).isPresent() && byDraft.putIfAbsent(a.name(), a) != null) {
                        throw new IllegalArgumentException("a second action on " + a.name());
                    }
                    actions.add(a);
                } catch (IllegalArgumentException e) {
                    throw new IOException(actionsFile + " line " + line + ": " + e.getMessage(), e);
                }
            }
        }
        Map<String, Set<StatePosition>> positions = new LinkedHashMap<>();
        if (Files.isRegularFile(positionsFile)) {
            try (Reader in = Files.newBufferedReader(positionsFile, StandardCharsets.UTF_8);
                    CSVParser parser = parser(in)) {
                requireColumns(positionsFile, parser, REPORT, ActionField.DRAFT.column(), STATE, POSITION);
                Set<String> seen = new HashSet<>();
                for (CSVRecord r : parser) {
                    long line = parser.getCurrentLineNumber();
                    String action = r.get(REPORT).strip() + " "
                            + r.get(ActionField.DRAFT.column()).strip();
                    String where = positionsFile + " line " + line + ": ";
                    if (!byDraft.containsKey(action)) {
                        throw new IOException(where + "no action on " + action + " in " + ACTIONS);
                    }
                    VotePosition position = VotePosition.fromKey(r.get(POSITION))
                            .orElseThrow(() -> new IOException(where + "unknown position '" + r.get(POSITION)
                                    + "'; use one of in_favour, against, abstaining"));
                    String state = r.get(STATE).strip();
                    if (state.isEmpty() || !seen.add(action + " " + state)) {
                        throw new IOException(
                                where + (state.isEmpty() ? "no State" : state + " has a second position in " + action));
                    }
                    positions.computeIfAbsent(action, k -> new HashSet<>()).add(new StatePosition(state, position));
                }
            }
        }
        return actions.stream()
                .map(a -> positions.containsKey(a.name()) ? a.withPositions(positions.get(a.name())) : a)
                .toList();
    }

    private static CSVParser parser(Reader in) throws IOException {
        return ExpectedMetadataFile.FORMAT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(in);
    }

    private static String[] columns(ActionField[] fields) {
        String[] out = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = fields[i].column();
        }
        return out;
    }

    private static void requireColumns(Path file, CSVParser parser, String first, String... rest) throws IOException {
        List<String> needed = new ArrayList<>(List.of(first));
        needed.addAll(List.of(rest));
        List<String> header = parser.getHeaderNames();
        List<String> missing = needed.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IOException(file + ": the header needs the columns " + needed + "; it lacks " + missing);
        }
    }
}
