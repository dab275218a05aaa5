package org.hrcsearch.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a run does with each file, given what the index holds. */
class ChangeDetectorTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);

    private static SourceEntry entry(String name, long size, long mtime) {
        return new SourceEntry("/corpus/" + name, name, size, mtime);
    }

    private static PathStamp stamp(String name, long size, long mtime) {
        return entry(name, size, mtime).stamp();
    }

    private static IndexedState index(IndexedState.IndexedContent... contents) {
        return new IndexedState(List.of(contents));
    }

    private static IndexedState.IndexedContent content(String sha, PathStamp... paths) {
        return new IndexedState.IndexedContent(sha, List.of(paths));
    }

    private static Map<String, String> hashes(Object... keyAndSha) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keyAndSha.length; i += 2) {
            m.put("/corpus/" + keyAndSha[i], (String) keyAndSha[i + 1]);
        }
        return m;
    }

    private static List<String> shas(List<ChangePlan.ContentGroup> groups) {
        return groups.stream().map(ChangePlan.ContentGroup::sha256).toList();
    }

    @Test
    void aFileWithTheSameSizeAndTimeIsKnownWithoutReadingIt() {
        IndexedState state = index(content(A, stamp("r.pdf", 100, 5)));
        assertThat(state.unchangedHash(entry("r.pdf", 100, 5))).contains(A);
        assertThat(state.unchangedHash(entry("r.pdf", 100, 6))).as("touched").isEmpty();
        assertThat(state.unchangedHash(entry("r.pdf", 101, 5))).as("resized").isEmpty();
        assertThat(state.unchangedHash(entry("new.pdf", 100, 5))).isEmpty();
    }

    @Test
    void unchangedFilesAreSkipped() {
        IndexedState state = index(content(A, stamp("r.pdf", 100, 5)));
        ChangePlan plan = new ChangeDetector(state).plan(List.of(entry("r.pdf", 100, 5)), hashes("r.pdf", A), false);
        assertThat(shas(plan.unchanged())).containsExactly(A);
        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void aTouchedFileWithTheSameBytesIsOnlyRestamped() {
        IndexedState state = index(content(A, stamp("r.pdf", 100, 5)));
        ChangePlan plan = new ChangeDetector(state).plan(List.of(entry("r.pdf", 100, 9)), hashes("r.pdf", A), false);
        assertThat(shas(plan.restamped())).containsExactly(A);
        assertThat(plan.written()).isEmpty();
        assertThat(plan.deleted()).isEmpty();
    }

    @Test
    void aChangedFileIsWrittenAndItsOldContentDeleted() {
        IndexedState state = index(content(A, stamp("r.pdf", 100, 5)));
        ChangePlan plan = new ChangeDetector(state).plan(List.of(entry("r.pdf", 120, 9)), hashes("r.pdf", B), false);
        assertThat(shas(plan.written())).containsExactly(B);
        assertThat(plan.deleted())
                .extracting(IndexedState.IndexedContent::sha256)
                .containsExactly(A);
        assertThat(plan.vanished()).isEmpty();
    }

    @Test
    void aVanishedFileDeletesItsDocument() {
        IndexedState state = index(content(A, stamp("gone.pdf", 100, 5)), content(B, stamp("kept.pdf", 7, 7)));
        ChangePlan plan =
                new ChangeDetector(state).plan(List.of(entry("kept.pdf", 7, 7)), hashes("kept.pdf", B), false);
        assertThat(plan.deleted())
                .extracting(IndexedState.IndexedContent::sha256)
                .containsExactly(A);
        assertThat(plan.vanished()).extracting(PathStamp::displayPath).containsExactly("gone.pdf");
        assertThat(shas(plan.unchanged())).containsExactly(B);
    }

    @Test
    void identicalBytesAtSeveralPathsAreOneDocumentListingEveryPath() {
        ChangePlan plan = new ChangeDetector(IndexedState.empty())
                .plan(
                        List.of(entry("guinea2014.pdf", 9, 1), entry("guinea2010.pdf", 9, 2), entry("other.pdf", 3, 3)),
                        hashes("guinea2014.pdf", A, "guinea2010.pdf", A, "other.pdf", B),
                        false);
        assertThat(plan.written()).hasSize(2);
        ChangePlan.ContentGroup guinea = plan.written().stream()
                .filter(g -> g.sha256().equals(A))
                .findFirst()
                .orElseThrow();
        assertThat(guinea.copies())
                .extracting(SourceEntry::displayPath)
                .containsExactly("guinea2010.pdf", "guinea2014.pdf");
    }

    @Test
    void aNewCopyOfKnownBytesRewritesTheDocumentWithBothPaths() {
        IndexedState state = index(content(A, stamp("a.pdf", 9, 1)));
        ChangePlan plan = new ChangeDetector(state)
                .plan(
                        List.of(entry("a.pdf", 9, 1), entry("copy-of-a.pdf", 9, 4)),
                        hashes("a.pdf", A, "copy-of-a.pdf", A),
                        false);
        assertThat(plan.written())
                .singleElement()
                .satisfies(g -> assertThat(g.copies())
                        .extracting(SourceEntry::displayPath)
                        .containsExactly("a.pdf", "copy-of-a.pdf"));
        assertThat(plan.deleted()).isEmpty();
    }

    @Test
    void oneOfTwoCopiesVanishingRewritesTheDocumentWithTheOtherPath() {
        IndexedState state = index(content(A, stamp("a.pdf", 9, 1), stamp("b.pdf", 9, 1)));
        ChangePlan plan = new ChangeDetector(state).plan(List.of(entry("b.pdf", 9, 1)), hashes("b.pdf", A), false);
        assertThat(plan.written())
                .singleElement()
                .satisfies(g -> assertThat(g.copies())
                        .extracting(SourceEntry::displayPath)
                        .containsExactly("b.pdf"));
        assertThat(plan.deleted()).isEmpty();
        assertThat(plan.vanished()).extracting(PathStamp::displayPath).containsExactly("a.pdf");
    }

    @Test
    void aMovedFileIsWrittenAtItsNewPath() {
        IndexedState state = index(content(A, stamp("old/r.pdf", 9, 1)));
        ChangePlan plan =
                new ChangeDetector(state).plan(List.of(entry("new/r.pdf", 9, 1)), hashes("new/r.pdf", A), false);
        assertThat(plan.written())
                .singleElement()
                .satisfies(g -> assertThat(g.first().displayPath()).isEqualTo("new/r.pdf"));
        assertThat(plan.deleted()).isEmpty();
        assertThat(plan.vanished()).extracting(PathStamp::displayPath).containsExactly("old/r.pdf");
    }

    @Test
    void aRebuildWritesEverything() {
        IndexedState state = index(content(A, stamp("r.pdf", 100, 5)), content(C, stamp("gone.pdf", 1, 1)));
        ChangePlan plan = new ChangeDetector(state).plan(List.of(entry("r.pdf", 100, 5)), hashes("r.pdf", A), true);
        assertThat(shas(plan.written())).containsExactly(A);
        assertThat(plan.unchanged()).isEmpty();
        assertThat(plan.deleted())
                .extracting(IndexedState.IndexedContent::sha256)
                .containsExactly(C);
    }
}
