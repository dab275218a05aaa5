package org.hrcsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From real files on disk to JSON over HTTP: index {@code ../shared/corpus/seed}, then search it. */
@NeedsSharedCorpus
class EndToEndSeedTest {

    @TempDir
    Path indexDir;

    @Test
    void theHrc37JointLetterIsFoundByItsPhraseWithSession37() throws Exception {
        Path seed = ProjectPaths.sharedCorpus().resolve("seed");
        IndexingReport report = IndexedCorpus.index(seed, indexDir);
        assertThat(report.failures()).isEmpty();
        assertThat(report.counts().get(Outcome.INDEXED)).isEqualTo(2); // the letter as .txt and as .pdf

        try (ApiServices service = IndexedCorpus.services(indexDir)) {
            TestApi.run(SearchApp.create(service), api -> {
                JsonNode body = api.json("/api/search?q=%22win-win+cooperation+is+the+only+viable+option%22", 200);
                assertThat(body.get("total").asInt()).isEqualTo(2);
                for (JsonNode hit : body.get("hits")) {
                    assertThat(hit.get("session").asText()).isEqualTo("37");
                    assertThat(hit.get("type").asText()).isEqualTo("joint_letter");
                    assertThat(hit.get("snippets").get(0).get("text").asText())
                            .contains("<mark>win-win cooperation is the only viable option</mark>");
                }
                assertThat(body.get("facets").get("session").get(0).get("value").asText())
                        .isEqualTo("37");
            });
        }
    }
}
