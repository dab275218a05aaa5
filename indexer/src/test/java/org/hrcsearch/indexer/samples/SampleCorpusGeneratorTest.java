package org.hrcsearch.indexer.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the checked-in sample PDFs in {@code corpus/samples/pdf} in step with their texts and metadata. */
class SampleCorpusGeneratorTest {

    private static final String REGENERATE =
            "regenerate the PDFs with the command in corpus/samples/README.md and commit them with the texts";

    @TempDir
    Path tmp;

    static Path samples() {
        return ProjectPaths.repoRoot().resolve("corpus/samples");
    }

    private static List<String> names(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void regeneratedPdfsAreByteIdenticalToTheCheckedInOnes() throws IOException {
        Path checkedIn = samples().resolve("pdf");
        SampleCorpusGenerator.generate(samples().resolve("text"), tmp);

        assertThat(names(checkedIn, ".pdf")).as(REGENERATE).isEqualTo(names(tmp, ".pdf"));
        for (String name : names(tmp, ".pdf")) {
            assertThat(Files.mismatch(tmp.resolve(name), checkedIn.resolve(name)))
                    .as("%s differs from its text; %s", name, REGENERATE)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void theSampleVotesFilesAreIndexedAsWritten() throws IOException {
        Path checkedIn = samples().resolve("pdf");
        SampleCorpusGenerator.generate(samples().resolve("text"), tmp);

        assertThat(names(tmp, ".votes.csv")).as(REGENERATE).isNotEmpty().isEqualTo(names(checkedIn, ".votes.csv"));
        for (String name : names(tmp, ".votes.csv")) {
            assertThat(Files.mismatch(samples().resolve("text").resolve(name), checkedIn.resolve(name)))
                    .as("%s differs from its text; %s", name, REGENERATE)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void generationIsDeterministic() throws IOException {
        Path first = Files.createDirectory(tmp.resolve("first"));
        Path second = Files.createDirectory(tmp.resolve("second"));
        SampleCorpusGenerator.generate(samples().resolve("text"), first);
        SampleCorpusGenerator.generate(samples().resolve("text"), second);
        for (String name : names(first, ".pdf")) {
            assertThat(Files.mismatch(first.resolve(name), second.resolve(name)))
                    .as(name)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void everyTextPageBecomesAtLeastOnePdfPageAndTheTitleComesFromTheMetadata() throws IOException {
        Map<String, String> titles =
                SampleCorpusGenerator.readTitles(samples().resolve(SampleCorpusGenerator.METADATA_CSV));
        Map<String, java.util.Optional<String>> embedded =
                SampleCorpusGenerator.readEmbeddedTitles(samples().resolve(SampleCorpusGenerator.EMBEDDED_TITLES_TSV));
        assertThat(titles).containsKeys(embedded.keySet().toArray(String[]::new));
        for (String txt : names(samples().resolve("text"), ".txt")) {
            String text = Files.readString(samples().resolve("text").resolve(txt), StandardCharsets.UTF_8);
            String pdf = txt.replaceFirst("\\.txt$", ".pdf");
            List<List<String>> pages = SampleCorpusGenerator.pages(text);
            assertThat(String.join("\n", pages.get(0))).as(txt).contains("SYNTHETIC SAMPLE");
            try (PDDocument doc =
                    Loader.loadPDF(samples().resolve("pdf").resolve(pdf).toFile())) {
                assertThat(doc.getNumberOfPages()).as(pdf).isGreaterThanOrEqualTo(pages.size());
                if (embedded.containsKey(pdf)) {
                    assertThat(java.util.Optional.ofNullable(
                                    doc.getDocumentInformation().getTitle()))
                            .as(pdf)
                            .isEqualTo(embedded.get(pdf));
                } else {
                    assertThat(doc.getDocumentInformation().getTitle())
                            .as(pdf)
                            .isEqualTo(titles.get(pdf))
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void metadataHasOneRowPerText() throws IOException {
        Map<String, String> titles =
                SampleCorpusGenerator.readTitles(samples().resolve(SampleCorpusGenerator.METADATA_CSV));
        List<String> expected = names(samples().resolve("text"), ".txt").stream()
                .map(n -> n.replaceFirst("\\.txt$", ".pdf"))
                .toList();
        assertThat(titles.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Files.readAllLines(samples().resolve(SampleCorpusGenerator.METADATA_CSV))
                        .get(0))
                .isEqualTo("file,symbol,session,upr_session,type,title,date,signatories,sponsors");
    }

    @Test
    void wrapsLongLinesAndMapsCharactersTheFontCannotEncode() throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(SampleCorpusGenerator.encodable(font, "Fifty–fifth Council’s non\u2011cooperation \u4e00"))
                .isEqualTo("Fifty–fifth Council’s non-cooperation ?");
        List<String> lines = SampleCorpusGenerator.wrap(font, "word ".repeat(200), 451f);
        assertThat(lines)
                .hasSizeGreaterThan(1)
                .allSatisfy(l -> assertThat(l).startsWith("word").endsWith("word"));
        assertThat(String.join(" ", lines)).isEqualTo("word ".repeat(200).strip());
    }
}
