package org.hrcsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.indexer.extract.FaultyExtractWorker;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.indexer.extract.WorkerSettings;
import org.hrcsearch.indexer.report.IndexingReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md 4.1, cases X10-X13: a file too big for the text limit, and parsers that hang, exhaust their memory
 * or kill their JVM, each costing only its own file. The misbehaving parser is {@link FaultyExtractWorker} (the
 * real worker with a parser that hangs, exhausts memory or halts its JVM on demand, by file name), started by a
 * real {@link org.hrcsearch.indexer.IndexRun}: Tika's {@code MockParser} is not on the class path, and the
 * worker's bounds do not care which parser misbehaves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerFaultsTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(4);

    private CorpusRun corpus;
    private IndexingReport report;

    @BeforeAll
    void indexFilesWhoseParsersMisbehave(@TempDir Path tmp) throws Exception {
        corpus = new CorpusRun(tmp);
        // the worker takes the largest files first: the good file after the faults is the smallest
        corpus.write("a-before.txt", "Joint letter on reprisals, parsed before the faults. " + "padding ".repeat(20));
        corpus.write("hang-x11.txt", "a parser that never returns " + "x".repeat(60));
        corpus.write("oom-x12.txt", "a parser that exhausts its heap " + "x".repeat(40));
        corpus.write("crash-x13.txt", "a parser that kills its JVM " + "x".repeat(20));
        corpus.write("z-after.txt", "Parsed after.");
        WorkerSettings workers = FaultyExtractWorker.settings().withHeapMb(64).withFileTimeLimit(TIME_LIMIT);
        report = corpus.run(corpus.options(1).withWorkers(workers));
        System.out.println(corpus.console());
    }

    private JsonNode line(String name) throws Exception {
        return corpus.line(name);
    }

    @Test
    void x11_aHangingParserIsStoppedAtTheTimeLimitAndTheNextFileIsParsed() throws Exception {
        JsonNode hang = line("hang-x11.txt");
        assertThat(hang.get("outcome").asText()).isEqualTo("failed_timeout");
        assertThat(hang.get("reason").asText()).startsWith("no text after 4 s (the per-file time limit)");
        assertThat(hang.get("ms").asLong()).isLessThan(TIME_LIMIT.toMillis() + 10_000);
        assertThat(line("z-after.txt").get("outcome").asText()).isEqualTo("indexed");
    }

    @Test
    void x12_aParserThatRunsOutOfMemoryCostsOneFileAndTheIndexerLivesOn() throws Exception {
        JsonNode oom = line("oom-x12.txt");
        assertThat(oom.get("outcome").asText()).isEqualTo("failed_memory");
        assertThat(oom.get("reason").asText()).contains("ran out of memory (64 MB per file)");
        // this JVM (the indexer's) went on and committed
        assertThat(report.conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
    }

    @Test
    void x13_aParserThatKillsItsJvmCostsOneFileAndTheRunGoesOn() throws Exception {
        JsonNode crash = line("crash-x13.txt");
        assertThat(crash.get("outcome").asText()).isEqualTo("failed_crash");
        assertThat(crash.get("reason").asText()).contains("exited with code 134");
        assertThat(line("a-before.txt").get("outcome").asText()).isEqualTo("indexed");
        assertThat(corpus.documents()).isEqualTo(2);
    }

    @Test
    @Tag("slow")
    void x10_aBigPdfIsIndexedWithItsTextCutAtTheLimitInABoundedWorker(@TempDir Path tmp) throws Exception {
        // Not 200 MB: generating and parsing that takes minutes on the build machine. The bound under test is the
        // same at any size: the worker keeps at most the character limit (lowered here from 20 million to 200,000,
        // as a 200 MB PDF would pass 20 million), in a heap of its own, within the per-file time limit.
        CorpusRun big = new CorpusRun(tmp);
        String[] pages = new String[1_500];
        for (int i = 0; i < pages.length; i++) {
            pages[i] =
                    ("Page " + (i + 1) + " of a long report on the situation of human rights defenders.\n").repeat(12);
        }
        byte[] pdf = Fixtures.textPdf("A long report", pages);
        big.write("x10-big.pdf", pdf);
        WorkerSettings d = WorkerSettings.defaults();
        WorkerSettings limited = new WorkerSettings(
                d.java(),
                d.classpath(),
                d.mainClass(),
                d.heapMb(),
                List.of("-D" + TikaExtractor.MAX_CHARS_PROPERTY + "=200000"),
                Duration.ofSeconds(90),
                d.startTimeLimit(),
                d.filesPerWorker(),
                d.log());
        big.run(big.options(1).withWorkers(limited));
        System.out.printf("X10: %,d-byte PDF of %d pages indexed in %d ms%n", pdf.length, pages.length, big.millis());
        JsonNode line = big.line("x10-big.pdf");
        assertThat(line.get("outcome").asText()).isEqualTo("indexed_with_warnings");
        assertThat(CorpusRun.warnings(line))
                .anySatisfy(w -> assertThat(w).startsWith("truncated: text cut at 200,000 " + "characters"));
        assertThat(line.get("chars").asLong()).isBetween(150_000L, 200_000L);
        String text = big.document("x10-big.pdf").orElseThrow().get(HrcField.TEXT.fieldName());
        assertThat(text).contains("Page 1 of a long report").doesNotContain("Page 1500 of");
    }
}
