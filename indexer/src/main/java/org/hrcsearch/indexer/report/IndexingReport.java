package org.hrcsearch.indexer.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.hrcsearch.corpus.index.RunSummary;

/**
 * The outcome of every file of a run, how the run ended, and the summary a user reads at the end: counts per
 * outcome, the slowest files, every failure with its reason. Thread-safe: workers add as they finish.
 */
public final class IndexingReport {

    private final List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private volatile RunConclusion conclusion;
    private final LongAdder reportsRead = new LongAdder();
    private final LongAdder actionsCpuNanos = new LongAdder();
    private volatile int printedTexts;
    private volatile long printedTextsCpuNanos;

    public void add(FileOutcome outcome) {
        outcomes.add(outcome);
    }

    /** A remark about the run that is not about one indexed file, e.g. a link that points outside the corpus. */
    public void note(String note) {
        notes.add(note);
    }

    /** Every outcome, sorted by path. */
    public List<FileOutcome> outcomes() {
        synchronized (outcomes) {
            return outcomes.stream()
                    .sorted(Comparator.comparing(FileOutcome::path))
                    .toList();
        }
    }

    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        outcomes().forEach(f -> counts.merge(f.outcome(), 1, Integer::sum));
        return counts;
    }

    public List<FileOutcome> failures() {
        return outcomes().stream().filter(f -> f.outcome().isFailure()).toList();
    }

    /** A session report's actions were read, in {@code cpuNanos} of its thread's CPU time. */
    public void actionsRead(long cpuNanos) {
        reportsRead.increment();
        actionsCpuNanos.add(cpuNanos);
    }

    /** The documents of texts the session reports print were brought in line, in {@code cpuNanos}; once a run. */
    public void printedTexts(int documents, long cpuNanos) {
        printedTexts = documents;
        printedTextsCpuNanos = cpuNanos;
    }

    /** What the run spent on the Council's actions; empty when it read no session report. */
    public Optional<RunSummary.ActionCost> actionCost() {
        int reports = reportsRead.intValue();
        if (reports == 0) {
            return Optional.empty();
        }
        return Optional.of(new RunSummary.ActionCost(
                reports, actionsCpuNanos.sum() / 1e9, printedTexts, printedTextsCpuNanos / 1e9));
    }

    /** Records how the run ended; set once, at the end. */
    public void conclude(RunConclusion runConclusion) {
        this.conclusion = runConclusion;
    }

    /** How the run ended, once it has. */
    public Optional<RunConclusion> conclusion() {
        return Optional.ofNullable(conclusion);
    }

    public void printSummary(PrintStream out, long wallMillis) {
        List<FileOutcome> all = outcomes();
        out.printf("%nChecked %d files in %.1f s:", all.size(), wallMillis / 1000.0);
        counts().forEach((o, n) -> {
            if (n > 0) {
                out.printf(" %s %d", o.key(), n);
            }
        });
        out.println();
        actionCost()
                .ifPresent(c -> out.printf(
                        java.util.Locale.ROOT,
                        "Council actions read from %d session reports in %.2f CPU s; %d printed texts made documents in"
                                + " %.2f CPU s.%n",
                        c.reports(),
                        c.extractionCpuSeconds(),
                        c.printedTexts(),
                        c.printedTextsCpuSeconds()));
        List<FileOutcome> slowest = all.stream()
                .filter(f -> f.millis() > 0)
                .sorted(Comparator.comparingLong(FileOutcome::millis).reversed())
                .limit(5)
                .toList();
        if (!slowest.isEmpty()) {
            out.println("Slowest:");
            slowest.forEach(f -> out.printf("  %6d ms  %s (%d pages)%n", f.millis(), f.path(), f.pages()));
        }
        List<FileOutcome> failures = failures();
        if (!failures.isEmpty()) {
            out.println("Failed (not indexed):");
            failures.forEach(f -> out.printf("  %s %s: %s%n", f.outcome().key(), f.path(), f.reason()));
        }
        List<FileOutcome> ocr =
                all.stream().filter(f -> f.outcome() == Outcome.NEEDS_OCR).toList();
        if (!ocr.isEmpty()) {
            out.println("No text layer (indexed by metadata only, needs OCR):");
            ocr.forEach(f -> out.printf("  %s%n", f.path()));
        }
        List<FileOutcome> warned =
                all.stream().filter(f -> !f.warnings().isEmpty()).toList();
        if (!warned.isEmpty()) {
            out.println("Indexed with warnings:");
            warned.forEach(f -> out.printf("  %s: %s%n", f.path(), String.join("; ", f.warnings())));
        }
        List<FileOutcome> skipped =
                all.stream().filter(f -> f.outcome() == Outcome.SKIPPED).toList();
        if (!skipped.isEmpty()) {
            out.println("Skipped (not part of the corpus):");
            skipped.forEach(f -> out.printf("  %s: %s%n", f.path(), f.reason()));
        }
        notes().forEach(n -> out.println("Note: " + n));
    }
}
