package org.hrcsearch.api.index;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open index the server reads: the current searcher and what is derived from it once per commit. Every
 * service borrows it for one request through a {@link Lease}; {@link #refresh()} moves on to a newer commit.
 *
 * <p>Opened with {@link #open}, the handle serves only commits whose files pass their checksums: it verifies every
 * segment when it opens the index and every new segment when it moves to a newer commit. A commit that fails is
 * refused with one log line; the handle keeps serving the commit it had, or, with none, is unavailable (every
 * request fails with {@link IndexUnavailableException}, which the API answers with 503) until a good commit lands.
 * It never serves a damaged segment silently.
 */
public final class IndexHandle implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexHandle.class);

    private final HrcSchema schema;
    private final Directory directory;
    private final Path indexDir;
    private volatile SearcherManager manager;
    private volatile String unavailable = "";
    /** The commit last refused as corrupt (its segments file and time), so that it is not checked every second. */
    private String refusedCommit = "";

    private volatile IndexSnapshot snapshot;
    /** How many times a searcher was asked for, by a request or a refresh. */
    private final LongAdder leasesAsked = new LongAdder();

    /** Reads the index of {@code manager}; {@code directory}, if not null, is closed with the handle. */
    public IndexHandle(HrcSchema schema, SearcherManager manager, Directory directory) {
        this.schema = schema;
        this.manager = manager;
        this.directory = directory;
        this.indexDir = null;
    }

    private IndexHandle(HrcSchema schema, FSDirectory directory) {
        this.schema = schema;
        this.directory = directory;
        this.indexDir = directory.getDirectory();
    }

    /** The folder the index is read from; empty for an index handed over as a searcher (tests). */
    public java.util.Optional<Path> directory() {
        return java.util.Optional.ofNullable(indexDir);
    }

    /**
     * Opens the index in {@code indexDir}, which must hold at least one commit written with this schema version. A
     * last commit that fails its checksums does not stop the server: the handle starts unavailable, and says why.
     */
    public static IndexHandle open(HrcSchema schema, Path indexDir) throws IOException {
        FSDirectory dir = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new IOException(
                        "no index in " + indexDir + ": run ./hrc index <folder> --index " + indexDir + " first");
            }
            IndexHandle handle = new IndexHandle(schema, dir);
            handle.openVerified();
            if (handle.manager == null) {
                return handle;
            }
            String version = handle.status().commitData().getOrDefault(CommitKey.SCHEMA_VERSION.key(), "?");
            if (!version.equals(Integer.toString(HrcSchema.VERSION))) {
                handle.close();
                throw new IOException("the index in " + indexDir + " has schema version " + version
                        + "; this server reads " + "version " + HrcSchema.VERSION
                        + ": rebuild it with ./hrc index <folder> --index " + indexDir);
            }
            return handle;
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    public HrcSchema schema() {
        return schema;
    }

    /** Opens a searcher manager on the last commit after verifying it; on failure the handle is unavailable. */
    private void openVerified() throws IOException {
        String commit = currentCommit();
        long t0 = System.nanoTime();
        try {
            VerifyingSearcherFactory factory = new VerifyingSearcherFactory();
            manager = new SearcherManager(directory, factory);
            unavailable = "";
            LOG.info(
                    "index {}: opened {} in {} ms, of which {} ms verifying its checksums",
                    indexDir,
                    commit,
                    (System.nanoTime() - t0) / 1_000_000,
                    factory.verifyingNanos / 1_000_000);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException e) {
            refusedCommit = commit;
            unavailable =
                    "the index in " + indexDir + " is corrupt (" + e.getMessage() + "): the server will not serve it."
                            + " Rebuild it with ./hrc index <folders> --full --index <a new folder> and serve that one, or delete "
                            + indexDir + " and reindex; a new good commit is served as soon as it lands";
            LOG.error("refusing to serve {}: {}", commit, unavailable);
        }
    }

    /** Whether the handle has a commit to serve; when not, {@link #unavailableReason()} says why. */
    public boolean available() {
        return manager != null;
    }

    public String unavailableReason() {
        return unavailable;
    }

    /**
     * Moves on to the latest commit, if there is a newer one, and derives its snapshot here rather than in the
     * first request that reads it. A newer commit whose new segments fail their checksums is refused (logged once)
     * and the current commit stays served.
     */
    public void refresh() throws IOException {
        if (indexDir == null) {
            manager.maybeRefresh();
        } else {
            String commit = currentCommit();
            if (commit.equals(refusedCommit)) {
                return; // refused already: wait for the next commit
            }
            if (manager == null) {
                openVerified();
                if (manager == null) {
                    return;
                }
                LOG.info("index {}: a good commit landed ({}): serving it", indexDir, commit);
            } else {
                try {
                    manager.maybeRefresh();
                } catch (CorruptIndexException
                        | IndexFormatTooOldException
                        | IndexFormatTooNewException
                        | EOFException e) {
                    refusedCommit = commit;
                    LOG.error(
                            "refusing to serve {} of {}: it is corrupt ({}); still serving the commit before it. Rebuild the"
                                    + " index with ./hrc index <folders> --full --index <a new folder>",
                            commit,
                            indexDir,
                            e.getMessage());
                    return;
                }
            }
        }
        try (Lease ignored = acquire()) {
            // acquiring builds the snapshot of the new reader
        }
    }

    /** The latest commit on disk, e.g. {@code segments_4 of 2026-11-28T03:10:00.123456Z}. */
    private String currentCommit() throws IOException {
        String name = SegmentInfos.getLastCommitSegmentsFileName(directory);
        if (name == null) {
            return "no commit";
        }
        try {
            return name + " of " + Files.getLastModifiedTime(indexDir.resolve(name));
        } catch (IOException e) {
            return name; // replaced by a newer commit at this moment
        }
    }

    /**
     * Verifies the checksums of every segment a new reader has that the reader before it did not (all of them at
     * start): Lucene itself reads most bytes without checking them, so a flipped bit would be served as a wrong
     * answer. Reads each new segment once: at start, 0.1-0.3 s for the real corpus's 26 MB index and 0.5-0.7 s for
     * a 250 MB one of 11,306 documents, measured on the loaded 2-core build machine.
     */
    private final class VerifyingSearcherFactory extends SearcherFactory {
        private volatile long verifyingNanos;

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            long t0 = System.nanoTime();
            Set<Object> verified = new HashSet<>();
            if (previousReader != null) {
                for (LeafReaderContext leaf : previousReader.leaves()) {
                    verified.add(leaf.reader().getCoreCacheHelper().getKey());
                }
            }
            try (Directory buffered = indexDir == null ? null : new NIOFSDirectory(indexDir)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    if (!verified.contains(leaf.reader().getCoreCacheHelper().getKey())) {
                        verify(leaf, buffered);
                    }
                }
            }
            verifyingNanos += System.nanoTime() - t0;
            return new IndexSearcher(reader);
        }

        /**
         * Checks every file of a segment against its footer checksum through buffered reads, not through the
         * reader's memory-mapped files: mapped pages read once count in the server's resident memory until the kernel
         * needs them, so verifying through them made the whole index resident at start (250 MB for 11,306 documents).
         */
        private static void verify(LeafReaderContext leaf, Directory buffered) throws IOException {
            if (buffered == null || !(leaf.reader() instanceof SegmentReader segment)) {
                leaf.reader().checkIntegrity();
                return;
            }
            for (String file : segment.getSegmentInfo().files()) {
                try (IndexInput in = buffered.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                }
            }
        }
    }

    /** A searcher and its snapshot for one request; close it to give the searcher back. */
    public Lease acquire() throws IOException {
        leasesAsked.increment();
        SearcherManager manager = this.manager;
        if (manager == null) {
            throw new IndexUnavailableException(unavailable);
        }
        IndexSearcher searcher = manager.acquire();
        try {
            return new Lease(manager, searcher, snapshotFor(searcher));
        } catch (IOException | RuntimeException e) {
            manager.release(searcher);
            throw e;
        }
    }

    private IndexSnapshot snapshotFor(IndexSearcher searcher) throws IOException {
        IndexSnapshot s = snapshot;
        if (s != null && s.reader() == searcher.getIndexReader()) {
            return s;
        }
        synchronized (this) {
            if (snapshot == null || snapshot.reader() != searcher.getIndexReader()) {
                snapshot = IndexSnapshot.of(searcher.getIndexReader(), schema.facetsConfig());
            }
            return snapshot;
        }
    }

    /**
     * How many times a searcher was asked for since the handle opened, granted or not: a query refused before it
     * runs (its syntax, its limits) asks for none, whatever the load.
     */
    public long leasesAsked() {
        return leasesAsked.sum();
    }

    /** A borrowed searcher with what was derived from its commit. */
    public final class Lease implements AutoCloseable {
        private final SearcherManager searcherManager;
        private final IndexSearcher searcher;
        private final IndexSnapshot snapshot;

        private Lease(SearcherManager searcherManager, IndexSearcher searcher, IndexSnapshot snapshot) {
            this.searcherManager = searcherManager;
            this.searcher = searcher;
            this.snapshot = snapshot;
        }

        public IndexSearcher searcher() {
            return searcher;
        }

        public IndexSnapshot snapshot() {
            return snapshot;
        }

        @Override
        public void close() throws IOException {
            searcherManager.release(searcher);
        }
    }

    /** How many documents the index holds, when its last commit landed, and the commit's user data. */
    public record IndexStatus(int documents, String lastCommit, Map<String, String> commitData) {
        public IndexStatus {
            commitData = Map.copyOf(commitData);
        }
    }

    /** The status of the commit being served; throws when the index cannot be read. */
    public IndexStatus status() throws IOException {
        try (Lease lease = acquire()) {
            Map<String, String> data = lease.snapshot().commitData();
            return new IndexStatus(
                    lease.searcher().getIndexReader().numDocs(),
                    data.getOrDefault(CommitKey.COMMITTED_AT.key(), ""),
                    data);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (manager != null) {
                manager.close();
            }
        } finally {
            if (directory != null) {
                directory.close();
            }
        }
    }
}
