package org.hrcsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hrcsearch.indexer.extract.FaultyExtractWorker;
import org.hrcsearch.indexer.extract.WorkerSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RELIABILITY.md 4.6, case L6: a bulk run with hanging, memory-hungry and crashing parsers mixed in. */
class BulkLoadTest {

    @Test
    @Tag("slow")
    void l6_aBulkRunWithFaultsMixedInReportsEveryFileAndLosesOnlyTheFaultyOnes(@TempDir Path tmp) throws Exception {
        CorpusRun corpus = new CorpusRun(tmp);
        int texts = 150;
        int pdfs = 30;
        for (int i = 0; i < texts; i++) {
            corpus.write(
                    "text/doc-" + i + ".txt",
                    "Statement " + i + " on reprisals against human rights defenders. "
                            + "The Council is urged to act. ".repeat(1 + i % 20));
        }
        for (int i = 0; i < pdfs; i++) {
            corpus.write(
                    "pdf/report-" + i + ".pdf", Fixtures.textPdf("Report " + i, Fixtures.numberedPages(1 + i % 8)));
        }
        List<String> injected = List.of("hang-l6.txt", "oom-l6.txt", "crash-l6.txt", "crash-l6-second.txt");
        for (String name : injected) {
            corpus.write("faults/" + name, "a misbehaving parser " + name);
        }
        int n = texts + pdfs;
        WorkerSettings workers = FaultyExtractWorker.settings().withHeapMb(96).withFileTimeLimit(Duration.ofSeconds(4));

        corpus.run(corpus.options(2).withWorkers(workers));

        List<JsonNode> lines = corpus.reportLines();
        assertThat(lines).hasSize(n + injected.size());
        Map<String, Long> byOutcome = lines.stream()
                .collect(Collectors.groupingBy(l -> l.get("outcome").asText(), Collectors.counting()));
        long indexed = byOutcome.getOrDefault("indexed", 0L);
        double perMinute = (n + injected.size()) * 60_000.0 / corpus.millis();
        System.out.printf(
                "L6: %d files (%d with injected faults) in %.1f s = %.0f files/min, 2 parse threads; %s%n",
                n + injected.size(), injected.size(), corpus.millis() / 1000.0, perMinute, byOutcome);
        assertThat(indexed).isGreaterThanOrEqualTo(n);
        assertThat(byOutcome)
                .containsEntry("failed_timeout", 1L)
                .containsEntry("failed_memory", 1L)
                .containsEntry("failed_crash", 2L);
        assertThat(corpus.documents()).isEqualTo(n);
    }
}
