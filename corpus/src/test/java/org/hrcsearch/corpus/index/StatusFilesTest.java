package org.hrcsearch.corpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status files as the indexer and the server share them: their JSON, and files written before the records. */
class StatusFilesTest {

    private static final Instant STARTED = Instant.parse("2026-11-27T23:45:12.345Z");
    private static final Instant LATER = Instant.parse("2026-11-27T23:45:43.545Z");
    private static final long DEAD_PID = Long.MAX_VALUE;

    @TempDir
    Path dir;

    private StatusFiles files() {
        return new StatusFiles(new IndexFolder(dir));
    }

    @Test
    void progressIsWrittenInTheReportsFolderAsOneLineOfJson() throws Exception {
        files().writeProgress(new RunInProgress(
                RunState.RUNNING, 4242, STARTED, "index corpus", "extracting", 120, 346, 1, 8.14, 28, LATER));
        assertThat(Files.readString(dir.resolve("reports/progress.json")))
                .isEqualTo("{\"state\":\"running\",\"pid\":4242,\"started\":\"2026-11-27T23:45:12.345Z\","
                        + "\"command\":\"index corpus\",\"phase\":\"extracting\",\"done\":120,\"total\":346,"
                        + "\"failed\":1,\"files_per_second\":8.1,\"eta_seconds\":28,"
                        + "\"updated\":\"2026-11-27T23:45:43.545Z\"}\n");
    }

