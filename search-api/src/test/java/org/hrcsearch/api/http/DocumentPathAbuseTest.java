package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.http.Abuse.assertError;
import static org.hrcsearch.api.http.Abuse.assertSafe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.index.CorpusFolders;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RELIABILITY.md 4.4, the document routes (H19, H20): no request can make the server read a file the index did not
 * store for that document, or bytes other than the ones indexed. The id is 16 hex digits (anything else is a 400);
 * the file is the stored path, served only while it holds the indexed bytes (same size and SHA-256).
 */
class DocumentPathAbuseTest {

    private static final String SECRET = "SECRET-OUTSIDE-THE-CORPUS: root:x:0:0";

    @TempDir
    Path tmp;

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static HrcDocument document(String storedPath, byte[] bytes) throws Exception {
        return HrcDocument.builder(new SourceFile(List.of(storedPath), sha256(bytes), "text/plain", bytes.length))
                .type(DocumentType.JOINT_LETTER)
                .title("A letter")
                .pageTexts(List.of("A letter on reprisals."))
                .build();
    }

    private void serve(Path corpusBase, List<HrcDocument> docs, Abuse.Calls calls) throws Exception {
        TestIndex.Fixture index =
                TestIndex.open(docs, Duration.ofSeconds(5), Map.of(CommitKey.PATHS_BASE.key(), corpusBase.toString()));
        try (ApiServices services = index.services()) {
            Abuse.serve(SearchApp.create(services), calls);
        }
    }

