package org.hrcsearch.api.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.schema.HrcSchema;

/**
 * The open index the server reads: the current searcher and what is derived from it once per commit. Every
 * service borrows it for one request through a {@link Lease}; {@link #refresh()} moves on to a newer commit.
 */
public final class IndexHandle implements Closeable {

  private final HrcSchema schema;
  private final SearcherManager manager;
  private final Directory directory;
  private volatile IndexSnapshot snapshot;

  /** Reads the index of {@code manager}; {@code directory}, if not null, is closed with the handle. */
  public IndexHandle(HrcSchema schema, SearcherManager manager, Directory directory) {
    this.schema = schema;
    this.manager = manager;
    this.directory = directory;
  }

  /**
   * Opens the index in {@code indexDir}, which must hold at least one commit written with this schema version.
   */
  public static IndexHandle open(HrcSchema schema, Path indexDir) throws IOException {
    FSDirectory dir = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IOException("no index in " + indexDir + ": run ./hrc index <folder> --index " + indexDir + " first");
      }
      IndexHandle handle = new IndexHandle(schema, new SearcherManager(dir, null), dir);
      String version = handle.status().commitData().getOrDefault(HrcSchema.VERSION_KEY, "?");
      if (!version.equals(Integer.toString(HrcSchema.VERSION))) {
        handle.close();
        throw new IOException("the index in " + indexDir + " has schema version " + version + "; this server reads "
            + "version " + HrcSchema.VERSION + ": rebuild it with ./hrc index <folder> --index " + indexDir);
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

  /**
   * Moves on to the latest commit, if there is a newer one, and derives its snapshot here rather than in the
   * first request that reads it.
   */
  public void refresh() throws IOException {
    manager.maybeRefresh();
    try (Lease ignored = acquire()) {
      // acquiring builds the snapshot of the new reader
    }
  }

  /** A searcher and its snapshot for one request; close it to give the searcher back. */
  Lease acquire() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return new Lease(searcher, snapshotFor(searcher));
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

  /** A borrowed searcher with what was derived from its commit. */
  final class Lease implements AutoCloseable {
    private final IndexSearcher searcher;
    private final IndexSnapshot snapshot;

    private Lease(IndexSearcher searcher, IndexSnapshot snapshot) {
      this.searcher = searcher;
      this.snapshot = snapshot;
    }

    IndexSearcher searcher() {
      return searcher;
    }

    IndexSnapshot snapshot() {
      return snapshot;
    }

    @Override
    public void close() throws IOException {
      manager.release(searcher);
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
      return new IndexStatus(lease.searcher().getIndexReader().numDocs(), data.getOrDefault(HrcSchema.COMMITTED_AT_KEY, ""),
          data);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      if (directory != null) {
        directory.close();
      }
    }
  }
}
