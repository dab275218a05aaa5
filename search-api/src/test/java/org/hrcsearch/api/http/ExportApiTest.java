package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.TestApi.q;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.junit.jupiter.api.Test;

/** {@code GET /api/export}: every match, as CSV or JSON lines. */
class ExportApiTest {

    /** More documents than any page can hold, one of them titled like a spreadsheet formula. */
    private static List<HrcDocument> manyLetters() {
        List<HrcDocument> docs = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            docs.add(TestIndex.doc(
                            null, i % 2 == 0 ? "37" : "43", DocumentType.JOINT_LETTER, "Letter " + i + " on reprisals")
                    .title(i == 7 ? "=HYPERLINK(\"http://example.org\")" : "Letter " + i)
                    .signatories(List.of("CIVICUS", "Amnesty International"))
                    .build());
        }
        docs.add(
                TestIndex.doc(null, "37", DocumentType.OTHER, "Nothing to see.").build());
        return docs;
    }

    @Test
    void csvHasAHeaderAndOneRowPerMatchWithNoCap() throws Exception {
        TestApi.overIndex(manyLetters(), api -> {
            TestApi.Reply r = api.get("/api/export?" + q("reprisals") + "&format=csv");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(r.header("Content-Disposition")).hasValue("attachment; filename=\"hrc-export.csv\"");
            List<CSVRecord> rows = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(r.text()))
                    .getRecords();
            assertThat(rows).hasSize(250);
            assertThat(rows.getFirst().toMap().keySet())
                    .containsExactly(
                            "id",
                            "symbol",
                            "title",
                            "type",
                            "session",
                            "date",
                            "lang",
                            "signatories",
                            "sponsors",
                            "concerns",
                            "references",
                            "pages",
                            "file");
            assertThat(rows.getFirst().get("signatories")).isEqualTo("CIVICUS; Amnesty International");
            // a spreadsheet must not run a title as a formula
            assertThat(rows.stream().map(row -> row.get("title"))).contains("'=HYPERLINK(\"http://example.org\")");
        });
    }

    @Test
    void jsonLinesHaveOneObjectPerMatchAndFiltersApply() throws Exception {
        TestApi.overIndex(manyLetters(), api -> {
            TestApi.Reply r = api.get("/api/export?" + q("reprisals") + "&format=jsonl&session=43");
            assertThat(r.status()).isEqualTo(200);
            String[] lines = r.text().split("\n");
            assertThat(lines).hasSize(125);
            JsonNode first = new ObjectMapper().readTree(lines[0]);
            assertThat(first.get("session").asText()).isEqualTo("43");
            assertThat(first.get("file").asText()).startsWith("/api/documents/");
        });
    }

    @Test
    void aBadQueryOrFormatIsRefusedBeforeAnythingIsWritten() throws Exception {
        TestApi.overIndex(manyLetters(), api -> {
            TestApi.Reply bad = api.get("/api/export?" + q("\"open"));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("error").get("code").asText()).isEqualTo("bad_query");
            assertThat(api.json("/api/export?format=xlsx", 400)
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("use one of [csv, jsonl]");
        });
    }
}
