package org.hrcsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.signatory.SignatoryAliases;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
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
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        IndexingReport report = new IndexRun(new HrcSchema(), new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(new IndexRun.Options(List.of(seed), indexDir, 2));
        assertThat(report.failures()).isEmpty();
        assertThat(report.counts().get(Outcome.INDEXED)).isEqualTo(2); // the letter as .txt and as .pdf

        try (ApiServices service = ApiServices.over(
                IndexHandle.open(new HrcSchema(), indexDir),
                SignatoryAliases.NONE,
                QueryLimits.DEFAULT,
                ApiServices.TIME_LIMIT,
                SearchApp.objectMapper())) {
            JavalinTest.test(SearchApp.create(service), (server, client) -> {
                var response = client.get("/api/search?q=%22win-win+cooperation+is+the+only+viable+option%22");
                assertThat(response.code()).isEqualTo(200);
                JsonNode body = new ObjectMapper().readTree(response.body().string());
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
