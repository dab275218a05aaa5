package org.hrcsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples a user is shown find what they claim on the sample corpus ({@code corpus/samples/pdf}, indexed by
 * the real indexer, as {@code ./hrc demo} does): those the demo prints ({@link DemoExamples}), and every
 * {@code /api/} URL in the README's code blocks.
 */
class ExampleQueriesTest {

    /** {@code http://localhost:7070/api/...} or {@code localhost:7070/api/...} in a code block. */
    private static final Pattern EXAMPLE_URL =
            Pattern.compile("(?:https?://)?(?:localhost|127\\.0\\.0\\.1):\\d+(/api/[^\\s'\"`]*)");

    private static final Pattern CODE_BLOCK = Pattern.compile("(?ms)^\\s*```[^\\n]*\\n(.*?)^\\s*```");

    @TempDir
    static Path indexDir;

    private static ApiServices services;

    @BeforeAll
    static void indexTheSampleCorpus() throws Exception {
        services = IndexedCorpus.sampleServices(indexDir);
    }

    @AfterAll
    static void close() throws IOException {
        services.close();
    }

    @Test
    void everyDemoExampleFindsWhatItClaims() {
        List<DemoExamples.Example> examples = DemoExamples.all();
        assertThat(examples).isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        TestApi.run(SearchApp.create(services), api -> {
            for (DemoExamples.Example example : examples) {
                TestApi.Reply r = api.get(example.request());
                softly.assertThat(r.status()).as(example.request()).isEqualTo(200);
                if (r.status() != 200) {
                    continue;
                }
                List<JsonNode> found = found(example.request(), r.json()).orElseThrow();
                softly.assertThat(found)
                        .as(example.request() + " finds something")
                        .isNotEmpty();
                if (example.finds().isPresent()) {
                    softly.assertThat(names(api, found))
                            .as(example.request() + " finds " + example.finds().get())
                            .contains(example.finds().get());
                }
            }
        });
        softly.assertAll();
    }

    @Test
    void everyReadmeExampleUrlAnswersWithAResultOnTheSampleCorpus() throws Exception {
        List<String> lines = readmeExampleLines();
        assertThat(lines).as("README code blocks with an /api/ URL").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        TestApi.run(SearchApp.create(services), api -> {
            for (String line : lines) {
                Matcher m = EXAMPLE_URL.matcher(line);
                m.find();
                String request = m.group(1);
                if (line.contains("Authorization")) {
                    continue; // the admin API: it needs the server's token and starts an indexer
                }
                TestApi.Reply r = line.contains("--data") || line.contains(" -d ")
                        ? api.post(request, "reprisals\n\"civil society\"", "Content-Type", "text/plain")
                        : api.get(request);
                softly.assertThat(r.status()).as("README: " + line.strip()).isBetween(200, 299);
                if (r.status() / 100 == 2) {
                    found(request, r.json())
                            .ifPresent(found -> softly.assertThat(found)
                                    .as("README: " + line.strip() + " finds something")
                                    .isNotEmpty());
                }
            }
        });
        softly.assertAll();
    }

    /** The lines of the README's fenced code blocks that hold an example URL. */
    private static List<String> readmeExampleLines() throws IOException {
        String readme = Files.readString(ProjectPaths.repoRoot().resolve("README.md"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        Matcher block = CODE_BLOCK.matcher(readme);
        while (block.find()) {
            block.group(1).lines().filter(l -> EXAMPLE_URL.matcher(l).find()).forEach(lines::add);
        }
        return lines;
    }

    /**
     * What a request found: the hits of a search, the sessions of a timeline that have documents, the results of a
     * batch that have any, a signatory's documents, the names of a signatory list, the values of a facet. Empty for
     * a route that does not search (a document, the description).
     */
    private static Optional<List<JsonNode>> found(String request, JsonNode body) {
        String path = request.contains("?") ? request.substring(0, request.indexOf('?')) : request;
        List<JsonNode> found = new ArrayList<>();
        if (path.equals("/api/search")) {
            body.get("hits").forEach(found::add);
        } else if (path.equals("/api/timeline")) {
            body.get("sessions").forEach(s -> {
                if (s.get("documents").asInt() > 0) {
                    found.add(s);
                }
            });
        } else if (path.equals("/api/batch")) {
            body.get("results").forEach(s -> {
                if (s.path("total").asInt() > 0) {
                    found.add(s);
                }
            });
        } else if (path.startsWith("/api/signatories/")) {
            body.get("sessions").forEach(s -> s.get("documents").forEach(found::add));
        } else if (path.equals("/api/signatories")) {
            body.get("signatories").forEach(found::add);
        } else if (path.startsWith("/api/facets/")) {
            body.get("values").forEach(found::add);
        } else {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** Every name a found thing goes by: its symbol, its name, and the file names of the document it is. */
    private static List<String> names(TestApi api, List<JsonNode> found) throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode f : found) {
            for (String field : List.of("symbol", "name", "value")) {
                if (f.hasNonNull(field)) {
                    names.add(f.get(field).asText());
                }
            }
            if (f.hasNonNull("id")) {
                api.json("/api/documents/" + f.get("id").asText(), 200)
                        .get("files")
                        .forEach(file -> names.add(file.get("file_name").asText()));
            }
        }
        return names;
    }
}
