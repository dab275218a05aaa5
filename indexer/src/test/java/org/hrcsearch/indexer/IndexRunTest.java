package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.index.CorpusFolders;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.schema.IndexTimes;
import org.hrcsearch.indexer.extract.FaultyExtractWorker;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.sink.IndexBusyException;
import org.hrcsearch.indexer.sink.IndexSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs over a small corpus of text files: what each run does to the index, and what it reports. */
class IndexRunTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        return Files.createDirectories(tmp.resolve("corpus"));
    }

    private Path index() {
        return tmp.resolve("index");
    }

    private Path write(String name, String text) throws IOException {
        Path p = corpus().resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private IndexRun.Options options() throws IOException {
        return new IndexRun.Options(List.of(corpus()), index(), 1).withProgress(ProgressDisplay.Mode.NONE);
    }

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private IndexingReport run(IndexRun.Options options) throws Exception {
        return new IndexRun(new HrcSchema(), new PrintStream(console, true, StandardCharsets.UTF_8)).run(options);
    }

    private static Map<String, Outcome> outcomes(IndexingReport r) {
        return r.outcomes().stream()
                .collect(Collectors.toMap(o -> Path.of(o.path()).getFileName().toString(), FileOutcome::outcome));
    }

    private static RunState state(IndexingReport r) {
        return r.conclusion().orElseThrow().state();
    }

    /** Every document of the last commit: its paths and its text. */
    private Map<List<String>, String> documents() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            Map<List<String>, String> docs = new java.util.HashMap<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document d = IndexedDocuments.withText(reader, i);
                List<String> paths = new ArrayList<>();
                for (String p : d.getValues(HrcField.PATH.fieldName())) {
                    paths.add(Path.of(p).getFileName().toString());
                }
                docs.put(paths, d.get(HrcField.TEXT.fieldName()).strip());
            }
            return docs;
        }
    }

    private long generation() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getGeneration();
        }
    }

    @Test
    void aSecondRunOverAnUnchangedCorpusSkipsEveryFileAndMakesNoCommit() throws Exception {
        write("a.txt", "Joint letter on reprisals");
        write("sub/b.txt", "Report of the Working Group");
        IndexingReport first = run(options());
        assertThat(state(first)).isEqualTo(RunState.COMMITTED);
        assertThat(outcomes(first))
                .containsOnly(Map.entry("a.txt", Outcome.INDEXED), Map.entry("b.txt", Outcome.INDEXED));
        long generation = generation();

        IndexingReport second = run(options());
        assertThat(state(second)).isEqualTo(RunState.UNCHANGED);
        assertThat(outcomes(second))
                .containsOnly(Map.entry("a.txt", Outcome.UNCHANGED), Map.entry("b.txt", Outcome.UNCHANGED));
        assertThat(generation()).isEqualTo(generation);
        assertThat(documents()).hasSize(2);
    }

    /** The server serves a stored path only from inside the folders the run read: the commit names them. */
    @Test
    void theCommitRecordsTheCorpusFoldersTheRunRead() throws Exception {
        write("a.txt", "Joint letter");
        Path second = Files.createDirectories(tmp.resolve("more"));
        Files.writeString(second.resolve("b.txt"), "Another letter");
        run(new IndexRun.Options(List.of(corpus(), Path.of("").toAbsolutePath().relativize(second)), index(), 1)
                .withProgress(ProgressDisplay.Mode.NONE));
        try (FSDirectory dir = FSDirectory.open(index());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            assertThat(CorpusFolders.in(data).orElseThrow().folders())
                    .containsExactly(
                            corpus().toAbsolutePath().normalize(),
                            second.toAbsolutePath().normalize());
        }
    }

    @Test
    void aChangedFileIsExtractedAgainAndItsOldTextIsGone() throws Exception {
        write("a.txt", "first version");
        write("b.txt", "stays the same");
        run(options());
        Path a = write("a.txt", "second version, longer");

        IndexingReport report = run(options());
        assertThat(outcomes(report))
                .containsOnly(Map.entry("a.txt", Outcome.INDEXED), Map.entry("b.txt", Outcome.UNCHANGED));
        assertThat(documents())
                .containsEntry(List.of("a.txt"), "second version, longer")
                .hasSize(2);
        assertThat(Files.exists(a)).isTrue();
    }

    /** When each document of the last commit entered the index, by its file name; and the commit's instant. */
    private Map<String, IndexTimes> indexTimes() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            Map<String, IndexTimes> times = new java.util.HashMap<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    Document d = reader.storedFields().document(i);
                    times.put(
                            Path.of(d.get(HrcField.PATH.fieldName()))
                                    .getFileName()
                                    .toString(),
                            DocumentMapper.indexTimes(d).orElseThrow());
                }
            }
            return times;
        }
    }

    private Instant committedAt() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return Instant.parse(reader.getIndexCommit().getUserData().get(CommitKey.COMMITTED_AT.key()));
        }
    }

    @Test
    void aDocumentKeepsWhenItFirstEnteredTheIndexAcrossUnchangedChangedAndFullRuns() throws Exception {
        write("a.txt", "first version");
        write("b.txt", "stays the same");
        run(options());
        Instant first = committedAt();
        assertThat(indexTimes())
                .containsOnly(Map.entry("a.txt", IndexTimes.first(first)), Map.entry("b.txt", IndexTimes.first(first)));

        assertThat(state(run(options()))).isEqualTo(RunState.UNCHANGED);
        assertThat(committedAt()).isEqualTo(first);

        write("a.txt", "second version, longer");
        write("c.txt", "a new letter");
        assertThat(state(run(options()))).isEqualTo(RunState.COMMITTED);
        Instant second = committedAt();
        assertThat(second).isAfter(first);
        assertThat(indexTimes())
                .containsOnly(
                        Map.entry("a.txt", new IndexTimes(first, Optional.of(second))),
                        Map.entry("b.txt", IndexTimes.first(first)),
                        Map.entry("c.txt", IndexTimes.first(second)));

        Map<String, IndexTimes> before = indexTimes();
        run(options().withFull(true)); // every file extracted again: none is new or changed
        assertThat(committedAt()).isAfter(second);
        assertThat(indexTimes()).isEqualTo(before);
    }

    @Test
    void aVanishedFileIsDeletedFromTheIndex() throws Exception {
        Path gone = write("gone.txt", "to be deleted");
        for (int i = 0; i < 5; i++) {
            write("keep" + i + ".txt", "kept " + i);
        }
        run(options());
        Files.delete(gone);

        IndexingReport report = run(options());
        assertThat(outcomes(report))
                .containsEntry("gone.txt", Outcome.DELETED)
                .containsEntry("keep0.txt", Outcome.UNCHANGED);
        assertThat(state(report)).isEqualTo(RunState.COMMITTED);
        assertThat(documents()).hasSize(5).doesNotContainKey(List.of("gone.txt"));
    }

    @Test
    void aTouchedFileIsRecognisedByItsBytesAndOnlyRestamped() throws Exception {
        Path a = write("a.txt", "same bytes");
        run(options());
        Files.setLastModifiedTime(
                a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 60_000));

        IndexingReport touched = run(options());
        assertThat(touched.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.UNCHANGED);
            assertThat(o.reason()).contains("new modification time");
        });
        assertThat(state(touched)).isEqualTo(RunState.COMMITTED);

        IndexingReport after = run(options());
        assertThat(after.outcomes())
                .singleElement()
                .satisfies(o -> assertThat(o.reason()).isEmpty());
        assertThat(state(after)).isEqualTo(RunState.UNCHANGED);
    }

    @Test
    void identicalFilesAreOneDocumentListingEveryPathUntilACopyGoes() throws Exception {
        write("guinea2010.txt", "Report of the Working Group: Guinea");
        Path copy = write("guinea2014.txt", "Report of the Working Group: Guinea");
        IndexingReport first = run(options());
        assertThat(outcomes(first))
                .containsEntry("guinea2010.txt", Outcome.INDEXED)
                .containsEntry("guinea2014.txt", Outcome.DUPLICATE);
        assertThat(documents()).containsOnlyKeys(List.of(List.of("guinea2010.txt", "guinea2014.txt")));

        Files.delete(copy);
        IndexingReport second = run(options());
        assertThat(outcomes(second))
                .containsEntry("guinea2014.txt", Outcome.DELETED)
                .containsEntry("guinea2010.txt", Outcome.INDEXED);
        assertThat(documents()).containsOnlyKeys(List.of(List.of("guinea2010.txt")));
    }

    @Test
    void aRunThatWouldLoseMoreThanTheAllowedShareRefusesToCommitUnlessForced() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(write("doc" + i + ".txt", "document " + i));
        }
        run(options());
        long generation = generation();
        Files.delete(files.get(0));
        Files.delete(files.get(1)); // 40% of the documents

        IndexingReport refused = run(options());
        assertThat(state(refused)).isEqualTo(RunState.REFUSED);
        assertThat(refused.conclusion().orElseThrow().message())
                .contains("3 of the 5 documents")
                .contains("--force");
        assertThat(generation()).isEqualTo(generation);
        assertThat(documents()).hasSize(5);

        IndexingReport forced = run(options().withForce(true));
        assertThat(state(forced)).isEqualTo(RunState.COMMITTED);
        assertThat(documents()).hasSize(3);
    }

    @Test
    void aFullRebuildExtractsEverythingAgain() throws Exception {
        write("a.txt", "one");
        write("b.txt", "two");
        run(options());
        IndexingReport full = run(options().withFull(true));
        assertThat(outcomes(full).values()).containsOnly(Outcome.INDEXED);
        assertThat(state(full)).isEqualTo(RunState.COMMITTED);
        assertThat(documents()).hasSize(2);
    }

    @Test
    void aSecondRunWhileOneHoldsTheIndexIsRefusedAtOnce() throws Exception {
        write("a.txt", "one");
        run(options());
        try (IndexSink holder = IndexSink.open(new HrcSchema(), index())) {
            assertThatThrownBy(() -> run(options()))
                    .isInstanceOf(IndexBusyException.class)
                    .hasMessageContaining("another run holds the index at " + index().toAbsolutePath());
            assertThat(holder.previous().documents()).isEqualTo(1);
        }
        assertThat(state(run(options()))).isEqualTo(RunState.UNCHANGED);
    }

    @Test
    void aFileThatFailedIsNotParsedAgainUntilItChanges() throws Exception {
        Path broken = Files.write(corpus().resolve("broken.pdf"), "%PDF-1.4\nnot really a pdf".getBytes());
        write("ok.txt", "fine");
        IndexingReport first = run(options());
        assertThat(outcomes(first))
                .containsEntry("broken.pdf", Outcome.FAILED_PARSE)
                .containsEntry("ok.txt", Outcome.INDEXED);
        assertThat(state(first)).isEqualTo(RunState.COMMITTED);

        IndexingReport second = run(options());
        assertThat(state(second)).isEqualTo(RunState.UNCHANGED);
        FileOutcome known = second.outcomes().stream()
                .filter(o -> o.path().endsWith("broken.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(known.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(known.reason()).contains("failed_parse");

        Files.writeString(broken, "%PDF-1.4\nstill not a PDF, but changed");
        IndexingReport third = run(options());
        assertThat(outcomes(third)).containsEntry("broken.pdf", Outcome.FAILED_PARSE);
    }

    @Test
    void aCorpusWithNoDocumentsLeavesTheIndexAsItWas() throws Exception {
        write("a.txt", "one");
        run(options());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        IndexingReport report =
                run(new IndexRun.Options(List.of(empty), index(), 1).withProgress(ProgressDisplay.Mode.NONE));
        assertThat(state(report)).isEqualTo(RunState.FAILED);
        assertThat(documents()).hasSize(1);
        assertThatThrownBy(() -> run(new IndexRun.Options(List.of(tmp.resolve("missing")), index(), 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a folder");
    }

    @Test
    void aHangingOrCrashingParserCostsOneFileAndTheRunGoesOn() throws Exception {
        write("a.txt", "before");
        write("hang.txt", "never parsed");
        write("crash.txt", "kills its worker");
        write("z.txt", "after");
        IndexRun.Options options =
                options().withWorkers(FaultyExtractWorker.settings().withFileTimeLimit(Duration.ofSeconds(2)));
        IndexingReport report = run(options);
        assertThat(outcomes(report))
                .containsOnly(
                        Map.entry("a.txt", Outcome.INDEXED),
                        Map.entry("hang.txt", Outcome.FAILED_TIMEOUT),
                        Map.entry("crash.txt", Outcome.FAILED_CRASH),
                        Map.entry("z.txt", Outcome.INDEXED));
        assertThat(state(report)).isEqualTo(RunState.COMMITTED);
        assertThat(documents()).hasSize(2);
    }

    @Test
    void everyFileHasALineInTheJsonLinesReport() throws Exception {
        write("a.txt", "Joint letter");
        Files.write(corpus().resolve("broken.pdf"), "%PDF-1.4\nbroken".getBytes());
        run(options());
        Path reports = index().resolve("reports");
        Path report;
        try (var files = Files.list(reports)) {
            report = files.filter(p -> p.toString().endsWith(".jsonl"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Report: " + report.toAbsolutePath());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(report)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(2);
        JsonNode broken = lines.stream()
                .filter(l -> l.get("path").asText().endsWith("broken.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(broken.get("outcome").asText()).isEqualTo("failed_parse");
        assertThat(broken.get("sha256").asText()).hasSize(64);
        assertThat(broken.get("reason").asText()).isNotEmpty();
        JsonNode a = lines.stream()
                .filter(l -> l.get("path").asText().endsWith("a.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(a.get("outcome").asText()).isEqualTo("indexed");
        assertThat(a.get("pages").asInt()).isEqualTo(1);
        assertThat(a.get("chars").asInt()).isPositive();
        assertThat(a.has("ms")).isTrue();
        JsonNode lastRun =
                new ObjectMapper().readTree(reports.resolve("last-run.json").toFile());
        assertThat(lastRun.get("state").asText()).isEqualTo("committed");
        assertThat(lastRun.get("documents").asInt()).isEqualTo(1);
        assertThat(Files.exists(reports.resolve("progress.json"))).isFalse();
    }
}
