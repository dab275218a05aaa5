package org.hrcsearch.indexer.sink;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcSchema;

/**
 * Writes documents into the Lucene index of a run: upserts by id and lands everything in one commit, so that a
 * reader sees either the previous commit or the whole new one, never a half-built index. Closing without
 * {@link #commit} rolls back.
 */
public final class IndexSink implements Closeable {

  /** Commit user-data key: when the run committed, ISO-8601. */
  public static final String COMMITTED_AT_KEY = HrcSchema.COMMITTED_AT_KEY;

  private final HrcSchema schema;
  private final Directory directory;
  private final IndexWriter writer;
  private boolean committed;

  /**
   * Opens the index at {@code dir}. With {@code rebuild}, the run replaces every document at commit; until then
   * readers still see the previous commit.
   */
  public IndexSink(HrcSchema schema, Path dir, boolean rebuild) throws IOException {
    this.schema = schema;
    this.directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer())
        .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(128)
        .setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
  }

  public void upsert(HrcDocument doc) throws IOException {
    writer.updateDocument(DocumentMapper.idTerm(doc.id()), schema.mapper().toLucene(doc));
  }

  public void delete(String id) throws IOException {
    writer.deleteDocuments(DocumentMapper.idTerm(id));
  }

  /** Makes every change of the run visible at once. */
  public void commit(Map<String, String> runData) throws IOException {
    Map<String, String> data = new java.util.HashMap<>(runData);
    data.put(HrcSchema.VERSION_KEY, Integer.toString(HrcSchema.VERSION));
    data.put(COMMITTED_AT_KEY, Instant.now().toString());
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    committed = true;
  }

  public boolean committed() {
    return committed;
  }

  @Override
  public void close() throws IOException {
    try {
      if (!committed) {
        writer.rollback();
      } else {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
