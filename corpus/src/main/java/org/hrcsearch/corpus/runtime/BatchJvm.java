package org.hrcsearch.corpus.runtime;

import java.util.List;
import java.util.stream.Stream;

/**
 * The JVM options of the one-shot batch processes, the indexer and its extraction workers, wherever they are
 * started: by {@code ./hrc index} (the launcher spells the same options), by the server for
 * {@code POST /api/admin/reindex}, and by the indexer for its workers.
 */
public final class BatchJvm {
    private BatchJvm() {}

    /**
     * The serial collector: a batch on a small heap needs no concurrent collector, and G1's threads and barriers
     * cost about 0.8 CPU s of a 15 s indexer (measured).
     */
    public static final String SERIAL_GC = "-XX:+UseSerialGC";

    /**
     * C2, the optimizing compiler, takes a method only after ten times the usual number of calls and loop turns. A run
     * lasts seconds to minutes and compiles PDFBox, Tika and Lucene afresh each time: the compilers' threads take about
     * a third of a full run's CPU over {@code ../shared/corpus/hrc-pdf}, much of it for methods that do not run long
     * enough after to repay it. With C2 later in the indexer and its workers, the run's CPU was 2.06x and 2.25x that of
     * pdftotext over the same PDFs, against 2.43x and 2.45x with the defaults (runs alternated,
     * {@code ./hrc bench index}); three times the delay gave the same. Hot code is still compiled, seconds later; a
     * long run loses nothing that matters.
     */
    public static final List<String> LATER_C2 = List.of(
            "-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000",
            "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    /** {@link #SERIAL_GC} and {@link #LATER_C2}. */
    public static List<String> options() {
        return Stream.concat(Stream.of(SERIAL_GC), LATER_C2.stream()).toList();
    }
}
