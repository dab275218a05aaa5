package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.DerivedFrom;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnSymbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/documents/{id}}, {@code .../text} and {@code .../file}. */
class DocumentApiTest {

    @TempDir
    Path corpus;

    private static final List<HrcDocument> DOCS = TestIndex.standard();
    private static final HrcDocument LETTER = DOCS.get(0);
    private static final HrcDocument DRAFT = DOCS.get(1);

    @Test
    void aDocumentShowsItsMetadataWhatItCitesAndWhyEachConcernWasGiven() throws Exception {
        TestApi.overIndex(DOCS, api -> {
            JsonNode letter = api.json("/api/documents/" + LETTER.id(), 200);
            assertThat(letter.get("type").asText()).isEqualTo("joint_letter");
            assertThat(letter.get("type_label").asText()).isEqualTo("Joint letter or statement");
            assertThat(letter.get("session").asText()).isEqualTo("37");
            assertThat(letter.get("date").asText()).isEqualTo("2018-03-02");
            assertThat(letter.get("pages").asInt()).isEqualTo(2);
            assertThat(letter.get("signatories").toString()).contains("CIVICUS");
            assertThat(letter.get("references").toString())
                    .isEqualTo("[{\"symbol\":\"A/HRC/37/L.36\",\"id\":\"" + DRAFT.id() + "\"}]");
            JsonNode concern = letter.get("concerns").get(0);
            assertThat(concern.get("id").asText()).isEqualTo("cooperation-un");
            assertThat(concern.get("occurrences").asInt()).isEqualTo(3);
            assertThat(concern.get("evidence").toString()).contains("{\"phrase\":\"non-cooperation\",\"count\":1}");
            assertThat(letter.get("file").asText()).isEqualTo("/api/documents/" + LETTER.id() + "/file");
            assertThat(letter.get("file_name").asText())
                    .isEqualTo(LETTER.source().paths().getFirst().substring(5));
            assertThat(letter.get("content_type").asText()).isEqualTo("application/pdf");
            assertThat(letter.has("text")).isFalse();
        });
    }

    @Test
    void aTextReadOutOfASessionReportSaysWhichReportAndPagesItComesFromAFilesDocumentNone() throws Exception {
        HrcDocument report = TestIndex.doc(
                        "A/HRC/14/37", "14", DocumentType.SESSION_REPORT, "Contents", "14/1\nThe grave attacks", "end")
                .build();
        HrcDocument resolution = TestIndex.doc("A/HRC/RES/14/1", "14", DocumentType.RESOLUTION, "", "14/1\nThe grave")
                .id("00000000000000ab")
                .references(List.of("A/HRC/14/37"))
                .build();
        TestIndex.Fixture fixture = TestIndex.open(List.of(report));
        fixture.addDerived(
                resolution,
                new DerivedFrom(
                        report.id(),
                        UnSymbol.parse("A/HRC/14/37").orElseThrow(),
                        2,
                        3,
                        Optional.of(ActionOutcome.ADOPTED_BY_VOTE),
                        Optional.of(new Tally(32, 3, 9))));
        fixture.services().search().refresh();
        try (ApiServices services = fixture.services()) {
            TestApi.run(SearchApp.create(services), api -> {
                JsonNode derived = api.json("/api/documents/00000000000000ab", 200);
                assertThat(derived.get("symbol").asText()).isEqualTo("A/HRC/RES/14/1");
                assertThat(derived.get("derived_from").toString())
                        .isEqualTo("{\"id\":\"" + report.id() + "\",\"symbol\":\"A/HRC/14/37\",\"first_page\":2,"
                                + "\"last_page\":3,\"pages\":\"2-3\",\"outcome\":\"adopted_by_vote\","
                                + "\"tally\":{\"in_favour\":32,\"against\":3,\"abstaining\":9}}");
                // the report it names is a document the API serves
                assertThat(api.json("/api/documents/" + report.id(), 200)
                                .get("derived_from")
                                .isNull())
                        .isTrue();
            });
        }
    }

    @Test
    void aDocumentListsTheDocumentsThatCiteIt() throws Exception {
        TestApi.overIndex(DOCS, api -> {
            JsonNode draft = api.json("/api/documents/" + DRAFT.id(), 200);
            assertThat(draft.get("symbol").asText()).isEqualTo("A/HRC/37/L.36");
            assertThat(draft.get("sponsors").toString()).isEqualTo("[\"China\"]");
            assertThat(draft.get("cited_by_total").asInt()).isEqualTo(1);
            assertThat(draft.get("cited_by").get(0).get("id").asText()).isEqualTo(LETTER.id());
            assertThat(draft.get("cited_by").get(0).get("title").asText())
                    .isEqualTo("Joint letter on win-win cooperation");
        });
    }

