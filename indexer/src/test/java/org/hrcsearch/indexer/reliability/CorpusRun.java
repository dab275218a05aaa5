package org.hrcsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.report.ReportFolder;

/**
 * A corpus folder and an index in a temporary folder, indexed the way {@code ./hrc index} does it (a real
 * {@link IndexRun} with worker processes), and what a user then reads: the JSON-lines report, the console summary,
 * and the index.
 */
final class CorpusRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Path corpus;
    final Path index;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private IndexingReport last;
    private long millis;

    CorpusRun(Path dir) throws IOException {
        this.corpus = Files.createDirectories(dir.resolve("corpus"));
        this.index = dir.resolve("index");
    }

    Path write(String relative, byte[] bytes) throws IOException {
        Path p = corpus.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    IndexRun.Options options(int threads) {
        return new IndexRun.Options(List.of(corpus), index, threads).withProgress(ProgressDisplay.Mode.NONE);
    }

    IndexingReport run(IndexRun.Options options) throws Exception {
        console.reset();
        long t0 = System.nanoTime();
        last = new IndexRun(new HrcSchema(), new PrintStream(console, true, StandardCharsets.UTF_8)).run(options);
        millis = (System.nanoTime() - t0) / 1_000_000;
        return last;
    }

    long millis() {
        return millis;
    }

    String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** The lines of the newest JSON-lines report. */
    List<JsonNode> reportLines() throws IOException {
        Path newest = new ReportFolder(new IndexFolder(index)).newestReport().orElseThrow();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(newest, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /** The report line of the file whose path ends with {@code name}; exactly one. */
    JsonNode line(String name) throws IOException {
        List<JsonNode> matching = reportLines().stream()
                .filter(l -> l.get("path").asText().endsWith("/" + name)
                        || l.get("path").asText().equals(name))
                .toList();
        assertThat(matching).as("report lines for %s", name).hasSize(1);
        JsonNode line = matching.getFirst();
        System.out.println("  " + name + " -> " + line);
        return line;
    }

    static List<String> warnings(JsonNode line) {
        List<String> out = new ArrayList<>();
        if (line.has("warnings")) {
            line.get("warnings").forEach(w -> out.add(w.asText()));
        }
        return out;
    }

    /** The stored document (with its text) of the index whose paths include one ending with {@code name}. */
    Optional<Document> document(String name) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            var stored = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document d = stored.document(i);
                for (String p : d.getValues(HrcField.PATH.fieldName())) {
                    if (p.endsWith("/" + name)) {
                        return Optional.of(org.hrcsearch.indexer.IndexedDocuments.withText(reader, i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    int documents() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    long generation() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getGeneration();
        }
    }

    /** Documents whose text holds the phrase (lower-case words, as the analyzer makes them). */
    long phraseHits(String... words) throws IOException {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (String w : words) {
            phrase.add(new Term(HrcField.TEXT.fieldName(), w));
        }
        return hits(phrase.build());
    }

    long termHits(HrcField field, String value) throws IOException {
        return hits(new TermQuery(new Term(field.fieldName(), value)));
    }

    long hits(Query query) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            TopDocs top = new IndexSearcher(reader).search(query, 10);
            return top.totalHits.value();
        }
    }
}
