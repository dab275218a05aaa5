package org.hrcsearch.indexer.check;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.indexer.enrich.DocumentDeriver;

/**
 * {@code check-metadata --actions}: the session reports among the documents of a folder (derived as indexing derives
 * them, {@link MetadataCheck}), their actions set against curated ones ({@link ActionComparison}), and what is
 * printed of it: the scores, every disagreement, the actions missing and extra, the extractor's warnings (votes
 * whose State lists do not add up to the printed tally, paragraphs it could not read) and whether the targets are
 * met.
 */
public final class ActionCheck {

    private ActionCheck() {}

    /** The session reports a folder yielded, by symbol, each with its actions and the extractor's warnings. */
    public static Map<String, ActionComparison.ReportRead> reports(MetadataCheck.Derived derived) {
        Map<String, ActionComparison.ReportRead> out = new LinkedHashMap<>();
        for (DocumentDeriver.Derivation d : derived.byPath().values()) {
            if (!(d instanceof DocumentDeriver.Derivation.Derived read)) {
                continue;
            }
            HrcDocument doc = read.document();
            if (doc.type() != DocumentType.SESSION_REPORT || doc.symbol().isEmpty()) {
                continue;
            }
            List<String> warnings = read.warnings().stream()
                    .filter(w -> w.startsWith(DocumentDeriver.ACTIONS_WARNING))
                    .map(w -> w.substring(DocumentDeriver.ACTIONS_WARNING.length()))
                    .toList();
            String symbol = doc.symbol().get().text();
            out.putIfAbsent(
                    symbol,
                    new ActionComparison.ReportRead(symbol, doc.actions().actions(), warnings));
        }
        return out;
    }

    /** Prints the result as {@code check-metadata --actions} shows it, ending with the targets met or not. */
    public static void print(
            ActionComparison.Result result,
            Map<String, ActionComparison.ReportRead> reports,
            ActionTargets targets,
            PrintStream out) {
        out.printf(
                "Compared %d expected actions with the %d read out of %d session reports.%n%n",
                result.expectedActions(),
                result.readActions(),
                reports.size() - result.reportsNotCurated().size());
        List<FieldScore> scores = new ArrayList<>(result.fields().values());
        scores.add(result.positions());
        ScoreTable.print("actions", scores, out);
        ScoreTable.printList("Reports not read (no document of the folder is one)", result.reportsNotRead(), out);
        ScoreTable.printList(
                "Expected but not read",
                result.missing().stream()
                        .map(e -> e.name() + "  " + String.join(" ", e.values().values()) + "  ("
                                + ExpectedActionsFile.ACTIONS + " line " + e.line() + ")")
                        .toList(),
                out);
        ScoreTable.printList("Read but not expected", result.extra(), out);
        ScoreTable.printList(
                "Disagreements",
                result.disagreements().stream()
                        .map(ActionDisagreement::describe)
                        .toList(),
                out);
        ScoreTable.printList(
                "Extractor warnings",
                reports.values().stream().flatMap(r -> r.warnings().stream()).toList(),
                out);
        ScoreTable.printList("Session reports read but not curated (not compared)", result.reportsNotCurated(), out);
        List<String> unmet = result.unmet(targets);
        out.printf(
                Locale.ROOT,
                "%nTargets (draft, outcome, tally, resulting >= %.3f; positions >= %.3f): %s%n",
                targets.fields(),
                targets.positions(),
                unmet.isEmpty() ? "met" : "NOT met");
        unmet.forEach(u -> out.println("  " + u));
    }
}
