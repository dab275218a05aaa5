package org.hrcsearch.indexer.sink;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.schema.IndexTimes;
import org.hrcsearch.indexer.source.KnownFailure;
import org.hrcsearch.indexer.source.PathStamp;

/**
 * Writes the changes of one run into the Lucene index: upserts by id, deletes, and lands everything in one commit,
 * so that a reader sees either the previous commit or the whole new one, never a half-built index. Closing without
 * {@link #commit} rolls back to the previous commit; so does a crash, even {@code kill -9}.
 *
 * <p>Opening a sink takes the index's write lock (Lucene's {@code write.lock}, held through the OS, so a killed run
 * leaves no stale lock behind). A second run on the same index fails at once with {@link IndexBusyException}.
 *
 * <p>A sink refuses to build on a last commit that fails its checksums ({@link IndexCorruptException}), and after a
 * tragic event (an {@link OutOfMemoryError} or a full disk while flushing) its writer has closed itself: the run
 * fails, {@link #tragedy()} says why, and nothing of it is committed. A sink is never reused after that.
 *
 * <p>A run has one instant, {@link #runTime()}, taken when the sink opens: every document it writes carries it as
 * the time it entered the index or was updated ({@link IndexTimes}), and its commit is stamped with it, so that a
 * feed's entries and the commit's time agree.
 */
public final class IndexSink implements Closeable {

    private final HrcSchema schema;
    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final PreviousIndex previous;
    private final Instant runTime = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private boolean committed;
    private boolean verified;
    private Exception cleanupFailure;

    private IndexSink(HrcSchema schema, Path dir, Directory directory, IndexWriter writer, PreviousIndex previous) {
        this.schema = schema;
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.previous = previous;
    }

    /** Opens the Lucene directory of an index folder: {@link FSDirectory#open} outside tests. */
    @FunctionalInterface
    public interface Directories {
        Directory open(Path dir) throws IOException;
    }

    /**
     * Opens the index at {@code dir} (created if missing) for a run: takes the write lock, then reads what the last
     * commit holds.
     *
     * @throws IndexBusyException when another process (or another sink of this one) holds the write lock
     * @throws IndexCorruptException when the last commit fails its checksums
     */
    public static IndexSink open(HrcSchema schema, Path dir) throws IOException {
        return open(schema, dir, FSDirectory::open);
    }

