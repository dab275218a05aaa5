package org.hrcsearch.indexer.check;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How {@code check-metadata} prints what it measured, in each of its modes: a table of precision and recall per
 * field, e.g. {@code session  346  340  6  6  0.983  0.983}, then lists under a heading with their length, e.g.
 * {@code Disagreements: 2}.
 */
final class ScoreTable {

    private ScoreTable() {}

    /** @param items what a row counts, e.g. {@code docs} */
    static void print(String items, Collection<FieldScore> scores, PrintStream out) {
        out.printf("%-20s %6s %6s %6s %6s %10s %8s%n", "field", items, "tp", "fp", "fn", "precision", "recall");
        for (FieldScore s : scores) {
            out.printf(
                    Locale.ROOT,
                    "%-20s %6d %6d %6d %6d %10.3f %8.3f%n",
                    s.field(),
                    s.items(),
                    s.truePositives(),
                    s.falsePositives(),
                    s.falseNegatives(),
                    s.precision(),
                    s.recall());
        }
    }

    /** {@code heading: n} and each line indented, after a blank line; nothing when there are no lines. */
    static void printList(String heading, List<String> lines, PrintStream out) {
        if (lines.isEmpty()) {
            return;
        }
        out.printf("%n%s: %d%n", heading, lines.size());
        lines.forEach(l -> out.println("  " + l));
    }
}
