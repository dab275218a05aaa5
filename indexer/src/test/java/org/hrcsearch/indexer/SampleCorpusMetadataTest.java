package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionRecords;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Page;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.check.CheckedField;
import org.hrcsearch.indexer.check.ExpectedMetadata;
import org.hrcsearch.indexer.check.ExpectedMetadataFile;
import org.hrcsearch.indexer.enrich.ActionExtractor;
import org.hrcsearch.indexer.enrich.AdoptedTextDocuments;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.enrich.ReportActions;
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

    /**
     * The texts a sample session report prints are documents of their own, each as {@code expected-derived.csv}
     * says (symbol, type, title, date of adoption, the report's pages, the outcome and tally of the action that
     * adopted it), with the text of those pages only; one whose symbol a sample file bears is left to that file.
     */
    @Test
    void theTextsASampleReportPrintsAreDocumentsAsExpectedDerivedSays() throws IOException {
        List<String> rows = Files.readAllLines(ProjectPaths.repoRoot().resolve("corpus/samples/expected-derived.csv"));
        assertThat(rows).hasSizeGreaterThan(1);
        Set<String> ownFiles = new TreeSet<>();
        for (ExpectedMetadata row : expected()) {
            ownFiles.addAll(row.values().get(CheckedField.SYMBOL));
        }
        Map<String, List<String>> byReport = new TreeMap<>();
        for (String line : rows.subList(1, rows.size())) {
            byReport.computeIfAbsent(line.substring(0, line.indexOf(',')), k -> new ArrayList<>())
                    .add(line);
        }
        for (var report : byReport.entrySet()) {
            HrcDocument enriched = derive(report.getKey());
            ReportActions read = new ActionExtractor(Vocabularies.bundled().states())
                    .extract(
                            enriched.symbol().orElseThrow(),
                            enriched.pages().stream().map(Page::text).toList());
            HrcDocument doc = enriched.toBuilder()
                    .actions(new ActionRecords(read.actions(), read.adoptedTexts()))
                    .build();
            List<String> all = new ArrayList<>();
            for (AdoptedTextDocuments.Derived d : AdoptedTextDocuments.of(doc, Set.of())) {
                HrcDocument text = d.document();
                all.add(String.join(
                        ",",
                        report.getKey(),
                        text.symbol().orElseThrow().text(),
                        text.type().key(),
                        text.title(),
                        text.date().map(Object::toString).orElse(""),
                        d.from().pages(),
                        d.from().outcome().map(ActionOutcome::key).orElse(""),
                        d.from().tally().map(Object::toString).orElse("")));
                String first = text.pages().get(d.from().firstPage() - 1).text();
                String last = text.pages().get(d.from().lastPage() - 1).text();
                assertThat(first)
                        .as(text.symbol() + " starts with its number")
                        .startsWith(text.symbol().orElseThrow().text().replaceFirst("^A/HRC/(RES|DEC|PRST)/", ""));
                assertThat(last)
                        .as(text.symbol() + " ends with its adoption note")
                        .endsWith("]");
                assertThat(text.pages().subList(0, d.from().firstPage() - 1))
                        .allSatisfy(p -> assertThat(p.text()).isEmpty());
            }
            assertThat(all).containsExactlyElementsOf(report.getValue());
            // what the index holds: a text whose symbol a sample file bears is that file's document only
            assertThat(AdoptedTextDocuments.of(doc, ownFiles))
                    .extracting(d -> d.document().symbol().orElseThrow().text())
                    .containsExactlyElementsOf(report.getValue().stream()
                            .map(l -> l.split(",")[1])
                            .filter(symbol -> !ownFiles.contains(symbol))
                            .toList());
        }
    }
}
