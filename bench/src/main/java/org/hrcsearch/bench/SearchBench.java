package org.hrcsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hrcsearch.api.ServeCommand;
import org.hrcsearch.api.http.LoadShedder;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.signatory.VocabularyAliases;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.testkit.ProjectPaths;
import org.hrcsearch.testkit.ServerProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hrc bench search}: indexes {@code ../shared/corpus} and the 10,952 General Debate speeches, serves the
 * index from a child JVM on loopback, runs the {@link QueryMix} from concurrent clients over HTTP, then runs the
 * same searches in this JVM against the search service directly, and reports throughput, p50/p99 and the
 * server's memory. A benchmark, not a test: it reports, and says which targets it met.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search speed over HTTP against in-process, on ../shared/corpus plus the UN General Debate corpus.",
            "Targets: HTTP p50 within 2x in-process; p99 under 50 ms; server RSS under 512 MB."
        })
final class SearchBench implements Callable<Integer> {

    @Mixin
    ServerBenchOptions options;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 16;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "Loopback port of the server (default: ${DEFAULT-VALUE}).")
    int port = 7201;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        Path shared = ProjectPaths.sharedCorpus();
        Path ungdc = GeneralDebate.file(shared);
        boolean temporary = options.index == null;
        Path dir = temporary ? Files.createTempDirectory("hrc-bench-index") : options.index;
        Path work = Files.createTempDirectory("hrc-bench");
        try {
            out.printf(
                    "hrc bench search, %s, %d cores, Java %s, load average at start %s%n",
                    Instant.now(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    BenchIndex.loadAverage());
            out.printf(
                    "this JVM (clients, in-process runs): %s%n",
                    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .filter(a -> a.startsWith("-X"))
                            .toList());
            BenchIndex.build(List.of(shared), Optional.of(ungdc), dir, work, options.reuse, out);
            List<QueryMix.Search> mix = QueryMix.SEARCHES;
            out.printf(
                    "mix: %d searches (phrases, NEAR, a wildcard, negation, facet filters, sorts); each returns 10 hits "
                            + "with snippets and page numbers and every facet's counts%n",
                    mix.size());
            out.printf(
                    "%d concurrent clients on loopback; %.0f s warm-up, then %.0f s measured per run%n%n",
                    clients, options.warmup, options.seconds);

            Latencies warmUp;
            Latencies http;
            double serverCpuMillis;
            double clientCpuMillis;
            double rssNow;
            double rssPeak;
            try (ServerProcess server = ServerProcess.serving(ServeCommand.class, dir)
                    .port(port)
                    .jvmOptions(options.serverJvmArgs())
                    .log(work.resolve("server.log"))
                    .start()) {
                List<KeepAliveClient> connections = new CopyOnWriteArrayList<>();
                ThreadLocal<KeepAliveClient> client = ThreadLocal.withInitial(() -> {
                    KeepAliveClient c = new KeepAliveClient("127.0.0.1", port);
                    connections.add(c);
                    return c;
                });
                List<String> paths = mix.stream().map(QueryMix.Search::url).toList();
                LoadRunner.Call call = i -> {
                    KeepAliveClient.Response r = client.get().get(paths.get(i));
                    if (r.status() != 200) {
                        throw new IOException(paths.get(i) + ": " + r.status() + " " + r.text());
                    }
                };
                try {
                    warmUp = LoadRunner.run(clients, mix.size(), options.warmup, call);
                    double serverCpu = server.cpuSeconds();
                    double clientCpu = processCpuSeconds();
                    http = LoadRunner.run(clients, mix.size(), options.seconds, call);
                    serverCpuMillis = (server.cpuSeconds() - serverCpu) * 1000 / http.count();
                    clientCpuMillis = (processCpuSeconds() - clientCpu) * 1000 / http.count();
                } finally {
                    connections.forEach(KeepAliveClient::close);
                }
                rssNow = server.statusMegabytes("VmRSS");
                rssPeak = server.statusMegabytes("VmHWM");
            }

            Latencies inProcess;
            Latencies sequential;
            Vocabularies vocabularies = Vocabularies.bundled();
            try (ApiServices services = ApiServices.over(
                    IndexHandle.open(new HrcSchema(), dir),
                    new VocabularyAliases(vocabularies),
                    vocabularies.concerns(),
                    QueryLimits.DEFAULT,
                    ApiServices.TIME_LIMIT,
                    SearchApp.objectMapper())) {
                // The same admission as the server's: without it, 16 threads on 2 cores are served as the scheduler
                // pleases (a thread that has a core finishes search after search while the others wait), and the p50 of
                // that says how long a search takes on a free core, not how long a client waits.
                LoadShedder admission = new LoadShedder(LoadShedder.Limits.defaults());
                LoadRunner.Call call = i -> {
                    if (!admission.acquire()) {
                        throw new LoadRunner.NotCounted();
                    }
                    try {
                        services.search().search(mix.get(i).request());
                    } finally {
                        admission.release();
                    }
                };
                LoadRunner.run(clients, mix.size(), options.warmup, call);
                inProcess = LoadRunner.run(clients, mix.size(), options.seconds, call);
                LoadRunner.Call alone = i -> services.search().search(mix.get(i).request());
                sequential = LoadRunner.run(1, mix.size(), Math.max(5, options.seconds / 3), alone);
            }
            report(warmUp, http, inProcess, sequential, rssNow, rssPeak);
            out.printf(
                    "CPU a search over HTTP: server %.2f ms, the %d clients %.2f ms (of %d cores)%n",
                    serverCpuMillis,
                    clients,
                    clientCpuMillis,
                    Runtime.getRuntime().availableProcessors());
            return 0;
        } finally {
            BenchIndex.deleteTree(work);
            if (temporary) {
                BenchIndex.deleteTree(dir);
            }
        }
    }

    /** The CPU time this JVM (the clients) has used so far, in seconds. */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private void report(
            Latencies warmUp,
            Latencies http,
            Latencies inProcess,
            Latencies sequential,
            double rssNow,
            double rssPeak) {
        LoadShedder.Limits limits = LoadShedder.Limits.defaults();
        out.printf("%-50s %12s %9s %9s %8s%n", "", "searches/s", "p50 ms", "p99 ms", "errors");
        row(String.format("HTTP, %d clients, first %.0f s of the server (warm-up)", clients, options.warmup), warmUp);
        row("HTTP, " + clients + " clients (server JVM)", http);
        row(
                String.format("in-process, %d threads, %d at a time as served", clients, limits.maxConcurrent()),
                inProcess);
        row("in-process, 1 thread", sequential);
        double ratio = http.percentileMillis(50) / inProcess.percentileMillis(50);
        out.printf("%nHTTP p50 / in-process p50 at %d clients: %.2f%n", clients, ratio);
        out.printf("server (%s): RSS %.0f MB after the run, peak %.0f MB%n", options.serverJavaOpts, rssNow, rssPeak);
        out.printf(
                "%ntargets: HTTP p50 within 2x in-process: %s; p99 under 50 ms: %s; server RSS under 512 MB: %s%n",
                verdict(ratio <= 2), verdict(http.percentileMillis(99) < 50), verdict(rssPeak < 512));
        out.printf("load average at the end %s%n", BenchIndex.loadAverage());
    }

    private void row(String name, Latencies l) {
        out.printf(
                "%-50s %12.0f %9.1f %9.1f %8d%n",
                name, l.throughput(), l.percentileMillis(50), l.percentileMillis(99), l.errors());
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
