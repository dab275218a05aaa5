package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.IndexedCorpus;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real report of the Council on its fourteenth session (A/HRC/14/37, 194 pages), which prints in its Part One
 * every text the session adopted, indexed by the real indexer and served: each of the 35 texts its contents list
 * (16 resolutions, 14/1 to 14/16, on pages 5-39; 19 decisions, 14/101 to 14/119, on pages 40-49; no President's
 * statement) is a document of its own, and a phrase of resolution 14/1 hits it on page 5, where the report prints
 * it. Six decisions stand under a number printed at the top of a page ({@code 14/103} on page 41), which the
 * cleaning once took for a page number.
 *
 * <p>Needs {@code ../shared/corpus}: without it the test is skipped, unless {@code HRC_REQUIRE_CORPUS=1}.
 */
@NeedsSharedCorpus
class RealReportTextsApiTest {

    @TempDir
    static Path tmp;

    private static ApiServices services;

    @BeforeAll
    static void indexTheReport() throws Exception {
        services = IndexedCorpus.sharedCorpusServices(tmp, "hrc-pdf/slovenia-upr/cycle1/g1217781.pdf");
    }

    @AfterAll
    static void close() throws IOException {
        services.close();
    }

    /** The symbols of every document of {@code type} in session 14, in symbol order. */
    private static List<String> symbols(TestApi api, String type) throws Exception {
        JsonNode found = api.json("/api/search?session=14&type=" + type + "&size=100", 200);
        List<String> out = new ArrayList<>();
        found.get("hits").forEach(h -> out.add(h.get("symbol").asText()));
        assertThat(found.get("total").asInt()).isEqualTo(out.size());
        return out;
    }

    @Test
    void everyTextThePartOneListNamesIsADocumentOfItsOwnWithItsType() throws Exception {
        TestApi.run(SearchApp.create(services), api -> {
            List<String> resolutions = new ArrayList<>();
            for (int n = 1; n <= 16; n++) {
                resolutions.add("A/HRC/RES/14/" + n);
            }
            List<String> decisions = new ArrayList<>();
            for (int n = 101; n <= 119; n++) {
                decisions.add("A/HRC/DEC/14/" + n);
            }
            assertThat(symbols(api, "resolution")).containsExactlyInAnyOrderElementsOf(resolutions);
            // 14/101, 14/103, 14/105, 14/107, 14/116 and 14/118 start at the top of a page, under the header
            assertThat(symbols(api, "decision")).containsExactlyInAnyOrderElementsOf(decisions);
            assertThat(symbols(api, "president_statement")).isEmpty();
        });
    }

    @Test
    void aPhraseOfResolution14Slash1HitsItOnPage5WhereTheReportPrintsIt() throws Exception {
        TestApi.run(SearchApp.create(services), api -> {
            JsonNode found = api.json(
                    "/api/search?" + TestApi.q("\"outrageous attack by the Israeli forces\"") + "&type=resolution",
                    200);
            assertThat(found.get("total").asInt()).isEqualTo(1);
            JsonNode hit = found.get("hits").get(0);
            assertThat(hit.get("symbol").asText()).isEqualTo("A/HRC/RES/14/1");
            assertThat(hit.get("title").asText())
                    .isEqualTo("The grave attacks by Israeli forces against the humanitarian boat convoy");
            assertThat(hit.get("date").asText()).isEqualTo("2010-06-02");
            assertThat(hit.get("snippets").get(0).get("page").asInt()).isEqualTo(5);
            JsonNode from =
                    api.json("/api/documents/" + hit.get("id").asText(), 200).get("derived_from");
            assertThat(from.get("symbol").asText()).isEqualTo("A/HRC/14/37");
            assertThat(from.get("pages").asText()).isEqualTo("5-6");
            assertThat(from.get("outcome").asText()).isEqualTo("adopted_by_vote");
            assertThat(from.get("tally").toString()).isEqualTo("{\"in_favour\":32,\"against\":3,\"abstaining\":9}");
            assertThat(api.json("/api/documents/" + from.get("id").asText(), 200)
                            .get("symbol")
                            .asText())
                    .isEqualTo("A/HRC/14/37");
            // its text runs from its number on page 5 to the end of its vote on page 6, and nothing of 14/2
            JsonNode text = api.json("/api/documents/" + hit.get("id").asText() + "/text", 200);
            assertThat(text.get("page_count").asInt()).isEqualTo(6);
            assertThat(text.get("pages").get(3).get("text").asText()).isEmpty();
            assertThat(text.get("pages").get(4).get("text").asText()).startsWith("14/1\nThe grave attacks");
            assertThat(text.get("pages").get(5).get("text").asText())
                    .contains("[Adopted by a recorded vote of 32 to 3, with 9 abstentions.")
                    .endsWith("United Kingdom of Great Britain and Northern Ireland]")
                    .doesNotContain("Trafficking in persons");
        });
    }

    @Test
    void aDecisionAtThePageTopRunsFromItsNumberToItsAdoptionNote() throws Exception {
        TestApi.run(SearchApp.create(services), api -> {
            JsonNode found = api.json("/api/search?" + TestApi.q("symbol:A/HRC/DEC/14/103") + "&type=decision", 200);
            assertThat(found.get("total").asInt()).isEqualTo(1);
            JsonNode hit = found.get("hits").get(0);
            assertThat(hit.get("type").asText()).isEqualTo("decision");
            assertThat(hit.get("title").asText()).isEqualTo("Outcome of the universal periodic review: Italy");
            assertThat(hit.get("date").asText()).isEqualTo("2010-06-09");
            JsonNode text = api.json("/api/documents/" + hit.get("id").asText() + "/text", 200);
            assertThat(text.get("page_count").asInt()).isEqualTo(41);
            assertThat(text.get("pages").get(40).get("text").asText())
                    .startsWith("14/103\nOutcome of the universal periodic review: Italy")
                    .endsWith("20th meeting\n9 June 2010\n\n[Adopted without a vote.]");
        });
    }
}
