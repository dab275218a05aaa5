package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.extract.ExtractionResult;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.indexer.source.ContentHash;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled sample PDF yields the metadata that {@code corpus/samples/expected-metadata.csv} says it should. */
class SampleCorpusMetadataTest {

    static List<CSVRecord> expected() throws IOException {
        try (Reader in = Files.newBufferedReader(ProjectPaths.sampleExpectedMetadata(), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }

    private static HrcDocument derive(String file) throws IOException {
        Path pdf = ProjectPaths.samplePdfs().resolve(file);
        ExtractionResult result = new TikaExtractor().extract(pdf);
        assertThat(result).as("extraction of %s", file).isInstanceOf(ExtractionResult.Extracted.class);
        SourceFile source = new SourceFile(List.of(file), ContentHash.sha256(pdf), "application/pdf", Files.size(pdf));
        return new DocumentEnricher().enrich(source, file, ((ExtractionResult.Extracted) result).extraction());
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("\\s*\\|\\s*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void sampleYieldsItsExpectedMetadata(CSVRecord row) throws IOException {
        HrcDocument doc = derive(row.get("file"));
        assertThat(doc.symbol().map(UnSymbol::text).orElse("")).as("symbol").isEqualTo(row.get("symbol"));
        assertThat(doc.session().map(Session::label).orElse("")).as("session").isEqualTo(row.get("session"));
        assertThat(
                        doc.uprSession().isPresent()
                                ? Integer.toString(doc.uprSession().getAsInt())
                                : "")
                .as("upr_session")
                .isEqualTo(row.get("upr_session"));
        assertThat(doc.type().key()).as("type").isEqualTo(row.get("type"));
        assertThat(doc.date().map(Object::toString).orElse("")).as("date").isEqualTo(row.get("date"));
        assertThat(doc.title()).as("title").isEqualTo(row.get("title"));
        assertThat(doc.signatories()).as("signatories").containsExactlyElementsOf(list(row.get("signatories")));
        assertThat(doc.sponsors()).as("sponsors").containsExactlyElementsOf(list(row.get("sponsors")));
        assertThat(doc.needsOcr()).isFalse();
        assertThat(doc.pages()).isNotEmpty();
    }
}
