package org.hrcsearch.indexer.source;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hrcsearch.corpus.schema.IndexTimes;

/**
 * What the last commit of the index holds, as change detection needs it: every document's content hash, the
 * stamps of the paths it was found at and when it entered the index, and the files that failed (which have no
 * document).
 */
public final class IndexedState {

    /**
     * One document of the index: its content hash, where that content was, and when it entered the index and last
     * changed (empty for a document written without them, by an older indexer).
     */
    public record IndexedContent(String sha256, List<PathStamp> paths, Optional<IndexTimes> times) {
        public IndexedContent {
            Objects.requireNonNull(sha256, "sha256");
            paths = List.copyOf(paths);
            Objects.requireNonNull(times, "times");
        }

        /** A document whose times are not known. */
        public IndexedContent(String sha256, List<PathStamp> paths) {
            this(sha256, paths, Optional.empty());
        }

        public IndexedContent withTimes(Optional<IndexTimes> value) {
            return new IndexedContent(sha256, paths, value);
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

    /**
     * When the document of the bytes {@code sha256}, found at the paths {@code keys}, entered the index, for a run
     * that writes it {@code at} this instant:
     *
     * <ul>
     *   <li>bytes the index holds keep their times, wherever they are now (a file moved, copied or indexed again
     *       with {@code --full} is no new document);
     *   <li>new bytes at a path that held other bytes are a changed file: first indexed when the earliest of those
     *       was, updated {@code at};
     *   <li>anything else is new {@code at}.
     * </ul>
     */
    public IndexTimes timesFor(String sha256, Collection<String> keys, Instant at) {
        Optional<IndexTimes> known = content(sha256).flatMap(IndexedContent::times);
        if (known.isPresent()) {
            return known.get();
        }
        return keys.stream()
                .map(shaByKey::get)
                .filter(Objects::nonNull)
                .map(bySha::get)
                .flatMap(c -> c.times().stream())
                .map(IndexTimes::indexedAt)
                .min(Instant::compareTo)
                .map(first -> IndexTimes.first(first).changedAt(at))
                .orElseGet(() -> IndexTimes.first(at));
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
