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
 * What {@code reindex-owner.json} says while a run that a server started goes, e.g. {@code {"server_pid":4100,
 * "indexer_pid":4242,"started":"2026-11-27T23:45:12Z"}}: a server that finds it naming a dead server stops the
 * orphan run.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReindexOwner(
        long serverPid,
        long indexerPid,

        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = InstantText.class)
        Instant started) {
    public ReindexOwner {
        Objects.requireNonNull(started, "started");
    }
}