    /** As {@link #open(HrcSchema, Path)}, over the directory {@code directories} opens (tests inject faults). */
    public static IndexSink open(HrcSchema schema, Path dir, Directories directories) throws IOException {
        Directory directory = directories.open(dir);
        IndexWriter writer;
        try {
            IndexWriterConfig config = new IndexWriterConfig(schema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexBusyException(dir, e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            directory.close();
            throw new IndexCorruptException(dir, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        try {
            return new IndexSink(schema, dir, directory, writer, PreviousIndex.read(directory));
        } catch (CorruptIndexException e) {
            writer.rollback();
            directory.close();
            throw new IndexCorruptException(dir, e);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            throw e;
        }
    }

    /**
     * Fails fast, before anything is written, when the process cannot create files in {@code dir} (a read-only mount,
     * or a folder it does not own). Trying is the only honest test: the permission bits do not bind root, and a
     * read-only file system overrides them.
     *
     * @throws IndexNotWritableException when no file can be created there
     */
    public static void requireWritable(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".hrc-write-probe", "");
            Files.delete(probe);
        } catch (FileSystemException e) { // AccessDeniedException, or "Read-only file system"
            throw new IndexNotWritableException(dir, e);
        }
    }

    /**
     * Why the writer closed itself, when it did: the {@link IndexWriter#getTragicException() tragic exception}, e.g.
     * an {@code OutOfMemoryError}, or the {@code IOException} of a full disk during a flush.
     */
    public Optional<Throwable> tragedy() {
        return Optional.ofNullable(writer.getTragicException());
    }

    /**
     * Verifies the checksum of every file of the last commit, once, so that a run never builds on a damaged index
     * (Lucene reads most bytes without checking them, and a new commit would carry the damaged segments along).
     * Reads the whole index: 0.1-0.3 s for the real corpus's 26 MB index, 0.5-0.7 s for 250 MB (11,306 documents),
     * on the loaded 2-core build machine; so a run calls it only when it has something to write, and
     * {@link #commit} calls it in any case.
     *
     * @throws IndexCorruptException when a file fails its checksum
     */
    public void verifyLastCommit() throws IOException {
        if (verified || previous.generation() < 0) {
            verified = true;
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        } catch (CorruptIndexException | java.io.EOFException e) {
            throw new IndexCorruptException(dir, e);
        }
        verified = true;
    }

    /** What the last commit held when the sink was opened. */
    public PreviousIndex previous() {
        return previous;
    }

    /** The run's one instant: its documents' times and its commit's ({@link CommitKey#COMMITTED_AT}). */
    public Instant runTime() {
        return runTime;
    }

    /** Drops every document: the run rebuilds the index. Readers see the old one until {@link #commit}. */
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /**
     * Adds or replaces {@code doc}, recording where its bytes were found and when it entered the index (known bytes
     * keep their time, a changed file keeps its first time and is updated now: {@link
     * org.hrcsearch.indexer.source.IndexedState#timesFor}). Returns what had to be changed to index it (a value cut
     * to the length Lucene allows, control characters removed from a facet value).
     *
     * @throws IllegalArgumentException when Lucene refuses the document; the index and the run are unharmed
     */
    public List<String> upsert(HrcDocument doc, List<PathStamp> copies) throws IOException {
        List<String> warnings = new java.util.ArrayList<>();
        IndexTimes times = previous.state()
                .timesFor(
                        doc.source().sha256(),
                        copies.stream().map(PathStamp::key).toList(),
                        runTime);
        Document lucene = schema.mapper().toLucene(doc, times, warnings::add);
        lucene.add(FileStateField.field(doc.source().sha256(), copies));
        writer.updateDocument(DocumentMapper.idTerm(doc.id()), lucene);
        return warnings;
    }

    /** Records new modification times for a document whose bytes did not change, without reindexing it. */
    public void restamp(String documentId, String sha256, List<PathStamp> copies) throws IOException {
        writer.updateBinaryDocValue(
                DocumentMapper.idTerm(documentId), FileStateField.NAME, FileStateField.encode(sha256, copies));
    }

    public void delete(String id) throws IOException {
        writer.deleteDocuments(DocumentMapper.idTerm(id));
    }

    /**
     * Brings the documents read out of session reports in line with the reports and files the index now holds
     * ({@link DerivedDocuments}); part of the run's commit. Returns how many such documents the index holds after, and what it cost.
     */
    public Reconciled reconcileDerivedDocuments() throws IOException {
        DerivedDocuments.Changes c = DerivedDocuments.reconcile(writer, schema);
        return new Reconciled(c.held(), c.cpuNanos());
    }

    /**
     * After {@link #reconcileDerivedDocuments}: the documents of printed texts the index holds, and the CPU time of
     * this thread it took, not counting the flush of what was written before (which the commit would do anyway).
     */
    public record Reconciled(int documents, long cpuNanos) {}

    /** True when the run changed a document (added, replaced, deleted or restamped one). */
    public boolean hasDocumentChanges() {
        return writer.hasUncommittedChanges();
    }

    /**
     * Makes every change of the run visible at once, with {@code failures} (the files that have no document because
     * they failed) recorded beside them.
     */
    public void commit(Map<String, String> runData, Collection<KnownFailure> failures) throws IOException {
        verifyLastCommit();
        Map<String, String> data = new HashMap<>(runData);
        data.put(CommitKey.FAILURES.key(), FailureRecords.encode(failures));
        data.put(CommitKey.SCHEMA_VERSION.key(), Integer.toString(HrcSchema.VERSION));
        String committedAt = runTime.toString();
        data.put(CommitKey.COMMITTED_AT.key(), committedAt);
        writer.setLiveCommitData(data.entrySet());
        try {
            writer.commit();
        } catch (IOException | RuntimeException e) {
            // Lucene removes the previous commit's files after writing the new commit point: a failure there closes the
            // writer, yet the commit has landed. Say so rather than report a run that failed and committed nothing.
            if (!landed(committedAt)) {
                throw e;
            }
            cleanupFailure = e;
        }
        committed = true;
    }

    /**
     * Whether the last commit on disk is the one stamped {@code committedAt}; read up to three times, since the disk
     * just failed once.
     */
    private boolean landed(String committedAt) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return committedAt.equals(
                        SegmentInfos.readLatestCommit(directory).getUserData().get(CommitKey.COMMITTED_AT.key()));
            } catch (IOException | RuntimeException e) {
                // try again
            }
        }
        return false;
    }

    /**
     * What failed after the run's commit landed (removing the previous commit's files): the commit stands, and the
     * next run removes what was left.
     */
    public Optional<Exception> cleanupFailure() {
        return Optional.ofNullable(cleanupFailure);
    }

    public boolean committed() {
        return committed;
    }

    /** Closes the writer; without a {@link #commit}, rolls back every change of the run. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                writer.rollback();
            } else if (writer.isOpen()) { // a failure after the commit closed it already
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
