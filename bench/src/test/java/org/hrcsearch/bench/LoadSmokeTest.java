package org.hrcsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hrcsearch.api.ServeCommand;
import org.hrcsearch.testkit.ProjectPaths;
import org.hrcsearch.testkit.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hrc bench load}'s machinery for a few seconds, so that its Lua script and the reading of wrk's output
 * cannot rot: the bundled sample corpus served with one search slot and no queue, a run that stays within it
 * (every answer 200), an overload (503s, each with Retry-After) and abusive requests (refused with 4xx). Needs
 * wrk on the PATH (apt-get install wrk; CI installs it): without it the test fails and says so.
 */
class LoadSmokeTest {

    @TempDir
    Path work;

    @Test
    void wrkFiguresAreReadAndAnOverloadedServerSheds503sWithRetryAfter() throws Exception {
        Wrk wrk = new Wrk(work);
        Path index = work.resolve("index");
        int documents = BenchIndex.build(
                List.of(ProjectPaths.samplePdfs()),
                Optional.empty(),
                index,
                work,
                false,
                new PrintStream(OutputStream.nullOutputStream()));
        assertThat(documents).isPositive();

        try (ServerProcess server = ServerProcess.serving(ServeCommand.class, index)
                .jvmOptions(List.of("-Xmx128m", "-XX:+UseSerialGC"))
                .args(List.of("--max-concurrent", "1", "--max-queued", "0"))
                .log(work.resolve("server.log"))
                .start()) {
            Wrk.Result steady = wrk.run(server.base(), LoadMix.normal(), 1, 3);
            assertThat(steady.requests()).isPositive();
            assertThat(steady.seconds()).isBetween(1.0, 30.0);
            assertThat(steady.requestsPerSecond()).isPositive();
            assertThat(steady.p50Millis()).isPositive();
            assertThat(steady.p99Millis()).isGreaterThanOrEqualTo(steady.p50Millis());
            assertThat(steady.maxMillis()).isGreaterThanOrEqualTo(steady.p99Millis());
            assertThat(steady.ok()).as("one connection never exceeds one slot").isEqualTo(steady.requests());
            assertThat(steady.non2xx()).isZero();
            assertThat(steady.socketErrors()).isZero();

            Wrk.Result overload = wrk.run(server.base(), LoadMix.normal(), 32, 3);
            assertThat(overload.shed()).as("503s beyond the one slot").isPositive();
            assertThat(overload.shedWithoutRetryAfter()).isZero();
            assertThat(overload.ok()).as("some searches still admitted").isPositive();
            assertThat(overload.non2xx()).isEqualTo(overload.shed());
            assertThat(overload.ok() + overload.shed()).isEqualTo(overload.requests());

            Wrk.Result abusive = wrk.run(server.base(), LoadMix.abusive(), 1, 2);
            assertThat(abusive.clientErrors()).isPositive();
            assertThat(abusive.ok()).as("no abusive request is searched").isZero();
        }
    }

    @Test
    void theResultLineIsReadIntoNumbers() throws IOException {
        String output = """
        Running 3s test @ http://127.0.0.1:7202
          2 threads and 16 connections
        Requests/sec:    101.23
        HRC-RESULT {"requests": 300, "duration_us": 3000000, "connect_errors": 0, "read_errors": 1, \
        "write_errors": 0, "timeouts": 2, "non_2xx": 40, "p50_us": 12500, "p90_us": 30000, "p99_us": 81000, \
        "max_us": 99000, "ok": 260, "client_errors": 5, "shed": 35, "shed_without_retry_after": 0, \
        "server_errors": 0, "other": 0}
        """;
        Wrk.Result r = Wrk.parse(output);
        assertThat(r.requests()).isEqualTo(300);
        assertThat(r.requestsPerSecond()).isEqualTo(100.0);
        assertThat(r.p50Millis()).isEqualTo(12.5);
        assertThat(r.p99Millis()).isEqualTo(81.0);
        assertThat(r.socketErrors()).isEqualTo(3);
        assertThat(r.shed()).isEqualTo(35);
        assertThat(r.clientErrors()).isEqualTo(5);
    }
}
