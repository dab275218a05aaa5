package org.hrcsearch.indexer.source;

import java.util.Objects;

/**
 * One item of the corpus as a run sees it, before reading its bytes: a file, e.g. key
 * {@code /data/corpus/hrc-pdf/cycle1/g0917123.pdf}, or a record of a JSON-lines file, e.g. key
 * {@code /data/ungdc.jsonl.gz#USA_75_2020}.
 *
 * @param key what identifies it from run to run: the absolute path (plus {@code #id} for a record)
 * @param displayPath the path shown in reports and stored in the index
 * @param size its size in bytes (for a record: the size of its file)
 * @param modifiedMillis its modification time (for a record: its file's)
 */
public record SourceEntry(String key, String displayPath, long size, long modifiedMillis) {
    public SourceEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayPath, "displayPath");
    }

    public static SourceEntry of(CorpusFile file) {
        return new SourceEntry(file.path().toString(), file.displayPath(), file.size(), file.lastModifiedMillis());
    }

    /** Size and time as they would be recorded in the index. */
    public PathStamp stamp() {
        return new PathStamp(key, displayPath, size, modifiedMillis);
    }
}