    @Test
    void theTextComesPageByPageOrOnePage() throws Exception {
        TestApi.overIndex(DOCS, api -> {
            JsonNode all = api.json("/api/documents/" + LETTER.id() + "/text", 200);
            assertThat(all.get("page_count").asInt()).isEqualTo(2);
            assertThat(all.get("pages")).hasSize(2);
            assertThat(all.get("pages").get(1).get("number").asInt()).isEqualTo(2);
            JsonNode second = api.json("/api/documents/" + LETTER.id() + "/text?page=2", 200);
            assertThat(second.get("page").asInt()).isEqualTo(2);
            assertThat(second.get("page_count").asInt()).isEqualTo(2);
            assertThat(second.get("text").asText()).startsWith("Page two: persistent non-cooperation");
            assertThat(api.json("/api/documents/" + LETTER.id() + "/text?page=3", 400)
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("page must be 1-2, got 3");
        });
    }

    @Test
    void unknownAndMalformedIdsAreClientErrors() throws Exception {
        TestApi.overIndex(DOCS, api -> {
            assertThat(api.json("/api/documents/0123456789abcdef", 404)
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("document_not_found");
            assertThat(api.json("/api/documents/0123456789abcdef/file", 404)
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("document_not_found");
            assertThat(api.json("/api/documents/NOT-AN-ID/text", 400)
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("16 lowercase hexadecimal digits");
            for (String path : List.of(
                    "/api/documents/..%2f..%2fetc%2fpasswd/file",
                    "/api/documents/%2e%2e/file",
                    "/api/documents/a%00b/file",
                    "/api/documents/..%252f..%252fetc%252fpasswd/file")) {
                int status = api.get(path).status();
                assertThat(status).as(path).isIn(400, 404);
            }
        });
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A document indexed from {@code relativePath} under the corpus folder, with these bytes. */
    private HrcDocument indexedFile(String relativePath, byte[] bytes, String contentType) throws Exception {
        Path file = corpus.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return HrcDocument.builder(new SourceFile(List.of(relativePath), sha256(bytes), contentType, bytes.length))
                .type(DocumentType.JOINT_LETTER)
                .title("A letter")
                .pageTexts(List.of("A letter on reprisals."))
                .build();
    }

    @Test
    void theOriginalFileIsServedWithItsTypeAndNameFromWhereItWasIndexed() throws Exception {
        byte[] pdf = "%PDF-1.4 not really a PDF".getBytes(StandardCharsets.US_ASCII);
        HrcDocument doc = indexedFile("letters/Lettre conjointe – HRC37.pdf", pdf, "application/pdf");
        TestIndex.Fixture index = TestIndex.open(
                List.of(doc), Duration.ofSeconds(5), Map.of(CommitKey.PATHS_BASE.key(), corpus.toString()));
        try (ApiServices services = index.services()) {
            TestApi.run(SearchApp.create(services), api -> {
                TestApi.Reply r = api.get("/api/documents/" + doc.id() + "/file");
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.bytes()).isEqualTo(pdf);
                assertThat(r.header("Content-Type"))
                        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
                assertThat(r.header("Content-Disposition"))
                        .hasValue("inline; filename=\"Lettre conjointe _ HRC37.pdf\"; "
                                + "filename*=UTF-8''Lettre%20conjointe%20%E2%80%93%20HRC37.pdf");
                assertThat(r.header("X-Content-Type-Options")).hasValue("nosniff");
            });
        }
    }

    @Test
    void aLinkInsideTheCorpusIsServedOnlyWhileItLeadsToTheIndexedBytes() throws Exception {
        byte[] bytes = "the letter".getBytes(StandardCharsets.UTF_8);
        Files.write(corpus.resolve("real.txt"), bytes);
        Files.write(corpus.resolve("other.txt"), "something else".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(corpus.resolve("link.txt"), corpus.resolve("real.txt"));
        HrcDocument doc = HrcDocument.builder(
                        new SourceFile(List.of("link.txt"), sha256(bytes), "text/plain", bytes.length))
                .pageTexts(List.of("the letter"))
                .build();
        TestIndex.Fixture index = TestIndex.open(
                List.of(doc), Duration.ofSeconds(5), Map.of(CommitKey.PATHS_BASE.key(), corpus.toString()));
        try (ApiServices services = index.services()) {
            TestApi.run(SearchApp.create(services), api -> {
                assertThat(api.get("/api/documents/" + doc.id() + "/file").text())
                        .isEqualTo("the letter");
                Files.delete(corpus.resolve("link.txt"));
                Files.createSymbolicLink(corpus.resolve("link.txt"), corpus.resolve("other.txt"));
                assertThat(api.get("/api/documents/" + doc.id() + "/file").status())
                        .isEqualTo(404);
            });
        }
    }

    @Test
    void aFileThatChangedOrVanishedSinceIndexingIsNotServed() throws Exception {
        HrcDocument changed = indexedFile("a.txt", "as indexed".getBytes(StandardCharsets.UTF_8), "text/plain");
        HrcDocument vanished = indexedFile("b.txt", "soon gone".getBytes(StandardCharsets.UTF_8), "text/plain");
        Files.writeString(corpus.resolve("a.txt"), "as edited!");
        Files.delete(corpus.resolve("b.txt"));
        TestIndex.Fixture index = TestIndex.open(
                List.of(changed, vanished),
                Duration.ofSeconds(5),
                Map.of(CommitKey.PATHS_BASE.key(), corpus.toString()));
        try (ApiServices services = index.services()) {
            TestApi.run(SearchApp.create(services), api -> {
                List<String> codes = new ArrayList<>();
                for (HrcDocument d : List.of(changed, vanished)) {
                    codes.add(api.json("/api/documents/" + d.id() + "/file", 404)
                            .get("error")
                            .get("code")
                            .asText());
                }
                assertThat(codes).containsExactly("file_missing", "file_missing");
            });
        }
    }
}
