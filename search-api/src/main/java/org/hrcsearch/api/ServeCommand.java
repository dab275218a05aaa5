package org.hrcsearch.api;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hrcsearch.api.admin.AdminController;
import org.hrcsearch.api.admin.CorpusWatcher;
import org.hrcsearch.api.admin.ReindexService;
import org.hrcsearch.api.http.LoadShedder;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.index.IndexRefresher;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.signatory.VocabularyAliases;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.launcher.IndexerLaunch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hrc serve --index <dir> [--port N]}: serves an index over HTTP until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve an index over HTTP: the search page at / and the search API under /api (see /api/openapi.json).",
            "A new commit of the index (from 'hrc index', or a reindex the server started) is served within a second or"
                    + " two, without a restart.",
            "With HRC_ADMIN_TOKEN set, POST /api/admin/reindex (Authorization: Bearer <token>) reindexes the --corpus"
                    + " folders in a child process, and GET /api/admin/reindex reports on it."
        })
public final class ServeCommand implements Callable<Integer> {

    /** Environment variable with CORS origins, comma-separated, used when no --cors-origin is given. */
    static final String CORS_ENV = "HRC_CORS_ORIGINS";

    @Option(
            names = "--index",
            required = true,
            paramLabel = "<dir>",
            description = "Index folder, as written by 'hrc index'.")
    Path index;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port = 7070;

