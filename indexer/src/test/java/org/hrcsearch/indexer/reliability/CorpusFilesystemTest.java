package org.hrcsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.extract.FaultyExtractWorker;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.source.ContentHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md 4.2, cases F1-F8: awkward names, links, files that change under the indexer, duplicates,
 * missing or empty corpora and a corpus that mostly fails. F1-F3 and F6 share one corpus and one run (each file is its
 * own case); F5, F7 and F8 need runs of their own. F4 (permissions) is {@link PermissionDeniedTest}: it runs the
 * indexer as a user whom permission bits bind, which this JVM (root on CI) may not be.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusFilesystemTest {

    /** File name -> its text: every awkward name of F1, each with text of its own (no duplicates). */
    private static final Map<String, String> AWKWARD = new LinkedHashMap<>();

    static {
        AWKWARD.put("with spaces in it.txt", "spaces");
        AWKWARD.put(
                "\u062a\u0642\u0631\u064a\u0631 \u0627\u0644\u0641\u0631\u064a\u0642 \u0627\u0644\u0639\u0627\u0645\u0644.txt",
                "arabic");
        AWKWARD.put("\u4eba\u6743\u7406\u4e8b\u4f1a\u62a5\u544a.txt", "chinese");
        AWKWARD.put(Normalizer.normalize("r\u00e9sum\u00e9 nfc.txt", Normalizer.Form.NFC), "composed");
        AWKWARD.put(Normalizer.normalize("r\u00e9sum\u00e9 nfc.txt", Normalizer.Form.NFD), "decomposed");
        AWKWARD.put("100% sure %20.txt", "percent");
        AWKWARD.put("hash#tag.txt", "hash");
        AWKWARD.put("\"double\" and 'single' quotes.txt", "quotes");
        AWKWARD.put("-rf leading dash.txt", "dash");
        AWKWARD.put("n".repeat(251) + ".txt", "longascii");
        AWKWARD.put("\u0645".repeat(125) + ".txt", "longarabic");
    }

    private CorpusRun corpus;
    private IndexingReport report;
    private Path outside;

    @BeforeAll
    void indexAnAwkwardCorpus(@TempDir Path tmp) throws Exception {
        corpus = new CorpusRun(tmp);
        for (Map.Entry<String, String> e : AWKWARD.entrySet()) {
            corpus.write("names/" + e.getKey(), "Awkward name case " + e.getValue() + "word");
        }
        assertThat(("n".repeat(251) + ".txt").getBytes(StandardCharsets.UTF_8)).hasSize(255);
        corpus.write("names/line\nbreak.txt", "a name no report line could hold");

        // F2: a/b -> .. loops back to the folder above it
        corpus.write("loop/a/inside-loop.txt", "Inside the looping folder loopword");
        Files.createSymbolicLink(corpus.corpus.resolve("loop/a/b"), Path.of(".."));

        // F3: links to a file and a folder outside the corpus
        outside = Files.createDirectories(tmp.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "OUTSIDESECRET must never be indexed");
        Files.createSymbolicLink(corpus.corpus.resolve("secret-link.txt"), secret);
        Files.createSymbolicLink(corpus.corpus.resolve("outside-folder"), outside);
        Files.createSymbolicLink(corpus.corpus.resolve("passwd.txt"), Path.of("/etc/passwd"));

        // F6: the same bytes under two names
        corpus.write("dup/first copy.txt", "Identical joint letter duplicateword");
        corpus.write("dup/second copy.txt", "Identical joint letter duplicateword");

        report = corpus.run(corpus.options(2));
        System.out.println(corpus.console());
    }

    @Test
    void f1_awkwardFileNamesAreIndexedAndTheirStoredPathsRoundTripExactly() throws Exception {
        Path base = Path.of("").toAbsolutePath(); // stored paths are relative to the folder the run started in
        for (Map.Entry<String, String> e : AWKWARD.entrySet()) {
            JsonNode line = corpus.line(e.getKey());
            assertThat(line.get("outcome").asText()).as(e.getKey()).isEqualTo("indexed");
            Document doc = corpus.document(e.getKey()).orElseThrow();
            String stored = doc.get(HrcField.PATH.fieldName());
            assertThat(stored).isEqualTo(line.get("path").asText());
            Path resolved = base.resolve(stored);
            assertThat(resolved.getFileName().toString()).isEqualTo(e.getKey()); // same code points: NFC stays NFC
            assertThat(Files.isSameFile(resolved, corpus.corpus.resolve("names").resolve(e.getKey())))
                    .isTrue();
            assertThat(doc.get(HrcField.TEXT.fieldName())).contains(e.getValue() + "word");
        }
        String nfc = Normalizer.normalize("r\u00e9sum\u00e9 nfc.txt", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(corpus.document(nfc).orElseThrow().get(HrcField.ID.fieldName()))
                .isNotEqualTo(corpus.document(nfd).orElseThrow().get(HrcField.ID.fieldName()));
    }

    @Test
    void f1_aNameWithALineBreakIsReportedNotIndexed() throws Exception {
        JsonNode line = corpus.line("line\nbreak.txt");
        assertThat(line.get("outcome").asText()).isEqualTo("skipped");
        assertThat(line.get("reason").asText()).contains("tab or line break");
    }

    @Test
    void f2_aSymlinkLoopIsReportedOnceAndItsFilesIndexedOnce() throws Exception {
        JsonNode loop = corpus.line("loop/a/b");
        assertThat(loop.get("outcome").asText()).isEqualTo("skipped");
        assertThat(loop.get("reason").asText()).startsWith("symbolic link loop");
        assertThat(corpus.line("inside-loop.txt").get("outcome").asText()).isEqualTo("indexed");
        assertThat(corpus.phraseHits("loopword")).isEqualTo(1);
        assertThat(report.conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
    }

    @Test
    void f3_linksOutsideTheCorpusAreReportedAndNeverIndexed() throws Exception {
        for (String link : List.of("secret-link.txt", "outside-folder", "passwd.txt")) {
            JsonNode line = corpus.line(link);
            assertThat(line.get("outcome").asText()).isEqualTo("skipped");
            assertThat(line.get("reason").asText()).contains("outside the corpus folders: not followed");
        }
        assertThat(corpus.phraseHits("outsidesecret")).isZero();
        assertThat(corpus.phraseHits("root")).isZero();
        assertThat(corpus.document("secret.txt")).isEmpty();
    }

    @Test
    void f6_duplicateContentIsOneDocumentListingBothPathsWithOneSha256() throws Exception {
        JsonNode first = corpus.line("first copy.txt");
        JsonNode second = corpus.line("second copy.txt");
        assertThat(first.get("outcome").asText()).isEqualTo("indexed");
        assertThat(second.get("outcome").asText()).isEqualTo("duplicate");
        assertThat(second.get("reason").asText()).startsWith("same bytes as ").endsWith("first copy.txt");
        assertThat(first.get("sha256").asText()).isEqualTo(second.get("sha256").asText());
        Document doc = corpus.document("first copy.txt").orElseThrow();
        assertThat(doc.getValues(HrcField.PATH.fieldName())).hasSize(2);
        assertThat(corpus.phraseHits("duplicateword")).isEqualTo(1);
    }

    @Test
    void f5_aFileThatVanishesOrIsReplacedBeforeItIsParsedIsReportedAndItsSha256IsOfWhatWasParsed(@TempDir Path tmp)
            throws Exception {
        CorpusRun run = new CorpusRun(tmp);
        run.write("a-steady.txt", "A file that stays as it is");
        Path swap = run.write("swap-f5.txt", "The bytes that were listed and hashed");
        run.write("vanish-f5.txt", "A file deleted after it was listed");
        IndexRun.Options options = run.options(1).withWorkers(FaultyExtractWorker.settings());

        run.run(options);
        JsonNode vanished = run.line("vanish-f5.txt");
        assertThat(vanished.get("outcome").asText()).isEqualTo("failed_read");
        assertThat(vanished.get("reason").asText()).startsWith("vanished");
        JsonNode swapped = run.line("swap-f5.txt");
        assertThat(swapped.get("outcome").asText()).isEqualTo("failed_read");
        assertThat(swapped.get("reason").asText()).startsWith("changed while it was being indexed");
        assertThat(run.document("swap-f5.txt")).isEmpty();
        assertThat(run.line("a-steady.txt").get("outcome").asText()).isEqualTo("indexed");

        // the next run parses the new bytes, and reports their sha256
        run.run(options);
        JsonNode again = run.line("swap-f5.txt");
        assertThat(again.get("outcome").asText()).isEqualTo("indexed");
        assertThat(again.get("sha256").asText()).isEqualTo(ContentHash.sha256(swap));
        assertThat(run.document("swap-f5.txt").orElseThrow().get(HrcField.TEXT.fieldName()))
                .contains("replaced after it was listed");
    }

    @Test
    void f7_anEmptyOrMissingCorpusFailsBeforeTouchingTheIndex(@TempDir Path tmp) throws Exception {
        CorpusRun run = new CorpusRun(tmp);
        run.write("a.txt", "The one document of the served index");
        run.run(run.options(1));
        long generation = run.generation();

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        IndexingReport refused =
                run.run(new IndexRun.Options(List.of(empty), run.index, 1).withProgress(ProgressDisplay.Mode.NONE));
        assertThat(refused.conclusion().orElseThrow().state()).isEqualTo(RunState.FAILED);
        assertThat(refused.conclusion().orElseThrow().message())
                .startsWith("Found no documents in")
                .contains("the index is unchanged");
        assertThat(run.generation()).isEqualTo(generation);
        assertThat(run.documents()).isEqualTo(1);

        IndexRun.Options missing = new IndexRun.Options(List.of(tmp.resolve("not-mounted")), run.index, 1)
                .withProgress(ProgressDisplay.Mode.NONE);
        assertThatThrownBy(() -> run.run(missing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a folder")
                .hasMessageContaining("the index is unchanged");
        assertThat(run.generation()).isEqualTo(generation);

        Path neverBuilt = tmp.resolve("never-built");
        assertThatThrownBy(() -> new IndexRun(new HrcSchema(), System.out)
                        .run(new IndexRun.Options(List.of(tmp.resolve("not-mounted")), neverBuilt, 1)))
                .isInstanceOf(IOException.class);
        assertThat(neverBuilt).doesNotExist();
    }

    @Test
    void f8_aRunWhereMoreThanTwentyPercentFailsIsRefusedAndTheOldIndexStays(@TempDir Path tmp) throws Exception {
        CorpusRun run = new CorpusRun(tmp);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(run.write("doc-" + i + ".txt", "Document number " + i + " of the corpus"));
        }
        run.run(run.options(1));
        long generation = run.generation();
        for (int i = 0; i < 3; i++) { // 30% of the corpus now fails to parse
            byte[] garbage = new byte[4096];
            new SecureRandom().nextBytes(garbage);
            Files.write(files.get(i), garbage);
        }

        IndexingReport refused = run.run(run.options(1));
        assertThat(refused.conclusion().orElseThrow().state()).isEqualTo(RunState.REFUSED);
        assertThat(refused.conclusion().orElseThrow().message())
                .contains("7 of the 10 documents")
                .contains("--force");
        assertThat(run.generation()).isEqualTo(generation);
        assertThat(run.documents()).isEqualTo(10);
        for (int i = 0; i < 3; i++) {
            assertThat(run.line("doc-" + i + ".txt").get("outcome").asText()).isEqualTo("failed_unsupported");
        }
    }
}
