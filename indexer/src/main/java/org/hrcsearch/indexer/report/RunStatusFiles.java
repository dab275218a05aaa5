package org.hrcsearch.indexer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two status files of a {@link ReportFolder}, which tell others (a server, a second run, a user with
 * {@code cat}) what the indexer is doing:
 *
 * <ul>
 *   <li>{@code progress.json} while a run goes: {@code {"state":"running","pid":4242,"started":"…",
 *       "command":"…","phase":"extracting","done":120,"total":346,"failed":1,"files_per_second":8.1,
 *       "eta_seconds":28,"updated":"…"}}; deleted when the run ends, left behind by a run that was killed (its
 *       pid is then dead);
 *   <li>{@code last-run.json} when a run ends: {@code {"state":"committed","started":"…","finished":"…",
 *       "seconds":31.2,"documents":346,"counts":{"indexed":343,…},"failures":[…],"report":"…","message":"…"}}.
 * </ul>
 */
public final class RunStatusFiles {

    private final ReportFolder folder;
    private final long pid = ProcessHandle.current().pid();
    private final Instant started;
    private final String command;

    public RunStatusFiles(ReportFolder folder, Instant started, String command) {
        this.folder = folder;
        this.started = started;
        this.command = command;
    }

    public void progress(RunProgress.Snapshot s) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", "running");
        m.put("pid", pid);
        m.put("started", started.toString());
        m.put("command", command);
        m.put("phase", s.phase());
        m.put("done", s.done());
        m.put("total", s.total());
        m.put("failed", s.failed());
        m.put("files_per_second", Math.round(s.filesPerSecond() * 10) / 10.0);
        m.put("eta_seconds", s.etaSeconds());
        m.put("updated", Instant.now().toString());
        ReportFolder.writeAtomically(folder.progressFile(), bytes(m));
    }

    /** Writes {@code last-run.json} and removes {@code progress.json}. */
    public void finished(IndexingReport report, RunConclusion conclusion, Optional<java.nio.file.Path> reportFile)
            throws IOException {
        Instant now = Instant.now();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", conclusion.state().key());
        m.put("pid", pid);
        m.put("started", started.toString());
        m.put("finished", now.toString());
        m.put("seconds", (now.toEpochMilli() - started.toEpochMilli()) / 1000.0);
        m.put("command", command);
        m.put("documents", conclusion.documents());
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.counts().forEach((o, n) -> {
            if (n > 0) {
                counts.put(o.key(), n);
            }
        });
        m.put("counts", counts);
        List<Map<String, String>> failures = report.failures().stream()
                .limit(100)
                .map(f -> Map.of("path", f.path(), "outcome", f.outcome().key(), "reason", f.reason()))
                .toList();
        m.put("failures", failures);
        m.put("report", reportFile.map(Object::toString).orElse(null));
        m.put("message", conclusion.message());
        ReportFolder.writeAtomically(folder.lastRunFile(), bytes(m));
        Files.deleteIfExists(folder.progressFile());
    }

    private static byte[] bytes(Map<String, Object> m) {
        return (JsonText.of(m) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Who holds the index, as the progress file of the running indexer says, e.g.
     * {@code pid 4242, started 2026-11-27T23:45:12Z, extracting 120/346 files}; empty when unknown.
     */
    public static Optional<String> describeRunningIndexer(ReportFolder folder) {
        try {
            JsonNode p = new ObjectMapper().readTree(folder.progressFile().toFile()); // only when a run is refused
            long otherPid = p.path("pid").asLong(-1);
            boolean alive =
                    ProcessHandle.of(otherPid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                return Optional.empty();
            }
            return Optional.of(
                    "pid " + otherPid + ", started " + p.path("started").asText("?")
                            + ", " + p.path("phase").asText("?") + " "
                            + p.path("done").asInt() + "/" + p.path("total").asInt()
                            + " files: " + p.path("command").asText(""));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
