package org.hrcsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.indexer.report.IndexingReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md 4.1, cases X1-X9 and X14-X20: bad and awkward files in one corpus, indexed once the way
 * {@code ./hrc index} does it (worker processes and all), then each case checks its report line and what landed in
 * the index. One run for all of them: each file is its own case, and a bad file must cost only itself, which the
 * good files beside them check too. (X10-X13 need other worker settings: {@link WorkerFaultsTest}.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionInputsTest {

    private CorpusRun corpus;
    private IndexingReport first;
    private IndexingReport second;
    private List<JsonNode> firstLines;
    private List<JsonNode> secondLines;
    private Path canary;
    private ServerSocket xxeListener;
    private final AtomicBoolean xxeContacted = new AtomicBoolean();
    private static final long[] FLIP_SEEDS = {20261128L, 7L, 424242L};

    @BeforeAll
    void indexTheBadCorpusTwice(@TempDir Path tmp) throws Exception {
        corpus = new CorpusRun(tmp);
        canary = Files.writeString(tmp.resolve("canary-secret.txt"), "CANARYSECRETXYZ");
        xxeListener = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        xxeListener.setSoTimeout(200);
        Thread.ofPlatform().daemon().start(() -> {
            while (!xxeListener.isClosed()) {
                try (var s = xxeListener.accept()) {
                    xxeContacted.set(true);
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (java.io.IOException e) {
                    return;
                }
            }
        });

        corpus.write("good/before.txt", "Joint letter on reprisals, a good file before the bad ones");
        byte[] twenty = Fixtures.textPdf("Twenty pages", Fixtures.numberedPages(20));
        corpus.write("x01-truncated.pdf", Arrays.copyOf(twenty, twenty.length * 6 / 10));
        corpus.write("x02-bad-page.pdf", Fixtures.pdfWithBadPage(20, 7));
        for (long seed : FLIP_SEEDS) {
            corpus.write("x03-flipped-" + seed + ".pdf", Fixtures.bitFlipped(twenty, 100, seed));
        }
        corpus.write("x04-encrypted.pdf", Fixtures.encryptedPdf("user-secret", "a text behind a password"));
        corpus.write("x05-owner-only.pdf", Fixtures.encryptedPdf("", "Copying restricted but readable ownerword"));
        corpus.write("x06-scan.pdf", Fixtures.imageOnlyPdf("Scanned joint letter on reprisals"));
        corpus.write("x07-empty.pdf", new byte[0]);
        corpus.write("x08-word.pdf", Fixtures.docx("A Word document named as a PDF wordmismatch"));
        corpus.write(
                "x08-page.pdf",
                "<!DOCTYPE html><html><head><title>A page</title></head><body><p>An HTML page "
                        + "named as a PDF htmlmismatch</p></body></html>");
        byte[] random = new byte[1 << 20];
        new SecureRandom().nextBytes(random);
        corpus.write("x09-random.pdf", random);
        corpus.write("x14-bomb.docx", Fixtures.docxBomb(40));
        corpus.write(
                "x15-nested.pdf",
                Fixtures.portfolioPdf(List.of(new Fixtures.Entry("nest.zip", Fixtures.nestedZip(20)))));
        corpus.write("x16-portfolio.pdf", Fixtures.portfolioPdf(5_000));
        corpus.write(
                "x17-xfa.pdf",
                Fixtures.xfaWithExternalEntity(canary, "http://127.0.0.1:" + xxeListener.getLocalPort() + "/xxe"));
        String base64 = java.util.Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(30_000));
        corpus.write(
                "x18-immense.pdf", Fixtures.textPdf("Immense", "Annex immenseterm " + base64.substring(0, 40_000)));
        corpus.write(
                "x18-immense.pdf.json",
                "{\"state\": \"" + "x".repeat(40_000) + "\", \"references\": [\"" + "y".repeat(40_000) + "\"]}");
        corpus.write("x19-facets.pdf", Fixtures.textPdf("Signed", "Joint letter signed by many facetcase"));
        corpus.write(
                "x19-facets.pdf.json",
                "{\"type\": \"joint_letter\", \"signatories\": [\"" + "Long Name ".repeat(4_000)
                        + "\", \"Amnesty\\u0000Inter\\u001fnational\\n\", \"CIVICUS\"]}");
        corpus.write("x20-unmapped.pdf", Fixtures.pdfWithUnmappedFont("Joint letter on reprisals against defenders"));
        cyrillicFont().ifPresent(font -> {
            try {
                corpus.write(
                        "x20-russian.pdf",
                        Fixtures.textPdfInFont(
                                font,
                                "\u0421\u043e\u0432\u0435\u0442 \u043f\u043e \u043f\u0440\u0430\u0432\u0430\u043c "
                                        + "\u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        corpus.write("zz-good/after.txt", "Report of the Working Group, a good file after the bad ones");

        first = corpus.run(corpus.options(2));
        firstLines = corpus.reportLines();
        System.out.println(corpus.console());
        System.out.printf(
                "X cases: first run over %d files in %d ms%n", first.outcomes().size(), corpus.millis());
        second = corpus.run(corpus.options(2));
        secondLines = corpus.reportLines();
    }

    @AfterAll
    void stopListening() throws Exception {
        if (xxeListener != null) {
            xxeListener.close();
        }
    }

    /** The file's line in the first run's report. */
    private JsonNode lineOf(String name) {
        List<JsonNode> matching = firstLines.stream()
                .filter(l -> l.get("path").asText().endsWith("/" + name))
                .toList();
        assertThat(matching).as("report lines for %s", name).hasSize(1);
        System.out.println("  " + name + " -> " + matching.getFirst());
        return matching.getFirst();
    }

    private static String outcome(JsonNode line) {
        return line.get("outcome").asText();
    }

    private static String reason(JsonNode line) {
        return line.get("reason").asText();
    }

    private String text(String name) throws Exception {
        return corpus.document(name)
                .orElseThrow(() -> new AssertionError(name + " is not in the index"))
                .get(HrcField.TEXT.fieldName());
    }

    @Test
    void theRunGoesOnPastEveryBadFileAndCommitsTheGoodOnes() throws Exception {
        assertThat(first.conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
        assertThat(outcome(lineOf("before.txt"))).isEqualTo("indexed");
        assertThat(outcome(lineOf("after.txt"))).isEqualTo("indexed");
        // a report line for every file, and the sidecars are no files of their own
        try (var files = Files.walk(corpus.corpus)) {
            assertThat(first.outcomes()).hasSize((int) files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".json"))
                    .count());
        }
    }

    @Test
    void x01_truncatedPdfIsReportedAsDamagedAndTheRunGoesOn() throws Exception {
        // PDFBox cannot rebuild a file cut before its page tree: no text is recoverable, so it is a parse failure
        JsonNode line = lineOf("x01-truncated.pdf");
        assertThat(outcome(line)).isEqualTo("failed_parse");
        assertThat(reason(line)).startsWith("cannot be parsed: ").contains("damaged, truncated");
        assertThat(corpus.document("x01-truncated.pdf")).isEmpty();
    }

    @Test
    void x02_aBadPageAmongTwentyCostsOnlyThatPageAndIsWarnedAbout() throws Exception {
        JsonNode line = lineOf("x02-bad-page.pdf");
        assertThat(outcome(line)).isEqualTo("indexed_with_warnings");
        assertThat(line.get("pages").asInt()).isEqualTo(20);
        assertThat(CorpusRun.warnings(line))
                .anySatisfy(w -> assertThat(w).startsWith("pages_without_text: page 7 of 20"));
        String text = text("x02-bad-page.pdf");
        for (int page = 1; page <= 20; page++) {
            if (page == 7) {
                assertThat(text).doesNotContain("word7marker");
            } else {
                assertThat(text).contains("word" + page + "marker");
            }
        }
    }

    @Test
    void x03_bitFlippedPdfsEndInOneOfTheThreeStatesWithoutHangingTheRun() throws Exception {
        for (long seed : FLIP_SEEDS) {
            System.out.println("X3 seed " + seed + " (replay: Fixtures.bitFlipped(pdf, 100, " + seed + "))");
            JsonNode line = lineOf("x03-flipped-" + seed + ".pdf");
            assertThat(outcome(line)).isIn("indexed", "indexed_with_warnings", "failed_parse", "failed_unsupported");
            assertThat(line.get("ms").asLong()).isLessThan(30_000);
        }
    }

    @Test
    void x04_encryptedPdfIsReportedAsEncryptedOnceAndNotRetried() throws Exception {
        JsonNode line = lineOf("x04-encrypted.pdf");
        assertThat(outcome(line)).isEqualTo("failed_encrypted");
        assertThat(reason(line)).startsWith("encrypted: needs a password");
        assertThat(corpus.document("x04-encrypted.pdf")).isEmpty();
        // the next run remembers it: no parse, no retry loop, until the file changes
        JsonNode again = secondLines.stream()
                .filter(l -> l.get("path").asText().endsWith("x04-encrypted.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(outcome(again)).isEqualTo("unchanged");
        assertThat(reason(again)).contains("failed_encrypted");
        assertThat(second.conclusion().orElseThrow().state()).isEqualTo(RunState.UNCHANGED);
    }

    @Test
    void x05_ownerPasswordOnlyPdfIsExtractedAndFlaggedEncrypted() throws Exception {
        JsonNode line = lineOf("x05-owner-only.pdf");
        assertThat(outcome(line)).isEqualTo("indexed_with_warnings");
        assertThat(CorpusRun.warnings(line)).anySatisfy(w -> assertThat(w).startsWith("encrypted: "));
        assertThat(corpus.phraseHits("readable", "ownerword")).isEqualTo(1);
    }

    @Test
    void x06_scanWithoutTextLayerNeedsOcrAndIsFoundByItsMetadata() throws Exception {
        JsonNode line = lineOf("x06-scan.pdf");
        assertThat(outcome(line)).isEqualTo("needs_ocr");
        assertThat(reason(line)).isEqualTo("no text layer");
        assertThat(line.get("chars").asInt()).isZero();
        Document doc = corpus.document("x06-scan.pdf").orElseThrow();
        assertThat(doc.get(HrcField.NEEDS_OCR.fieldName())).isEqualTo("true");
        assertThat(doc.get(HrcField.TITLE.fieldName())).isEqualTo("Scanned joint letter on reprisals");
        assertThat(first.outcomes()).anySatisfy(o -> assertThat(o.path()).endsWith("x06-scan.pdf"));
    }

    @Test
    void x07_emptyFileIsReportedAsEmpty() throws Exception {
        JsonNode line = lineOf("x07-empty.pdf");
        assertThat(outcome(line)).isEqualTo("failed_empty");
        assertThat(reason(line)).startsWith("empty file (0 bytes)");
    }

    @Test
    void x08_aWordFileOrHtmlPageNamedPdfIsIndexedAsWhatItIsAndSaysSo() throws Exception {
        JsonNode word = lineOf("x08-word.pdf");
        assertThat(outcome(word)).isEqualTo("indexed_with_warnings");
        assertThat(word.get("detected_type").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(CorpusRun.warnings(word))
                .anySatisfy(w -> assertThat(w).startsWith("type_mismatch: named .pdf but is " + "a Word document"));
        assertThat(corpus.phraseHits("pdf", "wordmismatch")).isEqualTo(1);

        JsonNode page = lineOf("x08-page.pdf");
        assertThat(outcome(page)).isEqualTo("indexed_with_warnings");
        assertThat(page.get("detected_type").asText()).isEqualTo("text/html");
        assertThat(corpus.phraseHits("pdf", "htmlmismatch")).isEqualTo(1);
    }

    @Test
    void x09_randomBytesNamedPdfAreAnUnsupportedType() throws Exception {
        JsonNode line = lineOf("x09-random.pdf");
        assertThat(outcome(line)).isEqualTo("failed_unsupported");
        assertThat(reason(line))
                .startsWith("unsupported type: named .pdf but holds bytes of no known format")
                .contains("application/octet-stream");
    }

    @Test
    void x14_zipBombIsStoppedAndReported() throws Exception {
        assertThat(Files.size(corpus.corpus.resolve("x14-bomb.docx")) * 1000).isLessThan(40L << 20); // over 1000:1
        JsonNode line = lineOf("x14-bomb.docx");
        assertThat(outcome(line)).isEqualTo("failed_zip_bomb");
        assertThat(reason(line)).startsWith("zip bomb: ");
    }

    @Test
    void x15_containersNestedTwentyDeepStopAtTheDepthLimitWithAWarning() throws Exception {
        JsonNode line = lineOf("x15-nested.pdf");
        assertThat(outcome(line)).isEqualTo("indexed_with_warnings");
        assertThat(CorpusRun.warnings(line))
                .anySatisfy(w -> assertThat(w).startsWith("embedded_limit: ").contains("some lay deeper"));
        assertThat(text("x15-nested.pdf")).contains("Cover page").doesNotContain("the bottom of the nest");
    }

    @Test
    void x16_portfolioOfFiveThousandFilesStopsAtTheEmbeddedLimit() throws Exception {
        JsonNode line = lineOf("x16-portfolio.pdf");
        assertThat(outcome(line)).isEqualTo("indexed_with_warnings");
        assertThat(CorpusRun.warnings(line))
                .anySatisfy(w -> assertThat(w).startsWith("embedded_limit: read 100 embedded files, passed over 4900"));
        String text = text("x16-portfolio.pdf");
        assertThat(text.split("canaryembedded", -1).length - 1).isEqualTo(100);
    }

    @Test
    void x17_xfaExternalEntityIsNeverResolved() throws Exception {
        JsonNode line = lineOf("x17-xfa.pdf");
        assertThat(outcome(line)).isIn("indexed", "indexed_with_warnings");
        assertThat(text("x17-xfa.pdf")).contains("A form with an XFA packet").doesNotContain("CANARYSECRETXYZ");
        assertThat(corpus.phraseHits("canarysecretxyz")).isZero();
        assertThat(xxeContacted)
                .as("an outbound request for the external entity")
                .isFalse();
    }

    @Test
    void x18_anImmenseUnbrokenTermIsIndexedAndAnImmenseKeywordIsCut() throws Exception {
        JsonNode line = lineOf("x18-immense.pdf");
        assertThat(outcome(line)).isEqualTo("indexed_with_warnings");
        assertThat(text("x18-immense.pdf")).contains("Annex immenseterm");
        assertThat(corpus.phraseHits("annex", "immenseterm")).isEqualTo(1);
        assertThat(CorpusRun.warnings(line))
                .anySatisfy(w -> assertThat(w)
                        .startsWith("value_truncated: the state value")
                        .contains("40,000 characters"));
        Document doc = corpus.document("x18-immense.pdf").orElseThrow();
        assertThat(doc.get(HrcField.STATE_UNDER_REVIEW.fieldName())).hasSize(DocumentMapper.MAX_FACET_CHARS);
        assertThat(CorpusRun.warnings(line))
                .anySatisfy(w -> assertThat(w)
                        .startsWith("value_truncated: the references value")
                        .contains("40,000 bytes"));
        assertThat(doc.get(HrcField.REFERENCES.fieldName())).hasSize(DocumentMapper.MAX_KEYWORD_BYTES);
    }

    @Test
    void x19_facetValuesTooLongOrWithControlCharactersAreMadeFitWithWarnings() throws Exception {
        JsonNode line = lineOf("x19-facets.pdf");
        assertThat(outcome(line)).isEqualTo("indexed_with_warnings");
        assertThat(CorpusRun.warnings(line))
                .anySatisfy(w -> assertThat(w).startsWith("value_truncated: the signatory"))
                .anySatisfy(w -> assertThat(w).startsWith("control_characters: removed from the signatory value"));
        Document doc = corpus.document("x19-facets.pdf").orElseThrow();
        List<String> signatories = List.of(doc.getValues(HrcField.SIGNATORY.fieldName()));
        assertThat(signatories)
                .hasSize(3)
                .contains("Amnesty Inter national")
                .anySatisfy(s -> assertThat(s).startsWith("CIVICUS"))
                .anySatisfy(s ->
                        assertThat(s).hasSize(DocumentMapper.MAX_FACET_CHARS).startsWith("Long Name"));
        assertThat(corpus.termHits(HrcField.SIGNATORY, "Amnesty Inter national"))
                .isEqualTo(1);
    }

    @Test
    void x20_textInFontsWithoutUnicodeMappingIsIndexedWithTheUnmappedShare() throws Exception {
        // The corpus holds no Arabic, Chinese or Russian PDF with broken ToUnicode maps; a generated font whose codes
        // map to glyph names nobody knows gives the same signal (pdf:unmappedUnicodeCharsPerPage).
        JsonNode line = lineOf("x20-unmapped.pdf");
        assertThat(outcome(line)).isEqualTo("indexed_with_warnings");
        assertThat(CorpusRun.warnings(line))
                .anySatisfy(w ->
                        assertThat(w).startsWith("unmapped_text: 100% of the " + "characters have no Unicode mapping"));
        assertThat(corpus.document("x20-unmapped.pdf")).isPresent();
    }

    /** A TrueType font with Cyrillic letters on this machine (Debian's fonts-dejavu-core), if there is one. */
    private static java.util.Optional<Path> cyrillicFont() {
        return java.util.stream.Stream.of(
                        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
                .map(Path::of)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    @Test
    void x20_russianTextWithItsUnicodeMapIsIndexedAndFoundByPhrase() throws Exception {
        // Fails, never skips, without the font: a skipped case is one CI never runs (.ci/run installs it).
        assertThat(cyrillicFont())
                .as("a TrueType font with Cyrillic letters: apt-get install fonts-dejavu-core")
                .isPresent();
        JsonNode line = lineOf("x20-russian.pdf");
        assertThat(outcome(line)).isEqualTo("indexed");
        // "Human Rights Council", in Russian: the analyzer lower-cases it
        assertThat(corpus.phraseHits(
                        "\u043f\u0440\u0430\u0432\u0430\u043c", "\u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430"))
                .isEqualTo(1);
    }

    @Test
    void theSummarySaysWhatHappenedToEachBadFile() throws Exception {
        IndexingReport report = first;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        report.printSummary(new java.io.PrintStream(out, true, StandardCharsets.UTF_8), 1);
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary)
                .contains("failed_encrypted")
                .contains("x04-encrypted.pdf: encrypted: needs a password")
                .contains("Indexed with warnings:")
                .contains("x08-word.pdf: type_mismatch")
                .contains("No text layer")
                .contains("x06-scan.pdf");
    }
}
