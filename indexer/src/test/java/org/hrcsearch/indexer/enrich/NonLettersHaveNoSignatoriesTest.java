package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.extract.Extraction;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * No signatory on a real document that is no letter or statement: the speeches of the UN General Debate corpus, the
 * Council's resolution index, and Human Rights Watch's testimony before a US House commission, which names the
 * groups that submitted it and the group "on behalf of" which it is presented. Each goes through the enricher as the
 * JSON-lines source sends it (one text, its title as metadata), and the signatory reader is also run on it alone:
 * a signatory block without a heading or a closing is read only in a text that reads as a letter or statement. The
 * PDFs (UPR and session reports) are checked in {@code RealCorpusMetadataTest}.
 */
@NeedsSharedCorpus
class NonLettersHaveNoSignatoriesTest {

    private static final Vocabularies VOCAB = Vocabularies.bundled();
    private final DocumentEnricher enricher = new DocumentEnricher(VOCAB);
    private final SignatoryParser parser = new SignatoryParser(VOCAB.organisations(), VOCAB.states());
    private final TypeClassifier types = new TypeClassifier();

    private HrcDocument enrich(String id, String title, String text) {
        SourceFile source = new SourceFile(List.of(id), "0".repeat(64), "text/plain", text.length());
        return enricher.enrich(source, id, new Extraction(List.of(text), "text/plain", Optional.of(title)));
    }

    /**
     * Every speech of 1946-2024: none reads as a letter (a speech opens "Your Excellency," or "Dear President," and
     * quotes "the signatories of the Charter", but closes with no "Sincerely" and does not write to its reader), and
     * every 25th through the whole enricher has no signatory.
     */
    @Test
    void noSpeechOfTheGeneralDebateIsALetterOrHasSignatories() throws IOException {
        Path file = ProjectPaths.sharedCorpus().resolve("bulk/ungdc/ungdc_1946-2024.jsonl.gz");
        ObjectMapper json = new ObjectMapper();
        Map<String, String> takenForLetters = new TreeMap<>();
        Map<String, List<String>> withSignatories = new TreeMap<>();
        int speeches = 0;
        int saluted = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode speech = json.readTree(line);
                String id = speech.get("id").asText();
                String text = speech.get("text").asText();
                boolean letter = types.classify(Optional.empty(), "", text) == DocumentType.JOINT_LETTER;
                if (TypeClassifier.salutedAtTop(text)) {
                    saluted++;
                }
                if (letter) {
                    takenForLetters.put(id, text.substring(0, Math.min(120, text.length())));
                }
                if (letter || speeches % 25 == 0) {
                    HrcDocument d = enrich(id, id + " at the General Assembly", text);
                    if (!d.signatories().isEmpty()) {
                        withSignatories.put(id, d.signatories());
                    }
                }
                speeches++;
            }
        }
        assertThat(speeches).isGreaterThan(10_000);
        // the speeches that open as letters open ("Dear President,", "Excellencies:") put the opening rule to the test
        assertThat(saluted)
                .as("speeches saluting on a line of its own at the top")
                .isGreaterThan(50);
        System.out.printf("%d speeches, %d saluting at the top, none a letter%n", speeches, saluted);
        assertThat(takenForLetters).as("speeches taken for letters").isEmpty();
        assertThat(withSignatories).as("speeches with signatories").isEmpty();
    }

    @Test
    void theHrwTestimonyBeforeTheUsHouseCommissionHasNoSignatories() throws IOException {
        String testimony = null;
        Path file = ProjectPaths.sharedCorpus().resolve("letters/hrw-2024/hrw_articles.csv.gz");
        try (Reader in =
                        new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            for (CSVRecord r : csv) {
                if (r.get("title").startsWith("Testimony of Liz Evenson")) {
                    testimony = r.get("text");
                }
            }
        }
        assertThat(testimony).as("the testimony in hrw_articles.csv.gz").contains("Submitted by:");
        HrcDocument d = enrich("hrw-testimony", "Testimony of Liz Evenson", testimony);
        assertThat(d.type()).isEqualTo(DocumentType.OTHER);
        assertThat(d.signatories()).isEmpty();
        assertThat(parser.signatories(testimony)).isEmpty();
    }

    /** The resolution index, each row as a text and the whole sheet as one. */
    @Test
    void theResolutionIndexHasNoSignatories() throws IOException {
        Path file = ProjectPaths.sharedCorpus().resolve("metadata/hrc-resolutions/unhrc_resolutions.data-sheet.csv");
        List<String> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            for (CSVRecord r : csv) {
                rows.add(String.join("\n", r.toList()));
            }
        }
        assertThat(rows).hasSizeGreaterThan(1_000);
        Map<String, List<String>> found = new TreeMap<>();
        String sheet = String.join("\n\n", rows);
        for (String text : concat(rows, sheet)) {
            List<String> s = new ArrayList<>(enrich("row", "", text).signatories());
            s.addAll(parser.signatories(text));
            if (!s.isEmpty()) {
                found.put(text.substring(0, Math.min(80, text.length())), s);
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<String> concat(List<String> rows, String sheet) {
        List<String> all = new ArrayList<>(rows);
        all.add(sheet);
        return all;
    }
}