    @ParameterizedTest(name = "H19 {0}")
    @ValueSource(
            strings = {
                "/api/documents/..%2f..%2fetc%2fpasswd",
                "/api/documents/..%2f..%2fetc%2fpasswd/file",
                "/api/documents/%2e%2e/file",
                "/api/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd/file",
                "/api/documents/a%00b",
                "/api/documents/a%00b/file",
                "/api/documents/..%252f..%252fetc%252fpasswd/file",
                "/api/documents/%2e%2e/x",
                "/api/documents/../../etc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2fetc%2fpasswd",
                "/api/documents/%2Fetc%2Fpasswd/file",
                "/api/documents/0123456789ABCDEF/file",
                "/api/documents/0123456789abcdef0/file",
                "/api/documents/%E8/file",
                "/web/../../../../etc/passwd",
                "/..;/..;/etc/passwd",
                "/api/documents/0123456789abcdef;/file"
            })
    void h19_traversalAndMalformedIdsAre400Or404AndNeverAFile(String target) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        byte[] letter = "the letter".getBytes(StandardCharsets.UTF_8);
        Files.write(corpus.resolve("letter.txt"), letter);
        serve(corpus, List.of(document("letter.txt", letter)), http -> {
            RawHttp.Answer a = assertSafe(target, http.get(target));
            assertThat(a.status()).as(target + " -> " + a).isIn(400, 404);
        });
    }

    @Test
    void h19_aStoredPathThatIsALinkOutOfTheCorpusServesNothingFromThere() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path outside = Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(corpus.resolve("letter.txt"), outside); // was a real file when it was indexed
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), Path.of("/etc/passwd"));
        HrcDocument letter = document("letter.txt", "the letter as indexed".getBytes(StandardCharsets.UTF_8));
        HrcDocument passwd = document("passwd.txt", "the passwd letter".getBytes(StandardCharsets.UTF_8));
        // a stored path that climbs out of the corpus folder (../shared/corpus is a normal one): the hash guards it
        HrcDocument climbing = document("../secret.txt", "the third letter".getBytes(StandardCharsets.UTF_8));
        serve(corpus, List.of(letter, passwd, climbing), http -> {
            for (HrcDocument d : List.of(letter, passwd, climbing)) {
                RawHttp.Answer a = http.get("/api/documents/" + d.id() + "/file");
                assertThat(assertError(d.source().paths().toString(), a, 404, "file_missing"))
                        .contains("reindex");
            }
        });
    }

    /**
     * H19: a stored path that leads out of the corpus folders the run read is refused even when the file there holds
     * exactly the indexed bytes (so the hash cannot be what refuses it), while a path that climbs to a corpus folder
     * beside the indexer's own ({@code ../shared/corpus}, a normal one) is served.
     */
    @Test
    void h19_aStoredPathOutOfTheCorpusFoldersIsRefusedEvenWithTheIndexedBytes() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work")); // where the indexer ran
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path shared = Files.createDirectories(tmp.resolve("shared-corpus"));
        Path sibling = Files.createDirectories(work.resolve("corpus-private")); // its name starts like the corpus's
        byte[] letter = "the letter as indexed".getBytes(StandardCharsets.UTF_8);
        Files.write(corpus.resolve("letter.txt"), letter);
        byte[] speech = "the speech as indexed".getBytes(StandardCharsets.UTF_8);
        Files.write(shared.resolve("speech.txt"), speech);
        List<HrcDocument> served =
                List.of(document("corpus/letter.txt", letter), document("../shared-corpus/speech.txt", speech));

        // each refused path leads to a file with exactly its document's bytes (bytes of its own: ids come from them)
        List<String> outOfTheCorpus = List.of(
                "../secret-0.txt",
                "corpus/../../secret-1.txt",
                tmp.resolve("secret-2.txt").toString(),
                "corpus-private/secret-3.txt");
        List<HrcDocument> refused = new java.util.ArrayList<>();
        for (int i = 0; i < outOfTheCorpus.size(); i++) {
            byte[] secret = (SECRET + " #" + i).getBytes(StandardCharsets.UTF_8);
            Path there = work.resolve(outOfTheCorpus.get(i)).normalize();
            Files.write(there, secret);
            refused.add(document(outOfTheCorpus.get(i), secret));
        }
        List<HrcDocument> all = new java.util.ArrayList<>(served);
        all.addAll(refused);
        Map<String, String> commit = Map.of(
                CommitKey.PATHS_BASE.key(),
                work.toString(),
                CommitKey.CORPUS_FOLDERS.key(),
                CorpusFolders.of(List.of(Path.of("corpus"), Path.of("../shared-corpus")), work)
                        .encode());
        TestIndex.Fixture index = TestIndex.open(all, Duration.ofSeconds(5), commit);
        try (ApiServices services = index.services()) {
            Abuse.serve(SearchApp.create(services), http -> {
                for (HrcDocument d : served) {
                    RawHttp.Answer a =
                            assertSafe(d.source().paths().toString(), http.get("/api/documents/" + d.id() + "/file"));
                    assertThat(a.status()).as(d.source().paths().toString()).isEqualTo(200);
                }
                for (HrcDocument d : refused) {
                    RawHttp.Answer a = http.get("/api/documents/" + d.id() + "/file");
                    assertThat(assertError(d.source().paths().toString(), a, 404, "file_missing"))
                            .doesNotContain("SECRET");
                }
            });
        }
    }

    /**
     * H19: a link whose target holds exactly the indexed bytes is served: they are the bytes the indexer read inside
     * the corpus (it does not follow links out of it) and whose text the API serves anyway, so nothing else leaks.
     */
    @Test
    void h19_onlyTheIndexedBytesCanEverBeServed() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        byte[] indexed = "the letter as indexed".getBytes(StandardCharsets.UTF_8);
        Path elsewhere = Files.write(tmp.resolve("copy.txt"), indexed);
        Files.createSymbolicLink(corpus.resolve("letter.txt"), elsewhere);
        HrcDocument letter = document("letter.txt", indexed);
        serve(corpus, List.of(letter), http -> {
            RawHttp.Answer a = assertSafe("same bytes", http.get("/api/documents/" + letter.id() + "/file"));
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.body()).isEqualTo(indexed);
            Files.writeString(elsewhere, SECRET);
            assertError("changed bytes", http.get("/api/documents/" + letter.id() + "/file"), 404, "file_missing");
        });
    }

    /**
     * H20: the file of a known document deleted after indexing is a 404 {@code file_missing} (the README's code for
     * RELIABILITY's {@code document_missing}: the document is there, its file is not); an unknown id is
     * {@code document_not_found}.
     */
    @Test
    void h20_aFileDeletedAfterIndexingIsA404FileMissing() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        byte[] bytes = "soon gone".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(corpus.resolve("gone.txt"), bytes);
        HrcDocument doc = document("gone.txt", bytes);
        serve(corpus, List.of(doc), http -> {
            assertThat(http.get("/api/documents/" + doc.id() + "/file").status())
                    .isEqualTo(200);
            Files.delete(file);
            assertError("deleted", http.get("/api/documents/" + doc.id() + "/file"), 404, "file_missing");
            Files.createDirectory(file); // a folder where the file was
            assertError("folder", http.get("/api/documents/" + doc.id() + "/file"), 404, "file_missing");
            assertThat(http.get("/api/documents/" + doc.id()).status())
                    .as("the metadata is still served")
                    .isEqualTo(200);
            assertError("unknown id", http.get("/api/documents/0123456789abcdef/file"), 404, "document_not_found");
        });
    }
}
