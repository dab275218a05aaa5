package org.hrcsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hrcsearch.bench.IndexBenchmark.Timed;
import org.hrcsearch.bench.RatioTable.Tool;
import org.junit.jupiter.api.Test;

class RatioTableTest {

    private static Timed timed(double seconds, double cpu) {
        return new Timed(seconds, 0, 0, cpu);
    }

    @Test
    void hrcIndexIsComparedWithEachToolInWallAndCpu() {
        Tool pdftotext = Tool.measured("pdftotext", timed(28.8, 57));
        Tool tika = Tool.measured("raw Tika", timed(43.0, 84));
        Tool hrc = Tool.measured("hrc index", timed(74.1, 141));

        List<String> lines = RatioTable.lines(List.of(pdftotext, tika), hrc, Optional.of(tika), 1675);

        assertThat(lines)
                .contains(
                        "| pdftotext | 28.8 s | 57.0 s | 2.57x | 2.47x |",
                        "| raw Tika | 43.0 s | 84.0 s | 1.72x | 1.68x |",
                        "| hrc index | 74.1 s | 141.0 s | 1 | 1 |",
                        "hrc index's CPU beyond raw Tika: 57.0 s over 1675 documents = 34.0 ms a document");
    }

    @Test
    void aToolThatIsNotThereSaysWhyAndAnUnknownCpuTimeGivesNoRatio() {
        Tool recoll = Tool.missing("recollindex", "not installed (apt-get install recollcmd)");
        Tool tika = Tool.measured("raw Tika", timed(43.0, -1));
        Tool hrc = Tool.measured("hrc index", timed(86.0, 141));

        List<String> lines = RatioTable.lines(List.of(recoll, tika), hrc, Optional.of(tika), 1675);

        assertThat(lines)
                .contains(
                        "| recollindex | not installed (apt-get install recollcmd) | | | |",
                        "| raw Tika | 43.0 s | ? | 2.00x | ? |");
        assertThat(lines).noneMatch(line -> line.contains("beyond raw Tika"));
    }
}
