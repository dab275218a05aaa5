package org.hrcsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hrcsearch.corpus.index.RunSummary;
import org.junit.jupiter.api.Test;

class IndexBenchmarkTest {

    @Test
    void theActionsRowSetsTheirCpuAgainstTheWholeRunsCpu() {
        assertThat(IndexBenchmark.actionCostRow(Optional.of(new RunSummary.ActionCost(3, 0.5, 171, 1.5)), 80.0))
                .endsWith("| 3 reports: 0.50 + 1.50 (171 texts) = 2.00 CPU s of the run's 80.0 CPU s = **2.5%** |"
                        + " <= 5% |");
    }

    @Test
    void withoutTheRunsCpuOrAnyReportTheRowSaysSoInsteadOfAShare() {
        assertThat(IndexBenchmark.actionCostRow(Optional.of(new RunSummary.ActionCost(1, 0.5, 0, 0.1)), -1))
                .contains("0.60 CPU s (the run's CPU unknown")
                .doesNotContain("%**");
        assertThat(IndexBenchmark.actionCostRow(Optional.empty(), 80.0)).contains("no session report was read");
    }
}
