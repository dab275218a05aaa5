package org.hrcsearch.indexer.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the corpus with what the index holds and says what a run must do ({@link ChangePlan}). Pure: the caller
 * lists the corpus and hashes what {@link IndexedState#unchangedHash} does not already know.
 *
 * <ul>
 *   <li>same bytes at the same paths, same sizes and times: unchanged, skipped;
 *   <li>same bytes at the same paths, a time changed (a file touched or copied over with itself): restamped;
 *   <li>new bytes, or known bytes found at a different set of paths: written (extracted and indexed again);
 *   <li>a document whose bytes are nowhere any more: deleted.
 * </ul>
 *
 * Byte-identical entries are one document listing every path.
 */
public final class ChangeDetector {

    private final IndexedState previous;

    public ChangeDetector(IndexedState previous) {
        this.previous = previous;
    }

    /**
     * Plans the run.
     *
     * @param current every entry of the corpus that could be hashed
     * @param sha256ByKey the content hash of every entry of {@code current}
     * @param rebuild true to write every content whatever the index holds ({@code --full})
     */
    public ChangePlan plan(List<SourceEntry> current, Map<String, String> sha256ByKey, boolean rebuild) {
        Map<String, List<SourceEntry>> bySha = new LinkedHashMap<>();
        for (SourceEntry e : current) {
            String sha = sha256ByKey.get(e.key());
            if (sha == null) {
                throw new IllegalArgumentException("no hash for " + e.key());
            }
            bySha.computeIfAbsent(sha, s -> new ArrayList<>()).add(e);
        }
        List<ChangePlan.ContentGroup> unchanged = new ArrayList<>();
        List<ChangePlan.ContentGroup> restamped = new ArrayList<>();
        List<ChangePlan.ContentGroup> written = new ArrayList<>();
        for (Map.Entry<String, List<SourceEntry>> e : bySha.entrySet()) {
            List<SourceEntry> copies = new ArrayList<>(e.getValue());
            copies.sort(Comparator.comparing(SourceEntry::displayPath).thenComparing(SourceEntry::key));
            ChangePlan.ContentGroup group = new ChangePlan.ContentGroup(e.getKey(), copies);
            var indexed = previous.content(e.getKey());
            if (rebuild || indexed.isEmpty() || !sameKeys(indexed.get().paths(), copies)) {
                written.add(group);
            } else if (sameStamps(indexed.get().paths(), copies)) {
                unchanged.add(group);
            } else {
                restamped.add(group);
            }
        }
        Set<String> currentKeys = new HashSet<>();
        current.forEach(e -> currentKeys.add(e.key()));
        List<IndexedState.IndexedContent> deleted = new ArrayList<>();
        List<PathStamp> vanished = new ArrayList<>();
        for (IndexedState.IndexedContent c : previous.contents()) {
            if (!bySha.containsKey(c.sha256())) {
                deleted.add(c);
            }
            c.paths().stream().filter(p -> !currentKeys.contains(p.key())).forEach(vanished::add);
        }
        deleted.sort(Comparator.comparing(IndexedState.IndexedContent::sha256));
        vanished.sort(Comparator.comparing(PathStamp::displayPath));
        return new ChangePlan(unchanged, restamped, written, deleted, vanished);
    }

    private static boolean sameKeys(List<PathStamp> indexed, List<SourceEntry> copies) {
        Set<String> a = new HashSet<>();
        indexed.forEach(p -> a.add(p.key()));
        Set<String> b = new HashSet<>();
        copies.forEach(c -> b.add(c.key()));
        return a.equals(b);
    }

    private static boolean sameStamps(List<PathStamp> indexed, List<SourceEntry> copies) {
        return copies.stream().allMatch(c -> indexed.stream().anyMatch(p -> p.matches(c)));
    }
}