    @Option(
            names = "--host",
            paramLabel = "<address>",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(
            names = "--cors-origin",
            paramLabel = "<origin>",
            description = {
                "An origin (e.g. https://example.org) whose web pages may call the API; repeatable.",
                "Default: none, or the comma-separated list in $" + CORS_ENV + "."
            })
    List<String> corsOrigins = new ArrayList<>();

    @Option(
            names = "--corpus",
            paramLabel = "<folder>",
            description = "A folder the index is built from (repeatable): what a reindex indexes.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--watch", description = "Reindex the --corpus folders when files are added, changed or removed.")
    boolean watch;

    @Option(
            names = "--indexer-command",
            paramLabel = "<command>",
            description = "How to start the indexer (default: the indexer built beside this server).")
    String indexerCommand;

    @Option(
            names = "--max-concurrent",
            paramLabel = "N",
            description =
                    "Searches that run at once; more wait in a queue (default: 2 per core, here ${DEFAULT-VALUE}).")
    int maxConcurrent = LoadShedder.Limits.defaults().maxConcurrent();

    @Option(
            names = "--max-queued",
            paramLabel = "N",
            description = {
                "Searches that may wait for a running one to finish; beyond, they are answered 503 overloaded"
                        + " with Retry-After at once (default: 8 per core, here ${DEFAULT-VALUE}).",
                "/health, /metrics and the search page are never limited."
            })
    int maxQueued = LoadShedder.Limits.defaults().maxQueued();

    @Option(
            names = "--queue-timeout-ms",
            paramLabel = "MS",
            description =
                    "The longest a search waits in the queue before it is answered 503 (default: ${DEFAULT-VALUE}).")
    long queueTimeoutMillis = LoadShedder.Limits.defaults().queueTimeout().toMillis();

    @Override
    public Integer call() throws Exception {
        if (watch && corpus.isEmpty()) {
            System.err.println("hrc serve: --watch needs the folders to watch: add --corpus <folder>");
            return 2;
        }
        LoadShedder.Limits load;
        try {
            load = new LoadShedder.Limits(maxConcurrent, maxQueued, Duration.ofMillis(queueTimeoutMillis));
        } catch (IllegalArgumentException e) {
            System.err.println("hrc serve: " + e.getMessage());
            return 2;
        }
        Vocabularies vocabularies = Vocabularies.bundled();
        ApiServices services = ApiServices.over(
                IndexHandle.open(new HrcSchema(), index),
                new VocabularyAliases(vocabularies),
                vocabularies.concerns(),
                QueryLimits.DEFAULT,
                ApiServices.TIME_LIMIT,
                SearchApp.objectMapper());
        ReindexService reindex = new ReindexService(indexer(), corpus, index);
        reindex.recoverInterruptedRun(); // a run a killed server left behind: stop it, record it as interrupted
        Optional<String> token =
                Optional.ofNullable(System.getenv("HRC_ADMIN_TOKEN")).filter(t -> !t.isBlank());
        Javalin app = SearchApp.create(
                services, new SearchApp.Options(corsOrigins(), Optional.of(new AdminController(reindex, token)), load));
        IndexRefresher refresher = new IndexRefresher(services.search()::refresh, Duration.ofSeconds(1));
        CorpusWatcher watcher =
                watch ? new CorpusWatcher(corpus, index, Duration.ofSeconds(3), reindex::requestRun) : null;
        CountDownLatch stopRequested = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable stop = () -> {
            if (!stopping.compareAndSet(false, true)) {
                return;
            }
            refresher.close();
            app.stop();
            try {
                if (watcher != null) {
                    watcher.close();
                }
                reindex.close(); // stops a running indexer and its workers; the index keeps its last commit
                services.close();
            } catch (IOException ignored) {
                // the process is ending; the index is only read
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop));
        // TERM (a supervisor stopping the service) and Ctrl-C are the normal way to stop: stop in order and exit 0,
        // not with the 143 the JVM's own handler gives, which supervisors report as a failure.
        for (String signal : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> stopRequested.countDown());
            } catch (IllegalArgumentException e) {
                // signals reserved (-Xrs): the shutdown hook still stops in order
            }
        }
        app.start(host, port);
        String base =
                "http://" + ("0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host) + ":" + port;
        if (services.index().available()) {
            IndexHandle.IndexStatus status = services.index().status();
            System.out.printf(
                    "Serving %d documents from %s at %s%n",
                    status.documents(), index.toAbsolutePath().normalize(), base);
        } else { // degraded: searches answer 503 index_unavailable until a good commit lands
            System.out.printf(
                    "NOT serving the index in %s at %s: %s%n",
                    index.toAbsolutePath().normalize(), base, services.index().unavailableReason());
        }
        System.out.println("Search page: " + base + "/");
        System.out.println("Try:");
        for (DemoExamples.Example example : DemoExamples.all()) { // what each finds on the sample corpus is tested
            System.out.println("  curl '" + base + example.request() + "'   (" + example.shows() + ")");
        }
        System.out.println("  curl '" + base + "/api/openapi.json'   (every route)");
        if (token.isPresent()) {
            System.out.println(
                    "Admin: curl -X POST -H \"Authorization: Bearer $HRC_ADMIN_TOKEN\" " + base + "/api/admin/reindex");
        }
        if (watcher != null) {
            System.out.println("Watching " + corpus + ": changes are reindexed after 3 quiet seconds.");
        }
        System.out.printf(
                "Load: %d searches at once, %d more waiting up to %d ms; beyond, 503 overloaded.%n",
                load.maxConcurrent(), load.maxQueued(), load.queueTimeout().toMillis());
        System.out.println("Stop with Ctrl-C.");
        stopRequested.await();
        stop.run();
        System.out.println("Stopped.");
        return 0;
    }

    /**
     * The command that starts the indexer: {@code --indexer-command} split at spaces, e.g. {@code /opt/hrc/hrc index},
     * else the indexer built in the repository that {@code ./hrc} started this server from; empty when neither
     * (reindexing then says it needs {@code --indexer-command}).
     */
    private Optional<List<String>> indexer() {
        if (indexerCommand != null) {
            return Optional.of(Arrays.stream(indexerCommand.strip().split("\\s+"))
                    .filter(s -> !s.isEmpty())
                    .toList());
        }
        return IndexerLaunch.repoRoot().flatMap(IndexerLaunch::fromBuild);
    }

    private List<String> corsOrigins() {
        if (!corsOrigins.isEmpty()) {
            return corsOrigins;
        }
        String env = System.getenv(CORS_ENV);
        return env == null
                ? List.of()
                : Arrays.stream(env.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand()).execute(args));
    }
}
