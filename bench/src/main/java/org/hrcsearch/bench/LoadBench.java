package org.hrcsearch.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hrcsearch.api.ServeCommand;
import org.hrcsearch.indexer.cli.IndexCommand;
import org.hrcsearch.testkit.ChildJvm;
import org.hrcsearch.testkit.ProjectPaths;
import org.hrcsearch.testkit.ServerProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hrc bench load}: the load tests of RELIABILITY.md 4.6 with {@code wrk} on loopback, against
 * {@code hrc serve} in a child JVM over an index of the corpus folders. L1 baseline (the {@link LoadMix} at 16
 * connections), L2 the same during a full reindex through the admin route (a canary search polled every 100 ms),
 * L3 overload at 256 connections (shed with 503 + Retry-After; then a short L1 to see it recover), L4 an
 * abusive flood (half the connections send requests that must be refused), L5 an optional soak. Each criterion
 * is judged against L1 measured in the same run, since the machine's other load moves every absolute figure.
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Load tests with wrk: L1 baseline, L2 reads during a full reindex, L3 overload shedding, "
                    + "L4 abusive flood, L5 soak (--soak-minutes).",
            "Prints the figures and PASS/FAIL per criterion (relative to L1 of the same run); exits 1 on a FAIL."
        })
final class LoadBench implements Callable<Integer> {

    @Mixin
    ServerBenchOptions options;

    @Option(
            names = "--corpus",
            paramLabel = "<folder>",
            description = "Corpus folder to index and reindex (repeatable; default: ../shared/corpus).")
    List<Path> corpus = new ArrayList<>();

    @Option(
            names = "--connections",
            paramLabel = "N",
            description = "Connections of L1, L2, L4 (default: ${DEFAULT-VALUE}).")
    int connections = 16;

    @Option(
            names = "--overload-connections",
            paramLabel = "N",
            description = "Connections of L3 (default: ${DEFAULT-VALUE}).")
    int overloadConnections = 256;

    @Option(
            names = "--soak-minutes",
            paramLabel = "M",
            description =
                    "Also run L5: L1 load for M minutes with a full reindex every M/3 minutes (default: 0, none).")
    double soakMinutes;

