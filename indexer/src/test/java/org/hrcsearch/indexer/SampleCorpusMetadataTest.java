package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.indexer.check.CheckedField;
import org.hrcsearch.indexer.check.ExpectedMetadata;
import org.hrcsearch.indexer.check.ExpectedMetadataFile;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.extract.ExtractionResult;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.indexer.source.ContentHash;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled sample PDF yields the metadata that {@code corpus/samples/expected-metadata.csv} says it should,
 * read as {@code check-metadata} reads it, and compared value for value (no normalising).
 */
class SampleCorpusMetadataTest {

    static List<ExpectedMetadata> expected() throws IOException {
        return ExpectedMetadataFile.read(ProjectPaths.sampleExpectedMetadata());
    }

    private static HrcDocument derive(String file) throws IOException {
        Path pdf = ProjectPaths.samplePdfs().resolve(file);
        ExtractionResult result = new TikaExtractor().extract(pdf);
        assertThat(result).as("extraction of %s", file).isInstanceOf(ExtractionResult.Extracted.class);
        SourceFile source = new SourceFile(List.of(file), ContentHash.sha256(pdf), "application/pdf", Files.size(pdf));
        return new DocumentEnricher().enrich(source, file, ((ExtractionResult.Extracted) result).extraction());
    }

    @Test
    void everyColumnOfTheSampleFileIsChecked() throws IOException {
        // a column the reader does not know is ignored: make sure none of the sample file's columns is
        assertThat(expected())
                .allSatisfy(row -> assertThat(row.values().keySet())
                        .containsExactlyInAnyOrderElementsOf(EnumSet.of(
                                CheckedField.SYMBOL,
                                CheckedField.SESSION,
                                CheckedField.UPR_SESSION,
                                CheckedField.TYPE,
                                CheckedField.TITLE,
                                CheckedField.DATE,
                                CheckedField.SIGNATORIES,
                                CheckedField.SPONSORS)));
    }

    static Stream<Arguments> samples() throws IOException {
        return expected().stream().map(row -> Arguments.argumentSet(row.path(), row));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleYieldsItsExpectedMetadata(ExpectedMetadata row) throws IOException {
        HrcDocument doc = derive(row.path());
        row.values()
                .forEach((field, values) ->
                        assertThat(field.valuesOf(doc)).as(field.column()).containsExactlyElementsOf(values));
        assertThat(doc.needsOcr()).isFalse();
        assertThat(doc.pages()).isNotEmpty();
    }

    /** The title each sample PDF carries in its properties, as the file holds it (empty for none). */
    private static Map<String, Optional<String>> embeddedTitles() throws IOException {
        Map<String, Optional<String>> titles = new TreeMap<>();
        for (ExpectedMetadata row : expected()) {
            try (PDDocument pdf =
                    Loader.loadPDF(ProjectPaths.samplePdfs().resolve(row.path()).toFile())) {
                titles.put(
                        row.path(),
                        Optional.ofNullable(pdf.getDocumentInformation().getTitle()));
            }
        }
        return titles;
    }

    @Test
    void titlesComeFromTheCoverWhereThePropertiesHaveNoneOrAWrongOne() throws IOException {
        // Were every sample's expected title in its properties, a title finder that only read the properties would
        // pass every sample: these must get their titles from the first page.
        Map<String, Optional<String>> embedded = embeddedTitles();
        Map<String, String> none = new TreeMap<>();
        Map<String, String> wrong = new TreeMap<>();
        for (ExpectedMetadata row : expected()) {
            String title = row.values().get(CheckedField.TITLE).getFirst();
            Optional<String> inFile = embedded.get(row.path());
            if (inFile.isEmpty()) {
                none.put(row.path(), title);
            } else if (!inFile.get().equals(title)) {
                wrong.put(row.path(), title);
            }
        }
        assertThat(none).as("samples without a title in their properties").hasSizeGreaterThanOrEqualTo(4);
        assertThat(wrong)
                .as("samples with another document's title in their properties")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(embedded.values())
                .as("a Word template's title")
                .contains(Optional.of("Microsoft Word - draft.docx"));
        Map<String, String> fromTheCover = new TreeMap<>(none);
        fromTheCover.putAll(wrong);
        for (Map.Entry<String, String> sample : fromTheCover.entrySet()) {
            assertThat(derive(sample.getKey()).title())
                    .as("%s's title (its properties: %s)", sample.getKey(), embedded.get(sample.getKey()))
                    .isEqualTo(sample.getValue());
        }
    }
}
