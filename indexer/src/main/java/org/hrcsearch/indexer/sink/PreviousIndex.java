package org.hrcsearch.indexer.sink;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.schema.IndexTimes;
import org.hrcsearch.indexer.source.IndexedState;

/**
 * What the last commit of an index holds, read before a run changes anything: how many documents of files (the
 * documents read out of session reports are not counted: they follow their report), what the
 * indexer recorded about each (and when each entered the index), and whether the index can be updated in place or must be rebuilt (an index of an
 * older schema, or one written without the indexer's bookkeeping).
 */
public record PreviousIndex(IndexedState state, int documents, long generation, String rebuildReason) {

    /** No commit yet. */
    public static PreviousIndex none() {
        return new PreviousIndex(IndexedState.empty(), 0, -1, "");
    }

    /** True when the index must be rebuilt whatever the run asked; {@link #rebuildReason} says why. */
    public boolean mustRebuild() {
        return !rebuildReason.isEmpty();
    }

    public static PreviousIndex read(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return none();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            String version = data.getOrDefault(CommitKey.SCHEMA_VERSION.key(), "");
            List<IndexedState.IndexedContent> contents = new ArrayList<>();
            int withoutState = 0;
            int derived = 0; // documents read out of session reports: they come and go with their report
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                BinaryDocValues values = leaf.reader().getBinaryDocValues(FileStateField.NAME);
                NumericDocValues indexedAt = numbers(leaf.reader(), HrcField.INDEXED_AT);
                NumericDocValues updatedAt = numbers(leaf.reader(), HrcField.UPDATED_AT);
                SortedDocValues reportIds = leaf.reader().getSortedDocValues(HrcField.REPORT_ID.fieldName());
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (reportIds != null && reportIds.advanceExact(doc)) {
                        derived++;
                    } else if (values != null && values.advanceExact(doc)) {
                        contents.add(FileStateField.decode(values.binaryValue())
                                .withTimes(times(indexedAt, updatedAt, doc)));
                    } else {
                        withoutState++;
                    }
                }
            }
            String reason = "";
            if (!version.equals(Integer.toString(HrcSchema.VERSION))) {
                reason = "the index has schema version " + (version.isEmpty() ? "?" : version)
                        + ", this indexer writes " + HrcSchema.VERSION;
            } else if (withoutState > 0) {
                reason = withoutState + " documents were indexed without change records (by an older indexer)";
            }
            IndexedState state = new IndexedState(contents, FailureRecords.decode(data.get(CommitKey.FAILURES.key())));
            return new PreviousIndex(
                    state, reader.numDocs() - derived, reader.getIndexCommit().getGeneration(), reason);
        }
    }

    private static NumericDocValues numbers(LeafReader reader, HrcField field) throws IOException {
        return reader.getNumericDocValues(field.fieldName());
    }

    /** The times of {@code doc}, read in doc id order, as the mapper wrote them (milliseconds since 1970). */
    private static Optional<IndexTimes> times(NumericDocValues indexedAt, NumericDocValues updatedAt, int doc)
            throws IOException {
        if (indexedAt == null || !indexedAt.advanceExact(doc)) {
            return Optional.empty();
        }
        Optional<Instant> updated = updatedAt != null && updatedAt.advanceExact(doc)
                ? Optional.of(Instant.ofEpochMilli(updatedAt.longValue()))
                : Optional.empty();
        return Optional.of(new IndexTimes(Instant.ofEpochMilli(indexedAt.longValue()), updated));
    }
}
