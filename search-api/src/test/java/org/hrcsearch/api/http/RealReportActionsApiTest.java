package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.hrcsearch.api.IndexedCorpus;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real report of the Council on its forty-third session (A/HRC/43/2, 194 pages), indexed by the real indexer and
 * served: the story of A/HRC/43/L.31/Rev.1 and Czechia's record as the API gives them.
 *
 * <p>Needs {@code ../shared/corpus}: without it the test is skipped, unless {@code HRC_REQUIRE_CORPUS=1}.
 */
@NeedsSharedCorpus
class RealReportActionsApiTest {

    @TempDir
    static Path tmp;

    private static ApiServices services;

    @BeforeAll
    static void indexTheReport() throws Exception {
        services = IndexedCorpus.sharedCorpusServices(tmp, "hrc-pdf/slovenia-upr/cycle3/g2110341.pdf");
    }

    @AfterAll
    static void close() throws IOException {
        services.close();
    }

    @Test
    void theStoryOfL31Rev1HasItsTallyResolutionAndEveryStatesPosition() throws Exception {
        TestApi.run(SearchApp.create(services), api -> {
            for (String symbol : new String[] {"A/HRC/43/L.31/Rev.1", "A/HRC/43/L.31", "A/HRC/RES/43/21"}) {
                JsonNode story = api.json("/api/actions/" + symbol, 200);
                assertThat(story.get("draft").asText()).as(symbol).isEqualTo("A/HRC/43/L.31/Rev.1");
                assertThat(story.get("resulting").asText()).isEqualTo("A/HRC/RES/43/21");
                assertThat(story.get("vote").get("tally").toString())
                        .isEqualTo("{\"in_favour\":23,\"against\":16,\"abstaining\":8}");
                JsonNode positions = story.get("vote").get("positions");
                assertThat(positions.get("in_favour").size()
                                + positions.get("against").size()
                                + positions.get("abstaining").size())
                        .isEqualTo(47);
                assertThat(positions.get("against").toString()).contains("\"Czechia\"");
                assertThat(story.get("summary").asText()).isEqualTo("adopted as resolution 43/21 by 23-16-8");
                assertThat(story.get("source").get("report").asText()).isEqualTo("A/HRC/43/2");
            }
            JsonNode czechia = api.json("/api/states/Czech%20Republic/votes", 200);
            assertThat(czechia.get("state").asText()).isEqualTo("Czechia");
            assertThat(czechia.get("counts").get("votes").asInt()).isPositive();
            JsonNode against = api.json("/api/actions?state=Czechia&position=against&session=43&size=100", 200);
            assertThat(against.toString()).contains("\"draft\":\"A/HRC/43/L.31/Rev.1\"");
        });
    }
}
