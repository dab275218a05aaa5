package org.hrcsearch.indexer.source;

import java.util.List;
import java.util.Objects;

/**
 * What a run must do to bring the index in line with the corpus, e.g. "write 3 new contents, restamp 1 touched
 * file, delete 2 documents whose files vanished, leave 340 alone".
 *
 * @param unchanged contents indexed exactly as they are: nothing to do
 * @param restamped contents indexed at the same paths, some with a new modification time but the same bytes: only
 *     their stamps are rewritten
 * @param written contents to extract and (re)index: new bytes, or known bytes at a different set of paths
 * @param deleted documents whose content is nowhere in the corpus any more
 * @param vanished paths the index knew that are gone (their document is deleted or rewritten without them)
 */
public record ChangePlan(
        List<ContentGroup> unchanged,
        List<ContentGroup> restamped,
        List<ContentGroup> written,
        List<IndexedState.IndexedContent> deleted,
        List<PathStamp> vanished) {

    /** Byte-identical entries of the corpus, which make one document; sorted by display path. */
    public record ContentGroup(String sha256, List<SourceEntry> copies) {
        public ContentGroup {
            Objects.requireNonNull(sha256, "sha256");
            copies = List.copyOf(copies);
            if (copies.isEmpty()) {
                throw new IllegalArgumentException("a content group has at least one copy");
            }
        }

        public String documentId() {
            return sha256.substring(0, 16);
        }

        public SourceEntry first() {
            return copies.getFirst();
        }
    }

    public ChangePlan {
        unchanged = List.copyOf(unchanged);
        restamped = List.copyOf(restamped);
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
        vanished = List.copyOf(vanished);
    }

    /** True when the run has nothing to change in the index. */
    public boolean isEmpty() {
        return restamped.isEmpty() && written.isEmpty() && deleted.isEmpty();
    }

    /** How many entries (paths) the written contents cover: the work a progress bar counts. */
    public int writtenEntries() {
        return written.stream().mapToInt(g -> g.copies().size()).sum();
    }
}
