package org.hrcsearch.indexer.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which documents a run deletes, when some files keep their previous version while their new bytes fail: a votes
 * file edited by hand and saved with one bad row must not take its votes out of the index until it is fixed. Of the
 * contents a {@link ChangePlan} deletes, one whose every path is such a file ({@code holds}) is
 *
 * <ul>
 *   <li>kept, when each of its paths is a file that failed unchanged since an earlier run;
 *   <li>deleted only once the write phase built the new bytes at one of its paths, when they are written this run;
 *   <li>deleted at once otherwise (its file is gone, or it is a file of another kind).
 * </ul>
 *
 * Pure: the run deletes what it is told. A {@code --full} run rebuilds everything from the files as they are.
 *
 * @param now deleted before the write phase, as every deletion was
 * @param ifRebuilt deleted after the write phase if a new version at one of its paths was built, else kept
 * @param kept stay in the index as they are
 * @param vanished the plan's vanished paths, without those of the contents that stay
 */
public record HeldVersions(
        List<IndexedState.IndexedContent> now,
        List<IndexedState.IndexedContent> ifRebuilt,
        List<IndexedState.IndexedContent> kept,
        List<PathStamp> vanished) {

    public HeldVersions {
        now = List.copyOf(now);
        ifRebuilt = List.copyOf(ifRebuilt);
        kept = List.copyOf(kept);
        vanished = List.copyOf(vanished);
    }

    /**
     * @param failing the keys of the files that failed unchanged since an earlier run (they are listed, not written)
     * @param holds which paths keep their previous version while their new bytes fail
     */
    public static HeldVersions of(ChangePlan plan, Set<String> failing, Predicate<PathStamp> holds) {
        Set<String> written = plan.written().stream()
                .flatMap(g -> g.copies().stream())
                .map(SourceEntry::key)
                .collect(Collectors.toSet());
        List<IndexedState.IndexedContent> now = new ArrayList<>();
        List<IndexedState.IndexedContent> ifRebuilt = new ArrayList<>();
        List<IndexedState.IndexedContent> kept = new ArrayList<>();
        for (IndexedState.IndexedContent c : plan.deleted()) {
            boolean held = c.paths().stream().allMatch(holds);
            if (held && c.paths().stream().allMatch(p -> failing.contains(p.key()))) {
                kept.add(c);
            } else if (held
                    && c.paths().stream().allMatch(p -> failing.contains(p.key()) || written.contains(p.key()))) {
                ifRebuilt.add(c);
            } else {
                now.add(c);
            }
        }
        Set<String> staying = new HashSet<>();
        kept.forEach(c -> c.paths().forEach(p -> staying.add(p.key())));
        List<PathStamp> vanished =
                plan.vanished().stream().filter(p -> !staying.contains(p.key())).toList();
        return new HeldVersions(now, ifRebuilt, kept, vanished);
    }

    /**
     * Of {@link #ifRebuilt}, those to delete now that the write phase is over: a new version at one of their paths
     * was built. The others stay.
     *
     * @param builtByKey for each key of the plan's written groups, whether its group's document was built
     */
    public List<IndexedState.IndexedContent> rebuilt(Map<String, Boolean> builtByKey) {
        return ifRebuilt.stream()
                .filter(c -> c.paths().stream().anyMatch(p -> builtByKey.getOrDefault(p.key(), false)))
                .toList();
    }

    /** The number of documents this run deletes, once {@code rebuilt} are known. */
    public int deletedCount(Collection<IndexedState.IndexedContent> rebuilt) {
        return now.size() + rebuilt.size();
    }
}
