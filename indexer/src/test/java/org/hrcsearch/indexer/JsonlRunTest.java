package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.source.JsonlMapping;
import org.hrcsearch.indexer.source.JsonlSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzipped JSON-lines file of speeches, indexed record by record, incrementally. */
class JsonlRunTest {

    private static final String MAPPING =
            "id=id,text=text,year=year,state=iso3,session=,title={iso3} statement, UNGA session {session} ({year})";

    @TempDir
    Path tmp;

    private Path writeGz(String... lines) throws IOException {
        Path file = tmp.resolve("speeches.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String speech(String id, String iso3, int session, int year, String text) {
        return String.format(
                "{\"id\":\"%s\",\"iso3\":\"%s\",\"session\":%d,\"year\":%d,\"text\":\"%s\"}",
                id, iso3, session, year, text);
    }

    private IndexingReport run(Path file) throws Exception {
        IndexRun.Options options = IndexRun.Options.jsonl(
                        new JsonlSource.Input(file, JsonlMapping.parse(MAPPING)), tmp.resolve("index"), 2)
                .withProgress(ProgressDisplay.Mode.NONE);
        return new IndexRun(new HrcSchema(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(options);
    }

    private static Map<String, Outcome> outcomes(IndexingReport r) {
        return r.outcomes().stream()
                .collect(Collectors.toMap(o -> o.path().substring(o.path().indexOf('#') + 1), FileOutcome::outcome));
    }

    private Document byState(String state) throws IOException {
        try (FSDirectory dir = FSDirectory.open(tmp.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(new TermQuery(new Term(HrcField.STATE_UNDER_REVIEW.fieldName(), state)), 10);
            assertThat(top.scoreDocs).hasSize(1);
            return IndexedDocuments.withText(reader, top.scoreDocs[0].doc);
        }
    }

    @Test
    void eachRecordIsADocumentWithItsMappedFieldsAndNoCouncilSession() throws Exception {
        Path file = writeGz(
                speech(
                        "USA_75_2020",
                        "USA",
                        75,
                        2020,
                        "At the 75th session of the General Assembly we speak of peace."),
                speech("FRA_75_2020", "FRA", 75, 2020, "Monsieur le President."),
                "",
                speech("FRA_75_2020", "FRA", 75, 2020, "the same id again"));
        IndexingReport report = run(file);
        assertThat(report.conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
        assertThat(outcomes(report))
                .containsOnly(Map.entry("FRA_75_2020", Outcome.INDEXED), Map.entry("USA_75_2020", Outcome.INDEXED));
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("id FRA_75_2020 again"));

        Document usa = byState("USA");
        assertThat(usa.get(HrcField.TITLE.fieldName())).isEqualTo("USA statement, UNGA session 75 (2020)");
        assertThat(usa.get(HrcField.YEAR.fieldName())).isEqualTo("2020");
        assertThat(usa.get(HrcField.SESSION.fieldName())).isNull();
        assertThat(usa.get(HrcField.PATH.fieldName())).endsWith("speeches.jsonl.gz#USA_75_2020");
        assertThat(usa.get(HrcField.TEXT.fieldName())).contains("we speak of peace");
    }

    @Test
    void aSecondRunSkipsTheUnchangedFileThenOnlyTheChangedAndRemovedRecordsCount() throws Exception {
        Path file = writeGz(
                speech("A_1_1946", "ARG", 1, 1946, "first"),
                speech("B_1_1946", "BRA", 1, 1946, "second"),
                speech("C_1_1946", "CHL", 1, 1946, "third"));
        run(file);
        IndexingReport same = run(file);
        assertThat(same.conclusion().orElseThrow().state()).isEqualTo(RunState.UNCHANGED);
        assertThat(outcomes(same).values()).containsOnly(Outcome.UNCHANGED);

        writeGz(
                speech("A_1_1946", "ARG", 1, 1946, "first"),
                speech("B_1_1946", "BRA", 1, 1946, "second, corrected"),
                speech("D_1_1946", "DNK", 1, 1946, "fourth"),
                speech("E_1_1946", "EGY", 1, 1946, "fifth"));
        IndexingReport changed = run(file);
        assertThat(outcomes(changed))
                .containsOnly(
                        Map.entry("A_1_1946", Outcome.UNCHANGED),
                        Map.entry("B_1_1946", Outcome.INDEXED),
                        Map.entry("C_1_1946", Outcome.DELETED),
                        Map.entry("D_1_1946", Outcome.INDEXED),
                        Map.entry("E_1_1946", Outcome.INDEXED));
        assertThat(changed.conclusion().orElseThrow().documents()).isEqualTo(4);
        assertThat(byState("BRA").get(HrcField.TEXT.fieldName())).contains("corrected");
        assertThat(List.of("ARG", "DNK", "EGY"))
                .allSatisfy(s -> assertThat(byState(s)).isNotNull());
    }
}
