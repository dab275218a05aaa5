package org.hrcsearch.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's JSON lines read back as written, whatever a path or a parser's message holds. */
class JsonlReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void aLineHasTheFileItsOutcomeAndItsFigures() throws Exception {
        FileOutcome o = new FileOutcome("cycle1/g0917123.pdf", "ab12", Outcome.FAILED_PARSE, "bad xref", 0, 0, 41);
        assertThat(new String(JsonlReportWriter.json(o), StandardCharsets.UTF_8))
                .isEqualTo("{\"path\":\"cycle1/g0917123.pdf\",\"sha256\":\"ab12\",\"outcome\":\"failed_parse\","
                        + "\"reason\":\"bad xref\",\"pages\":0,\"chars\":0,\"ms\":41}");
    }

    @Test
    void aDetectedTypeAndWarningsAreWrittenWhenThereAreAny() throws Exception {
        FileOutcome o = new FileOutcome(
                "a.pdf",
                "ab12",
                Outcome.INDEXED_WITH_WARNINGS,
                "",
                3,
                900,
                12,
                "application/msword",
                List.of("named .pdf, is a Word document"));
        assertThat(new String(JsonlReportWriter.json(o), StandardCharsets.UTF_8))
                .endsWith(",\"ms\":12,\"detected_type\":\"application/msword\","
                        + "\"warnings\":[\"named .pdf, is a Word document\"]}");
    }

    @Test
    void awkwardStringsSurviveARoundTrip() throws Exception {
        List<String> awkward = List.of(
                "Starging all over again.pdf",
                "quote \" and backslash \\",
                "tab\tnew line\ncarriage\r",
                "control \u0001\u001f",
                "Stellungnahme – «Genève» 日本 \uD83D\uDCC4",
                "lone \uD800 half",
                "line sep \u2028");
        Path file = dir.resolve("reports/run.jsonl");
        try (JsonlReportWriter w = new JsonlReportWriter(file)) {
            for (String s : awkward) {
                w.write(new FileOutcome(s, "", Outcome.FAILED_READ, s, 0, 0, 0));
            }
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(awkward.size());
        for (int i = 0; i < awkward.size(); i++) {
            JsonNode back = new ObjectMapper().readTree(lines.get(i));
            assertThat(back.get("path").asText()).isEqualTo(awkward.get(i));
            assertThat(back.get("reason").asText()).isEqualTo(awkward.get(i));
        }
    }
}
