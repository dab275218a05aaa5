package org.hrcsearch.indexer.source;

import java.util.Objects;

/**
 * What the index records about one path of a document, to tell next time whether it changed: its key, the path
 * shown for it, its size and modification time. Same size and time means unchanged, without reading the bytes.
 */
public record PathStamp(String key, String displayPath, long size, long modifiedMillis) {
    public PathStamp {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayPath, "displayPath");
    }

    /** True when {@code entry} has this key, size and modification time. */
    public boolean matches(SourceEntry entry) {
        return key.equals(entry.key()) && size == entry.size() && modifiedMillis == entry.modifiedMillis();
    }
}
