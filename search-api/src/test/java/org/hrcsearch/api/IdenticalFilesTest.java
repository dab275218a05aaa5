package org.hrcsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-identical files are one document that lists every path (README, "Indexing"). */
class IdenticalFilesTest {

    @TempDir
    Path corpus;

    @TempDir
    Path indexDir;

    @Test
    void oneDocumentListsBothPathsOfTheSameBytes() throws Exception {
        Path sample = ProjectPaths.samplePdfs().resolve("A_HRC_RES_55_1.pdf");
        Files.createDirectories(corpus.resolve("2024/march"));
        Files.createDirectories(corpus.resolve("resolutions"));
        Files.copy(sample, corpus.resolve("2024/march/A_HRC_RES_55_1.pdf"));
        Files.copy(sample, corpus.resolve("resolutions/res-55-1 copy.pdf"));

        IndexingReport report = IndexedCorpus.index(corpus, indexDir);
        assertThat(report.failures()).isEmpty();
        assertThat(report.counts().get(Outcome.INDEXED)).isEqualTo(1);

        try (ApiServices services = IndexedCorpus.services(indexDir)) {
            TestApi.run(SearchApp.create(services), api -> {
                JsonNode hits = api.json("/api/search?q=", 200).get("hits");
                assertThat(hits).hasSize(1);
                JsonNode doc =
                        api.json("/api/documents/" + hits.get(0).get("id").asText(), 200);
                List<String> names = new ArrayList<>();
                List<String> paths = new ArrayList<>();
                doc.get("files").forEach(f -> {
                    names.add(f.get("file_name").asText());
                    paths.add(f.get("path").asText().replace('\\', '/'));
                });
                assertThat(names).containsExactlyInAnyOrder("A_HRC_RES_55_1.pdf", "res-55-1 copy.pdf");
                assertThat(paths)
                        .anySatisfy(p -> assertThat(p).endsWith("2024/march/A_HRC_RES_55_1.pdf"))
                        .anySatisfy(p -> assertThat(p).endsWith("resolutions/res-55-1 copy.pdf"));
                assertThat(doc.get("file_name").asText()).isEqualTo(names.getFirst());
            });
        }
    }
}
