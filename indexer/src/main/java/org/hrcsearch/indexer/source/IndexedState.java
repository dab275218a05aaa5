package org.hrcsearch.indexer.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the last commit of the index holds, as change detection needs it: every document's content hash and the
 * stamps of the paths it was found at, and the files that failed (which have no document).
 */
public final class IndexedState {

    /** One document of the index: its content hash and where that content was. */
    public record IndexedContent(String sha256, List<PathStamp> paths) {
        public IndexedContent {
            Objects.requireNonNull(sha256, "sha256");
            paths = List.copyOf(paths);
        }

        /** The document id these bytes make, as {@code SourceFile.documentId()} derives it. */
        public String documentId() {
            return sha256.substring(0, 16);
        }
    }

    private final Map<String, IndexedContent> bySha = new HashMap<>();
    private final Map<String, PathStamp> stampByKey = new HashMap<>();
    private final Map<String, String> shaByKey = new HashMap<>();
    private final Map<String, KnownFailure> failureByKey = new HashMap<>();

    public IndexedState(List<IndexedContent> contents) {
        this(contents, List.of());
    }

    public IndexedState(List<IndexedContent> contents, List<KnownFailure> failures) {
        for (KnownFailure f : failures) {
            failureByKey.put(f.stamp().key(), f);
        }
        for (IndexedContent c : contents) {
            bySha.put(c.sha256(), c);
            for (PathStamp p : c.paths()) {
                stampByKey.put(p.key(), p);
                shaByKey.put(p.key(), c.sha256());
            }
        }
    }

    public static IndexedState empty() {
        return new IndexedState(List.of());
    }

    /** The content hash recorded for {@code entry}, when its size and modification time are as recorded. */
    public Optional<String> unchangedHash(SourceEntry entry) {
        PathStamp stamp = stampByKey.get(entry.key());
        return stamp != null && stamp.matches(entry)
                ? Optional.ofNullable(shaByKey.get(entry.key()))
                : Optional.empty();
    }

    /** The earlier failure of {@code entry}, when it is unchanged since (same size and modification time). */
    public Optional<KnownFailure> unchangedFailure(SourceEntry entry) {
        KnownFailure f = failureByKey.get(entry.key());
        return f != null && f.stamp().matches(entry) ? Optional.of(f) : Optional.empty();
    }

    public java.util.Collection<KnownFailure> failures() {
        return failureByKey.values();
    }

    public Optional<IndexedContent> content(String sha256) {
        return Optional.ofNullable(bySha.get(sha256));
    }

    public java.util.Collection<IndexedContent> contents() {
        return bySha.values();
    }

    public int documents() {
        return bySha.size();
    }
}
