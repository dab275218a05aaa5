package org.hrcsearch.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.corpus.index.IndexFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports of an index's runs, in the order the runs were made, also for runs started in the same second. */
class ReportFolderTest {

    private static final Instant SECOND = Instant.parse("2026-12-07T16:40:08.120Z");

    @TempDir
    Path index;

    private ReportFolder folder() throws IOException {
        ReportFolder folder = new ReportFolder(new IndexFolder(index));
        Files.createDirectories(folder.dir());
        return folder;
    }

    /** What a run does with its report: names it at its start, then writes it and its workers' log. */
    private static Path run(ReportFolder folder, Instant start) throws IOException {
        Path report = folder.newReportFile(start);
        Files.writeString(report, "{\"path\":\"a.txt\",\"outcome\":\"indexed\"}\n");
        Files.writeString(ReportFolder.workerLogFor(report), "worker 1 started\n");
        return report;
    }

    @Test
    void twoRunsStartedInTheSameSecondAreListedInRunOrderAndTheSecondIsTheNewest() throws Exception {
        ReportFolder folder = folder();
        Path first = run(folder, SECOND);
        Path second = run(folder, SECOND.plusMillis(700));

        assertThat(second).isNotEqualTo(first);
        assertThat(first.getFileName()).hasToString("20261207T164008Z.jsonl");
        assertThat(folder.reportsInRunOrder()).containsExactly(first, second);
        assertThat(folder.newestReport()).contains(second);
    }

    @Test
    void runsOfOneSecondStayInOrderPastTheNinth() throws Exception {
        ReportFolder folder = folder();
        Path before = run(folder, SECOND.minusSeconds(1));
        List<Path> runs = new ArrayList<>(List.of(before));
        for (int i = 0; i < 11; i++) {
            runs.add(run(folder, SECOND));
        }
        Path after = run(folder, SECOND.plusSeconds(1));
        runs.add(after);

        assertThat(folder.reportsInRunOrder()).containsExactlyElementsOf(runs);
        assertThat(folder.newestReport()).contains(after);
    }

    @Test
    void pruneDeletesTheOldestRunsEvenWhenTheNewestStartedInTheSameSecond() throws Exception {
        ReportFolder folder = folder();
        List<Path> runs = new ArrayList<>();
        runs.add(run(folder, SECOND.minusSeconds(60)));
        for (int i = 0; i < ReportFolder.KEEP_RUNS + 1; i++) {
            runs.add(run(folder, SECOND));
        }

        folder.prune();

        List<Path> kept = runs.subList(runs.size() - ReportFolder.KEEP_RUNS, runs.size());
        assertThat(folder.reportsInRunOrder()).containsExactlyElementsOf(kept);
        for (Path gone : runs.subList(0, 2)) {
            assertThat(gone).doesNotExist();
            assertThat(ReportFolder.workerLogFor(gone)).doesNotExist();
        }
        for (Path report : kept) {
            assertThat(ReportFolder.workerLogFor(report)).exists();
        }

        // the first name of that second is free again, but a run after the kept ones must still come last
        Path next = run(folder, SECOND);
        assertThat(folder.newestReport()).contains(next);
    }

    @Test
    void pruneLeavesFilesTheIndexerDidNotName() throws Exception {
        ReportFolder folder = folder();
        Path notes = Files.writeString(folder.dir().resolve("my-notes.jsonl"), "{}\n");
        for (int i = 0; i < ReportFolder.KEEP_RUNS + 3; i++) {
            run(folder, SECOND.plusSeconds(i));
        }
        folder.prune();
        assertThat(folder.reportsInRunOrder()).hasSize(ReportFolder.KEEP_RUNS);
        assertThat(notes).exists();
    }

    @Test
    void aFolderWithoutReportsHasNoNewest() throws Exception {
        ReportFolder folder = new ReportFolder(new IndexFolder(index.resolve("never-built")));
        assertThat(folder.reportsInRunOrder()).isEmpty();
        assertThat(folder.newestReport()).isEmpty();
        assertThat(folder.newReportFile(SECOND).getFileName()).hasToString("20261207T164008Z.jsonl");
    }
}