    @Option(names = "--no-reindex", description = "Skip L2 (and the soak's reindexes).")
    boolean noReindex;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "Loopback port of the server (default: ${DEFAULT-VALUE}).")
    int port = 7202;

    @Option(
            names = "--serve-args",
            paramLabel = "<args>",
            description = "More options for hrc serve, e.g. \"--max-concurrent 8\" (default: none: its defaults).")
    String serveArgs = "";

    private final PrintStream out = System.out;
    private final List<LoadReport.Check> checks = new ArrayList<>();
    private final LoadReport report = new LoadReport(out);

    @Override
    public Integer call() throws Exception {
        List<Path> folders = corpus.isEmpty() ? List.of(ProjectPaths.sharedCorpus()) : corpus;
        boolean temporary = options.index == null;
        Path dir = temporary ? Files.createTempDirectory("hrc-load-index") : options.index;
        Path work = Files.createTempDirectory("hrc-load");
        try {
            Wrk wrk = new Wrk(work);
            out.printf(
                    "hrc bench load, %s, %d cores, Java %s, load average at start %s%n",
                    Instant.now(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    BenchIndex.loadAverage());
            BenchIndex.build(folders, Optional.empty(), dir, work, options.reuse, out);
            String token =
                    HexFormat.of().formatHex(SecureRandom.getInstanceStrong().generateSeed(16));
            List<String> args = new ArrayList<>();
            folders.forEach(
                    f -> args.addAll(List.of("--corpus", f.toAbsolutePath().toString())));
            args.addAll(List.of(
                    "--indexer-command", String.join(" ", ChildJvm.command(IndexCommand.class, List.of("-Xmx512m")))));
            if (!serveArgs.isBlank()) {
                args.addAll(Arrays.asList(serveArgs.strip().split("\\s+")));
            }
            try (ServerProcess server = ServerProcess.serving(ServeCommand.class, dir)
                    .port(port)
                    .jvmOptions(options.serverJvmArgs())
                    .args(args)
                    .adminToken(token)
                    .log(work.resolve("server.log"))
                    .start()) {
                out.printf(
                        "server: %s, %s%s; log %s%n",
                        server.base(),
                        options.serverJavaOpts,
                        serveArgs.isBlank() ? "" : " " + serveArgs,
                        work.resolve("server.log"));
                out.printf(
                        "wrk on loopback, %d connections (L3: %d), timeout %s; L1/L3/L4 %.0f s each after a %.0f s "
                                + "warm-up%n%n",
                        connections, overloadConnections, Wrk.TIMEOUT, options.seconds, options.warmup);
                run(wrk, server, new ServerProbe(server.base(), token));
            }
            out.printf("%nload average at the end %s%n", BenchIndex.loadAverage());
            return report.verdicts(checks) ? 0 : 1;
        } finally {
            BenchIndex.deleteTree(work);
            if (temporary) {
                BenchIndex.deleteTree(dir);
            }
        }
    }

    private void run(Wrk wrk, ServerProcess server, ServerProbe probe) throws Exception {
        List<String> normal = LoadMix.normal();
        String base = server.base();
        report.header();
        wrk.run(base, normal, connections, options.warmup);
        probe.awaitIdle();

        Wrk.Result l1 = wrk.run(base, normal, connections, options.seconds);
        report.row("L1 baseline", connections, l1);
        check(
                "L1",
                "0 socket errors, 0 non-2xx",
                l1.socketErrors() + " socket errors, " + l1.non2xx() + " non-2xx",
                l1.socketErrors() == 0 && l1.non2xx() == 0);

        if (!noReindex) {
            probe.awaitIdle();
            l2(wrk, base, normal, probe, l1);
        }
        probe.awaitIdle();
        l3(wrk, base, normal, probe, l1);
        probe.awaitIdle();
        l4(wrk, base, normal, l1);
        if (soakMinutes > 0) {
            probe.awaitIdle();
            new LoadSoak(wrk, server, probe, report, checks::add, noReindex)
                    .run(base, normal, connections, soakMinutes);
        }
    }

    private void l2(Wrk wrk, String base, List<String> normal, ServerProbe probe, Wrk.Result l1) throws Exception {
        double shedBefore = probe.shedSoFar();
        Wrk.Running load = wrk.start(base, normal, connections, 3600);
        ServerProbe.Reindex reindex;
        ServerProbe.Canary canary = probe.canary();
        try {
            Thread.sleep(2000);
            reindex = probe.fullReindex();
            Thread.sleep(2000); // a little load on the new commit too
        } finally {
            canary.close();
        }
        Wrk.Result l2 = load.stop();
        double shed = probe.shedSoFar() - shedBefore;
        report.row("L2 during full reindex", connections, l2);
        double bound = Math.max(2 * l1.p99Millis(), 500);
        check(
                "L2",
                "0 socket errors, 0 non-2xx",
                fmt("%d socket errors, %d non-2xx (server: %.0f shed)", l2.socketErrors(), l2.non2xx(), shed),
                l2.socketErrors() == 0 && l2.non2xx() == 0);
        check(
                "L2",
                "p99 <= max(2 x L1 p99, 500 ms)",
                fmt("%.0f ms <= %.0f ms", l2.p99Millis(), bound),
                l2.p99Millis() <= bound);
        check(
                "L2",
                "canary every 100 ms never 0 hits, never failed",
                fmt(
                        "%d polls, %d empty, %d failed %s",
                        canary.polls.get(), canary.empty.get(), canary.failed.get(), canary.firstProblem),
                canary.polls.get() > 0 && canary.empty.get() == 0 && canary.failed.get() == 0);
        check(
                "L2",
                "reindex committed, new commit served",
                fmt(
                        "%s in %.0f s, %d documents, served: %s %s",
                        reindex.state(), reindex.seconds(), reindex.documents(), reindex.served(), reindex.message()),
                reindex.committed() && reindex.served());
    }

    private void l3(Wrk wrk, String base, List<String> normal, ServerProbe probe, Wrk.Result l1) throws Exception {
        Wrk.Running flood = wrk.start(base, normal, overloadConnections, options.seconds);
        Latencies admitted = admittedLatencies(base, normal, options.seconds);
        Wrk.Result l3 = flood.await();
        double drain = probe.awaitIdle(); // the flood's last admitted requests finish, its connections are gone
        Wrk.Result recovery = wrk.run(base, normal, connections, Math.min(10, options.seconds));
        report.row("L3 overload", overloadConnections, l3);
        report.row("L3 admitted (" + PROBES + " probe clients)", PROBES, admitted);
        report.row("L3 recovery, once idle", connections, recovery);
        check(
                "L3",
                "excess shed: 503s, every one with Retry-After",
                fmt(
                        "%d shed (%.0f%%), %d without Retry-After",
                        l3.shed(), 100.0 * l3.shed() / Math.max(1, l3.requests()), l3.shedWithoutRetryAfter()),
                l3.shed() > 0 && l3.shedWithoutRetryAfter() == 0);
        check(
                "L3",
                "no socket errors or timeouts, no other 5xx",
                fmt(
                        "%d socket errors (%d timeouts), %d other 5xx",
                        l3.socketErrors(), l3.timeouts(), l3.serverErrors()),
                l3.socketErrors() == 0 && l3.serverErrors() == 0);
        check(
                "L3",
                "admitted p99 <= 2 x L1 p99",
                fmt(
                        "%.0f ms <= %.0f ms (%d admitted, %d shed)",
                        admitted.percentileMillis(99), 2 * l1.p99Millis(), admitted.count(), admitted.errors()),
                admitted.count() > 0 && admitted.percentileMillis(99) <= 2 * l1.p99Millis());
        check(
                "L3",
                "recovers: idle within 10 s, then L1 with 0 errors, p99 <= 2 x L1, req/s >= 0.5 x L1",
                fmt(
                        "idle after %.1f s; %d non-2xx, p99 %.0f ms, %.0f req/s",
                        drain,
                        recovery.non2xx() + recovery.socketErrors(),
                        recovery.p99Millis(),
                        recovery.requestsPerSecond()),
                drain <= 10
                        && recovery.non2xx() == 0
                        && recovery.socketErrors() == 0
                        && recovery.p99Millis() <= 2 * l1.p99Millis()
                        && recovery.requestsPerSecond() >= 0.5 * l1.requestsPerSecond());
    }

    /** Clients beside wrk's flood that time the searches the server admits (wrk times all answers, 503s too). */
    private static final int PROBES = 8;

    /** Latencies of the searches the server admits during an overload, from {@link #PROBES} clients. */
    private static Latencies admittedLatencies(String base, List<String> paths, double seconds) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpRequest> requests = paths.stream()
                .map(p -> HttpRequest.newBuilder(URI.create(base + p)).build())
                .toList();
        return LoadRunner.run(PROBES, requests.size(), seconds, i -> {
            HttpResponse<Void> r = client.send(requests.get(i), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new LoadRunner.NotCounted(); // shed: not an admitted search
            }
        });
    }

    private void l4(Wrk wrk, String base, List<String> normal, Wrk.Result l1) throws Exception {
        int half = Math.max(1, connections / 2);
        Wrk.Running abusiveRun = wrk.start(base, LoadMix.abusive(), half, options.seconds);
        Wrk.Result normalHalf = wrk.run(base, normal, half, options.seconds);
        Wrk.Result abusive = abusiveRun.await();
        report.row("L4 abusive half", half, abusive);
        report.row("L4 normal half", half, normalHalf);
        check(
                "L4",
                "abusive refused with 4xx, none searched",
                fmt(
                        "%d of %d 4xx, %d 2xx, %d 5xx",
                        abusive.clientErrors(),
                        abusive.requests(),
                        abusive.ok(),
                        abusive.serverErrors() + abusive.shed()),
                abusive.requests() > 0 && abusive.ok() == 0 && abusive.serverErrors() == 0 && abusive.shed() == 0);
        check("L4", "abusive p99 <= 50 ms", fmt("%.1f ms", abusive.p99Millis()), abusive.p99Millis() <= 50);
        check(
                "L4",
                "normal: 0 non-2xx, p99 <= 1.5 x L1 p99",
                fmt(
                        "%d non-2xx, %.0f ms <= %.0f ms",
                        normalHalf.non2xx() + normalHalf.socketErrors(), normalHalf.p99Millis(), 1.5 * l1.p99Millis()),
                normalHalf.non2xx() == 0
                        && normalHalf.socketErrors() == 0
                        && normalHalf.p99Millis() <= 1.5 * l1.p99Millis());
    }

    private void check(String id, String criterion, String measured, boolean pass) {
        checks.add(new LoadReport.Check(id, criterion, measured, pass));
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