    @Test
    void aProgressFileOfADeadProcessIsReadButNotRunning() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(
                dir.resolve("reports/progress.json"),
                "{\"state\":\"running\",\"pid\":" + DEAD_PID
                        + ",\"started\":\"2026-11-27T23:45:12Z\",\"command\":\"c\","
                        + "\"phase\":\"extracting\",\"done\":1,\"total\":2,\"failed\":0,\"files_per_second\":0.0,"
                        + "\"eta_seconds\":-1,\"updated\":\"2026-11-27T23:45:13Z\"}\n");
        assertThat(files().progress()).hasValueSatisfying(p -> {
            assertThat(p.phase()).isEqualTo("extracting");
            assertThat(p.started()).isEqualTo(Instant.parse("2026-11-27T23:45:12Z"));
        });
        assertThat(files().running()).isEmpty();
    }

    @Test
    void theProgressOfThisProcessIsRunning() throws Exception {
        long pid = ProcessHandle.current().pid();
        files().writeProgress(
                        new RunInProgress(RunState.RUNNING, pid, STARTED, "c", "starting", 0, 0, 0, 0, -1, STARTED));
        assertThat(files().running())
                .hasValueSatisfying(p -> assertThat(p.pid()).isEqualTo(pid));
    }

    @Test
    void aConcludedRunReplacesTheProgress() throws Exception {
        files().writeProgress(
                        new RunInProgress(RunState.RUNNING, 4242, STARTED, "c", "committing", 2, 2, 1, 1, 0, LATER));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("indexed", 1);
        counts.put("failed_parse", 1);
        files().writeLastRun(RunSummary.concluded(
                RunState.COMMITTED,
                4242,
                STARTED,
                LATER,
                "c",
                1,
                counts,
                List.of(new RunSummary.Failure("b.pdf", "failed_parse", "bad xref")),
                "/i/reports/r.jsonl",
                "Committed."));
        assertThat(Files.exists(dir.resolve("reports/progress.json"))).isFalse();
        assertThat(Files.readString(dir.resolve("reports/last-run.json")))
                .isEqualTo("{\"state\":\"committed\",\"pid\":4242,\"started\":\"2026-11-27T23:45:12.345Z\","
                        + "\"finished\":\"2026-11-27T23:45:43.545Z\",\"seconds\":31.2,\"command\":\"c\","
                        + "\"documents\":1,\"counts\":{\"indexed\":1,\"failed_parse\":1},"
                        + "\"failures\":[{\"path\":\"b.pdf\",\"outcome\":\"failed_parse\",\"reason\":\"bad xref\"}],"
                        + "\"report\":\"/i/reports/r.jsonl\",\"message\":\"Committed.\"}\n");
        assertThat(files().lastRun()).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(RunState.COMMITTED);
            assertThat(s.counts()).containsExactly(Map.entry("indexed", 1), Map.entry("failed_parse", 1));
        });
    }

    @Test
    void whatARunSpentOnTheCouncilsActionsIsWrittenAndReadBack() throws Exception {
        files().writeLastRun(RunSummary.concluded(
                        RunState.COMMITTED, 4242, STARTED, LATER, "c", 3, Map.of(), List.of(), "/r.jsonl", "Committed.")
                .withActions(new RunSummary.ActionCost(3, 0.61, 171, 0.93)));
        assertThat(Files.readString(dir.resolve("reports/last-run.json")))
                .contains(",\"actions\":{\"reports\":3,\"extraction_cpu_seconds\":0.61,\"printed_texts\":171,"
                        + "\"printed_texts_cpu_seconds\":0.93}}");
        RunSummary.ActionCost read = files().lastRun().orElseThrow().actions();
        assertThat(read).isEqualTo(new RunSummary.ActionCost(3, 0.61, 171, 0.93));
        assertThat(read.cpuSeconds()).isEqualTo(1.54, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anInterruptedRunSaysWhereItWasAndThatNothingWasCommitted() throws Exception {
        RunInProgress last =
                new RunInProgress(RunState.RUNNING, 4242, STARTED, "c", "extracting", 1, 9, 0, 1, 8, STARTED);
        files().writeLastRun(RunSummary.interrupted(last, LATER, "the server stopped"));
        assertThat(Files.readString(dir.resolve("reports/last-run.json")))
                .isEqualTo("{\"state\":\"failed\",\"reason\":\"interrupted\",\"pid\":4242,"
                        + "\"started\":\"2026-11-27T23:45:12.345Z\",\"finished\":\"2026-11-27T23:45:43.545Z\","
                        + "\"command\":\"c\",\"phase\":\"extracting\",\"message\":\"interrupted: the server stopped;"
                        + " nothing was committed, the index keeps its last commit\"}\n");
        assertThat(files().lastRun().orElseThrow().reason()).isEqualTo(RunSummary.Reason.INTERRUPTED);
    }

    @Test
    void aSummaryAsTheIndexerWroteItBeforeTheRecordsIsRead() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(
                dir.resolve("reports/last-run.json"),
                "{\"state\":\"unchanged\",\"pid\":7,\"started\":\"2026-11-27T23:45:12.345Z\","
                        + "\"finished\":\"2026-11-27T23:45:13Z\",\"seconds\":0.7,\"command\":\"c\",\"documents\":346,"
                        + "\"counts\":{\"unchanged\":346},\"failures\":[{\"reason\":\"r\",\"outcome\":\"failed_read\","
                        + "\"path\":\"p\"}],\"report\":\"r.jsonl\",\"message\":\"Nothing changed.\"}\n");
        RunSummary s = files().lastRun().orElseThrow();
        assertThat(s.state()).isEqualTo(RunState.UNCHANGED);
        assertThat(s.documents()).isEqualTo(346);
        assertThat(s.failures()).containsExactly(new RunSummary.Failure("p", "failed_read", "r"));
    }

    @Test
    void aBrokenOrMissingFileReadsAsNothing() throws Exception {
        assertThat(files().lastRun()).isEmpty();
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/last-run.json"), "{\"state\":");
        assertThat(files().lastRun()).isEmpty();
    }

    @Test
    void theOwnerOfARunNamesTheServerAndTheIndexer() throws Exception {
        files().writeOwner(new ReindexOwner(4100, 4242, STARTED));
        assertThat(Files.readString(dir.resolve("reports/reindex-owner.json")))
                .isEqualTo("{\"server_pid\":4100,\"indexer_pid\":4242,\"started\":\"2026-11-27T23:45:12.345Z\"}\n");
        assertThat(files().owner()).contains(new ReindexOwner(4100, 4242, STARTED));
        files().deleteOwner();
        assertThat(files().owner()).isEmpty();
    }
}
