package org.hrcsearch.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.api.signatory.SignatoryAliases;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.source.JsonlMapping;
import org.hrcsearch.indexer.source.JsonlSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D6 and D10 on the server's side: a flipped bit in a committed segment is detected by its checksum and never
 * served (503 {@code index_unavailable}, or the commit before it), and an index folder the server cannot write
 * is served all the same (readers take no lock).
 */
class CorruptIndexTest {

    @TempDir
    Path tmp;

    private Path index() {
        return tmp.resolve("index");
    }

    /** Indexes {@code records} JSON-lines records, "Report number i on water and sanitation ...", and commits. */
    private void indexRecords(int records, String word) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < records; i++) {
            StringBuilder text =
                    new StringBuilder("Report number " + i + " on water and sanitation, about " + word + ".");
            for (int w = 0; w < 300; w++) {
                text.append(" session").append((i * 300 + w) % 1013);
            }
            lines.append("{\"id\":\"r")
                    .append(i)
                    .append("\",\"text\":\"")
                    .append(text)
                    .append("\"}\n");
        }
        Path file = Files.writeString(tmp.resolve("records.jsonl"), lines);
        new IndexRun(new HrcSchema(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(IndexRun.Options.jsonl(
                                new JsonlSource.Input(file, JsonlMapping.parse("id=id,text=text")), index(), 1)
                        .withProgress(ProgressDisplay.Mode.NONE));
    }

    private Set<String> files() throws IOException {
        try (Stream<Path> s = Files.list(index())) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** Flips one bit in the middle of the largest segment file not in {@code old}. */
    private Path flipABit(Set<String> old) throws IOException {
        Path victim;
        try (Stream<Path> s = Files.list(index())) {
            victim = s.filter(p -> p.getFileName().toString().startsWith("_"))
                    .filter(p -> !old.contains(p.getFileName().toString()))
                    .max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0x01);
        }
        return victim;
    }

    private static ApiServices services(IndexHandle handle) {
        return ApiServices.over(
                handle,
                SignatoryAliases.NONE,
                Vocabularies.bundled().concerns(),
                QueryLimits.DEFAULT,
                ApiServices.TIME_LIMIT,
                SearchApp.objectMapper());
    }

    @Test
    void D6_aCorruptIndexAtStartIsNotServedSearchesAnswer503AndHealthSaysWhy() throws Exception {
        indexRecords(40, "reprisals");
        Path victim = flipABit(Set.of());
        try (ApiServices services = services(IndexHandle.open(new HrcSchema(), index()))) {
            assertThat(services.index().available()).isFalse();
            assertThat(services.index().unavailableReason())
                    .contains("is corrupt")
                    .contains(victim.getFileName().toString())
                    .contains("--full --index <a new folder>");
            TestApi.run(SearchApp.create(services), api -> {
                for (String route : List.of("/api/search?q=water", "/api/facets/session", "/api/timeline?q=water")) {
                    TestApi.Reply r = api.get(route);
                    assertThat(r.status()).as(route + ": " + r.text()).isEqualTo(503);
                    assertThat(r.json().at("/error/code").asText()).isEqualTo("index_unavailable");
                    assertThat(r.json().at("/error/message").asText()).contains("is corrupt");
                }
                TestApi.Reply health = api.get("/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().get("status").asText()).isEqualTo("unavailable");
                assertThat(health.json().at("/error/code").asText()).isEqualTo("index_unavailable");
                assertThat(health.json().at("/error/message").asText()).contains("is corrupt");
            });

            // The remedy the message gives: delete the index and reindex. The next refresh serves the good commit.
            try (Stream<Path> s = Files.list(index())) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    Files.delete(p);
                }
            }
            indexRecords(40, "reprisals");
            services.index().refresh();
            assertThat(services.index().available()).isTrue();
            assertThat(services.search().search(SearchRequest.of("reprisals")).total())
                    .isEqualTo(40);
        }
    }

    @Test
    void D6_aCorruptNewCommitIsRefusedAndTheCommitBeforeItStaysServed() throws Exception {
        indexRecords(10, "reprisals");
        Set<String> firstCommit = files();
        try (ApiServices services = services(IndexHandle.open(new HrcSchema(), index()))) {
            assertThat(services.index().status().documents()).isEqualTo(10);
            indexRecords(20, "reprisals"); // ten more records, in a new segment
            flipABit(firstCommit);
            services.index().refresh(); // logs the refusal once, throws nothing
            services.index().refresh(); // the same commit: not checked again
            assertThat(services.index().available()).isTrue();
            assertThat(services.index().status().documents())
                    .as("the commit before the corrupt one")
                    .isEqualTo(10);
            assertThat(services.search()
                            .search(SearchRequest.of("\"report number 15\""))
                            .total())
                    .isZero();
            assertThat(services.search()
                            .search(SearchRequest.of("\"report number 5\""))
                            .total())
                    .isEqualTo(1);
        }
    }

    @Test
    void D10_aReadOnlyIndexFolderIsServedAndTheServerWritesNothingThere() throws Exception {
        indexRecords(10, "reprisals");
        Set<String> before = files();
        try (Stream<Path> s = Files.list(index())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
            }
        }
        Files.setPosixFilePermissions(index(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            boolean bindsUs = !canCreateFileIn(index());
            System.out.println("D10 (server): the read-only mode "
                    + (bindsUs
                            ? "binds this user"
                            : "does not bind this user (root): the test checks that the server writes nothing"));
            try (ApiServices services = services(IndexHandle.open(new HrcSchema(), index()))) {
                services.index().refresh();
                assertThat(services.index().status().documents()).isEqualTo(10);
                assertThat(services.search()
                                .search(SearchRequest.of("reprisals"))
                                .total())
                        .isEqualTo(10);
                TestApi.run(SearchApp.create(services), api -> {
                    JsonNode health = api.json("/health", 200);
                    assertThat(health.get("documents").asInt()).isEqualTo(10);
                });
            }
            assertThat(files())
                    .as("files after serving (no write.lock, nothing else)")
                    .isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(index(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean canCreateFileIn(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ""));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
