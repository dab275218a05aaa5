package org.hrcsearch.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which deleted contents a run keeps while the new bytes at their paths fail. */
class HeldVersionsTest {

    private static final String OLD = "a".repeat(64);
    private static final String NEW = "b".repeat(64);
    private static final Predicate<PathStamp> CSV = p -> p.displayPath().endsWith(".votes.csv");

    private static SourceEntry entry(String name, long size) {
        return new SourceEntry("/corpus/" + name, name, size, 1);
    }

    private static IndexedState.IndexedContent indexed(String name) {
        return new IndexedState.IndexedContent(OLD, List.of(entry(name, 10).stamp()));
    }

    /** The index holds {@code name} as OLD; the corpus holds it as NEW (or not at all). */
    private static ChangePlan plan(String name, boolean stillThere, boolean written) {
        IndexedState state = new IndexedState(List.of(indexed(name)));
        List<SourceEntry> current = stillThere && written ? List.of(entry(name, 20)) : List.of();
        Map<String, String> hashes = stillThere && written ? Map.of("/corpus/" + name, NEW) : Map.of();
        return new ChangeDetector(state).plan(current, hashes, false);
    }

    @Test
    void aVotesFileWrittenAgainIsDeletedOnlyIfItsNewVersionBuilt() {
        HeldVersions held = HeldVersions.of(plan("s.votes.csv", true, true), Set.of(), CSV);

        assertThat(held.now()).isEmpty();
        assertThat(held.ifRebuilt()).containsExactly(indexed("s.votes.csv"));
        assertThat(held.rebuilt(Map.of("/corpus/s.votes.csv", false))).isEmpty();
        assertThat(held.rebuilt(Map.of("/corpus/s.votes.csv", true))).containsExactly(indexed("s.votes.csv"));
    }

    @Test
    void aVotesFileThatFailedUnchangedKeepsItsVersionAndHasNotVanished() {
        HeldVersions held = HeldVersions.of(plan("s.votes.csv", true, false), Set.of("/corpus/s.votes.csv"), CSV);

        assertThat(held.kept()).containsExactly(indexed("s.votes.csv"));
        assertThat(held.now()).isEmpty();
        assertThat(held.vanished()).isEmpty();
    }

    @Test
    void aVotesFileThatIsGoneAndAnyOtherFileAreDeletedAtOnce() {
        assertThat(HeldVersions.of(plan("s.votes.csv", false, false), Set.of(), CSV)
                        .now())
                .containsExactly(indexed("s.votes.csv"));
        assertThat(HeldVersions.of(plan("r.pdf", true, true), Set.of(), CSV).now())
                .containsExactly(indexed("r.pdf"));
    }
}
