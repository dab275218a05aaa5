package org.hrcsearch.corpus.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code last-run.json} says once an indexer run has ended. The indexer writes it when it concludes, e.g.
 * {@code {"state":"committed","pid":4242,"started":"…","finished":"…","seconds":31.2,"command":"…",
 * "documents":346,"counts":{"indexed":343,…},"failures":[{"path":"…","outcome":"failed_parse","reason":"…"}],
 * "report":"…","message":"…"}}; the server writes it for a run that could not, e.g. {@code {"state":"failed",
 * "reason":"interrupted","pid":4242,"started":"…","finished":"…","command":"…","phase":"extracting",
 * "message":"interrupted: …"}}. What a kind of summary lacks is null, and left out of the file.
 *
 * @param reason why a {@link RunState#FAILED} run failed when the indexer could not say it itself; else null
 * @param seconds how long the run took; null when interrupted
 * @param phase where an interrupted run was; else null
 * @param documents the documents a reader of the index sees after the run; null when interrupted
 * @param counts files per outcome, e.g. {@code indexed=343}, in the indexer's order; null when interrupted
 * @param failures the first failures; null when interrupted
 * @param report the run's JSON-lines report; null when interrupted
 * @param message one sentence for the user
 * @param actions the CPU the run spent on the Council's actions, when it read a session report; else null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true) // a newer indexer may say more
public record RunSummary(
        RunState state,
        Reason reason,
        long pid,

        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = InstantText.class)
        Instant started,

        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = InstantText.class)
        Instant finished,

        Double seconds,
        String command,
        String phase,
        Integer documents,
        Map<String, Integer> counts,
        List<Failure> failures,
        String report,
        String message,
        ActionCost actions) {

    /** Failures a summary lists at most; the report has them all. */
    public static final int MAX_FAILURES = 100;

    public RunSummary {
        Objects.requireNonNull(state, "state");
        if (state == RunState.RUNNING) {
            throw new IllegalArgumentException("a run that is still running has no summary");
        }
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(message, "message");
        counts = counts == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        failures = failures == null ? null : List.copyOf(failures);
    }

    /** The summary of a run that concluded by itself, written by the indexer. */
    public static RunSummary concluded(
            RunState state,
            long pid,
            Instant started,
            Instant finished,
            String command,
            int documents,
            Map<String, Integer> counts,
            List<Failure> failures,
            String report,
            String message) {
        return new RunSummary(
                state,
                null,
                pid,
                started,
                finished,
                (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0,
                command,
                null,
                documents,
                counts,
                failures.stream().limit(MAX_FAILURES).toList(),
                report,
                message,
                null);
    }

    /** This summary with what the run spent on the Council's actions (null: it read no session report). */
    public RunSummary withActions(ActionCost cost) {
        return new RunSummary(
                state, reason, pid, started, finished, seconds, command, phase, documents, counts, failures, report,
                message, cost);
    }

    /**
     * The summary of a run that ended without concluding (killed, or stopped with the server that started it), from
     * its last progress: failed, nothing committed.
     */
    public static RunSummary interrupted(RunInProgress last, Instant finished, String why) {
        return new RunSummary(
                RunState.FAILED,
                Reason.INTERRUPTED,
                last.pid(),
                last.started(),
                finished,
                null,
                last.command(),
                last.phase(),
                null,
                null,
                null,
                null,
                Reason.INTERRUPTED.key() + ": " + why + "; nothing was committed, the index keeps its last commit",
                null);
    }

    /**
     * The CPU time a run spent on the Council's actions, on the threads that did the work, e.g. {@code {"reports":3,
     * "extraction_cpu_seconds":0.61,"printed_texts":171,"printed_texts_cpu_seconds":0.93}}: reading the actions out
     * of its session reports, and making a document of each text they print. The benchmark of indexing sets it
     * against the CPU of the whole run (issue 14: at most 5%); the compiler's and the collector's threads are not in
     * it.
     *
     * @param reports the session reports whose actions were read
     * @param extractionCpuSeconds reading them ({@code ActionExtractor})
     * @param printedTexts the documents of printed texts the index holds after the run
     * @param printedTextsCpuSeconds reading the reports' texts back and writing those documents (the flush of what
     *     was written before is not in it)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionCost(
            int reports, double extractionCpuSeconds, int printedTexts, double printedTextsCpuSeconds) {
        public ActionCost {
            if (reports < 0 || printedTexts < 0 || extractionCpuSeconds < 0 || printedTextsCpuSeconds < 0) {
                throw new IllegalArgumentException("counts and CPU times are not negative");
            }
        }

        /** Both parts together. */
        public double cpuSeconds() {
            return extractionCpuSeconds + printedTextsCpuSeconds;
        }
    }

    /** One file that failed, e.g. {@code g0917123.pdf failed_parse "Page tree root must be a dictionary"}. */
    public record Failure(String path, String outcome, String reason) {
        public Failure {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a run failed, when the indexer could not say it itself. */
    public enum Reason {
        /** The indexer's process ended before the run concluded: killed, or stopped with its server. */
        INTERRUPTED;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
