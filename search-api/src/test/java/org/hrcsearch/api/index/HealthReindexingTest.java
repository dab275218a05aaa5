package org.hrcsearch.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.signatory.SignatoryAliases;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.index.RunInProgress;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.index.StatusFiles;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.source.JsonlMapping;
import org.hrcsearch.indexer.source.JsonlSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health} says when an indexer is at work on the served index (started by the server or from the command
 * line: its progress file names a live process), so that the search page can tell users that results come from
 * the last commit until the run is done; a progress file left by a dead run does not count.
 */
class HealthReindexingTest {

    @TempDir
    Path tmp;

    @Test
    void healthSaysReindexingOnlyWhileTheRunsProcessIsAlive() throws Exception {
        Path index = tmp.resolve("index");
        Path records = Files.writeString(
                tmp.resolve("records.jsonl"),
                "{\"id\":\"a\",\"text\":\"Reprisals against defenders.\"}\n{\"id\":\"b\",\"text\":\"Water and sanitation.\"}\n");
        new IndexRun(new HrcSchema(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(IndexRun.Options.jsonl(
                                new JsonlSource.Input(records, JsonlMapping.parse("id=id,text=text")), index, 1)
                        .withProgress(ProgressDisplay.Mode.NONE));
        StatusFiles status = new StatusFiles(new IndexFolder(index));
        try (ApiServices services = ApiServices.over(
                IndexHandle.open(new HrcSchema(), index),
                SignatoryAliases.NONE,
                Vocabularies.bundled().concerns(),
                QueryLimits.DEFAULT,
                ApiServices.TIME_LIMIT,
                SearchApp.objectMapper())) {
            TestApi.run(SearchApp.create(services), api -> {
                assertThat(api.json("/health", 200).get("reindexing").asBoolean())
                        .as("no run")
                        .isFalse();

                status.writeProgress(progressOf(ProcessHandle.current().pid()));
                JsonNode running = api.json("/health", 200);
                assertThat(running.get("reindexing").asBoolean())
                        .as("a live run")
                        .isTrue();
                assertThat(running.get("documents").asInt())
                        .as("still the last commit")
                        .isEqualTo(2);

                Process dead = new ProcessBuilder("true").start();
                dead.waitFor();
                status.writeProgress(progressOf(dead.pid()));
                assertThat(api.json("/health", 200).get("reindexing").asBoolean())
                        .as("a dead run's file")
                        .isFalse();
            });
        }
    }

    private static RunInProgress progressOf(long pid) {
        Instant now = Instant.now();
        return new RunInProgress(RunState.RUNNING, pid, now, "index", "extracting", 1, 9, 0, 1, 8, now);
    }
}
