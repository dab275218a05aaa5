package org.hrcsearch.corpus.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.Objects;

/**
 * What {@code progress.json} says while an indexer run goes, e.g. {@code {"state":"running","pid":4242,
 * "started":"2026-11-27T23:45:12Z","command":"hrc index corpus --index index","phase":"extracting","done":120,
 * "total":346,"failed":1,"files_per_second":8.1,"eta_seconds":28,"updated":"2026-11-27T23:45:40Z"}}. A run that
 * was killed leaves its last one behind: its {@link #pid} is then dead.
 *
 * @param state always {@link RunState#RUNNING}
 * @param pid the indexer's process
 * @param command what the run was asked to do, for a person
 * @param phase what it does now, e.g. {@code extracting}
 * @param done files done in this phase, out of {@code total}
 * @param failed files of this phase that failed
 * @param filesPerSecond the rate so far, kept to one decimal
 * @param etaSeconds seconds to the phase's end at that rate, or -1 when there is no rate yet
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true) // a newer indexer may say more
public record RunInProgress(
        RunState state,
        long pid,

        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = InstantText.class)
        Instant started,

        String command,
        String phase,
        int done,
        int total,
        int failed,
        double filesPerSecond,
        long etaSeconds,

        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = InstantText.class)
        Instant updated) {

    public RunInProgress {
        if (state != RunState.RUNNING) {
            throw new IllegalArgumentException("a run in progress is " + RunState.RUNNING.key() + ", not " + state);
        }
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(updated, "updated");
        filesPerSecond = Math.round(filesPerSecond * 10) / 10.0;
    }

    /** Whether the process that wrote this is still alive (it is not when the run was killed). */
    public boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
