package org.hrcsearch.indexer.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.schema.IndexTimes;
import org.hrcsearch.indexer.source.PathStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a document entered the index, as the sink writes it run after run: bytes it holds keep their time, a changed
 * file keeps its first time and gains an update, and every time is the instant its run's commit is stamped with.
 */
class IndexTimesTest {

    @TempDir
    Path index;

    private final HrcSchema schema = new HrcSchema();

    private static final String A1 = "a1".repeat(32);
    private static final String A2 = "a2".repeat(32);
    private static final String B = "b0".repeat(32);

    private static HrcDocument doc(String sha, String path) {
        return HrcDocument.builder(new SourceFile(List.of(path), sha, "text/plain", 10))
                .title("Letter at " + path)
                .pageTexts(List.of("text of " + sha.substring(0, 4)))
                .build();
    }

    private static PathStamp stamp(String path, long size) {
        return new PathStamp("/corpus/" + path, path, size, 1_000L * size);
    }

    /** One run: writes each document at its path, deletes the ids given, commits; returns the run's instant. */
    private Instant run(Map<HrcDocument, PathStamp> writes, String... deletes) throws IOException {
        try (IndexSink sink = IndexSink.open(schema, index)) {
            for (Map.Entry<HrcDocument, PathStamp> w : writes.entrySet()) {
                sink.upsert(w.getKey(), List.of(w.getValue()));
            }
            for (String id : deletes) {
                sink.delete(id);
            }
            sink.commit(Map.of(), List.of());
            return sink.runTime();
        }
    }

    /** The times of every document of the last commit, by its first path, and the commit's own time. */
    private Map<String, IndexTimes> times() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            Map<String, IndexTimes> times = new HashMap<>();
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                var d = stored.document(i);
                times.put(
                        d.get(HrcField.PATH.fieldName()),
                        DocumentMapper.indexTimes(d).orElseThrow());
            }
            return times;
        }
    }

    private Instant committedAt() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return Instant.parse(reader.getIndexCommit().getUserData().get(CommitKey.COMMITTED_AT.key()));
        }
    }

    @Test
    void aNewDocumentEntersTheIndexAtTheInstantItsCommitIsStampedWith() throws Exception {
        Instant run = run(Map.of(doc(A1, "a.txt"), stamp("a.txt", 1)));

        assertThat(committedAt()).isEqualTo(run);
        assertThat(times()).containsExactly(Map.entry("a.txt", IndexTimes.first(run)));
    }

    @Test
    void theSameBytesWrittenAgainKeepTheirFirstTime() throws Exception {
        Instant first = run(Map.of(doc(A1, "a.txt"), stamp("a.txt", 1)));
        Thread.sleep(5); // runs a few milliseconds apart have distinct instants
        Instant again = run(Map.of(doc(A1, "a.txt"), stamp("a.txt", 1))); // as --full or a move rewrites it

        assertThat(again).isAfter(first);
        assertThat(times()).containsExactly(Map.entry("a.txt", IndexTimes.first(first)));
    }

    @Test
    void aChangedFileKeepsItsFirstTimeAndGainsTheUpdateOfItsRun() throws Exception {
        Instant first = run(Map.of(doc(A1, "a.txt"), stamp("a.txt", 1), doc(B, "b.txt"), stamp("b.txt", 3)));
        Thread.sleep(5);
        // a.txt now holds other bytes: a new document id, the old one deleted
        Instant changed = run(Map.of(doc(A2, "a.txt"), stamp("a.txt", 2)), A1.substring(0, 16));

        assertThat(changed).isAfter(first);
        assertThat(times())
                .containsOnly(
                        Map.entry("a.txt", new IndexTimes(first, Optional.of(changed))),
                        Map.entry("b.txt", IndexTimes.first(first)));
        try (IndexSink sink = IndexSink.open(schema, index)) {
            assertThat(sink.previous().state().content(A2).orElseThrow().times())
                    .hasValue(new IndexTimes(first, Optional.of(changed)));
        }
    }

    @Test
    void aNewFileBesideOldOnesIsNewAtItsRun() throws Exception {
        Instant first = run(Map.of(doc(A1, "a.txt"), stamp("a.txt", 1)));
        Thread.sleep(5);
        Instant second = run(Map.of(doc(B, "b.txt"), stamp("b.txt", 3)));

        assertThat(times())
                .containsOnly(
                        Map.entry("a.txt", IndexTimes.first(first)), Map.entry("b.txt", IndexTimes.first(second)));
    }
}
