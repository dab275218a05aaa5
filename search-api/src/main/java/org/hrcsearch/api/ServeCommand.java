package org.hrcsearch.api;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hrcsearch.api.admin.AdminController;
import org.hrcsearch.api.admin.CorpusWatcher;
import org.hrcsearch.api.admin.IndexerCommand;
import org.hrcsearch.api.admin.ReindexService;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.SearchService;
import org.hrcsearch.corpus.samples.ProjectPaths;
import org.hrcsearch.corpus.schema.HrcSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hrc serve --index <dir> [--port N]}: serves an index over HTTP until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {"Serve an index over HTTP: the search API (and, later, the search page).",
        "A new commit of the index (from 'hrc index', or a reindex the server started) is served within seconds.",
        "With HRC_ADMIN_TOKEN set, POST /api/admin/reindex (Authorization: Bearer <token>) reindexes the"
            + " --corpus folders in a child process, and GET /api/admin/reindex reports on it."})
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "<dir>", description = "Index folder, as written by 'hrc index'.")
  Path index;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "<address>",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host = "127.0.0.1";

  @Option(names = "--corpus", paramLabel = "<folder>",
      description = "A folder the index is built from (repeatable): what a reindex indexes.")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--watch", description = "Reindex the --corpus folders when files are added, changed or removed.")
  boolean watch;

  @Option(names = "--indexer-command", paramLabel = "<command>",
      description = "How to start the indexer (default: the indexer built beside this server).")
  String indexerCommand;

  @Override
  public Integer call() throws Exception {
    if (watch && corpus.isEmpty()) {
      System.err.println("hrc serve: --watch needs the folders to watch: add --corpus <folder>");
      return 2;
    }
    SearchService service = SearchService.open(new HrcSchema(), index);
    ReindexService reindex = new ReindexService(indexer(), corpus, index);
    Optional<String> token = Optional.ofNullable(System.getenv("HRC_ADMIN_TOKEN")).filter(t -> !t.isBlank());
    Javalin app = SearchApp.create(service, Optional.of(new AdminController(reindex, token)));
    // A new commit is served within seconds, whoever made it.
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "refresh"));
    refresher.scheduleWithFixedDelay(() -> {
      try {
        service.refresh();
      } catch (java.io.IOException | RuntimeException e) {
        System.err.println("hrc serve: cannot open the new commit yet: " + e.getMessage());
      }
    }, 2, 2, TimeUnit.SECONDS);
    CorpusWatcher watcher = watch ? new CorpusWatcher(corpus, index, Duration.ofSeconds(3), reindex::requestRun) : null;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        if (watcher != null) {
          watcher.close();
        }
        reindex.close();
        refresher.shutdownNow();
        service.close();
      } catch (java.io.IOException ignored) {
        // the process is ending; the index is only read
      }
      stopped.countDown();
    }));
    app.start(host, port);
    String base = "http://" + ("0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host) + ":" + port;
    SearchService.IndexStatus status = service.status();
    System.out.printf("Serving %d documents from %s at %s%n", status.documents(), index.toAbsolutePath().normalize(), base);
    System.out.println("Try:");
    System.out.println("  curl '" + base + "/api/search?q=%22mutually+beneficial+cooperation%22'");
    System.out.println("  curl '" + base + "/api/search?q=%22persistent+non-cooperation%22&session=52'");
    System.out.println("  curl '" + base + "/api/search?q=reprisals&type=joint_letter'");
    System.out.println("  curl '" + base + "/health'");
    if (token.isPresent()) {
      System.out.println("Admin: curl -X POST -H \"Authorization: Bearer $HRC_ADMIN_TOKEN\" " + base + "/api/admin/reindex");
    }
    if (watcher != null) {
      System.out.println("Watching " + corpus + ": changes are reindexed after 3 quiet seconds.");
    }
    System.out.println("Stop with Ctrl-C.");
    stopped.await();
    return 0;
  }

  private Optional<List<String>> indexer() {
    if (indexerCommand != null) {
      return Optional.of(IndexerCommand.parse(indexerCommand));
    }
    try {
      return IndexerCommand.fromBuild(ProjectPaths.repoRoot());
    } catch (IllegalStateException e) {
      return Optional.empty(); // not run from a checkout: reindexing needs --indexer-command
    }
  }

  public static void main(String[] args) {
    int code = new CommandLine(new ServeCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
