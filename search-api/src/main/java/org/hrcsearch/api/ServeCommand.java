package org.hrcsearch.api;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.search.IndexHandle;
import org.hrcsearch.api.search.IndexRefresher;
import org.hrcsearch.api.search.VocabularyAliases;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hrc serve --index <dir> [--port N]}: serves an index over HTTP until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve an index over HTTP: the search page at / and the search API under /api (see /api/openapi.json).",
      "A new commit of the index (a reindex) is served within a second or two, without a restart."
    })
public final class ServeCommand implements Callable<Integer> {

  /** Environment variable with CORS origins, comma-separated, used when no --cors-origin is given. */
  static final String CORS_ENV = "HRC_CORS_ORIGINS";

  @Option(names = "--index", required = true, paramLabel = "<dir>", description = "Index folder, as written by 'hrc index'.")
  Path index;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "<address>",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host = "127.0.0.1";

  @Option(names = "--cors-origin", paramLabel = "<origin>",
      description = {"An origin (e.g. https://example.org) whose web pages may call the API; repeatable.",
          "Default: none, or the comma-separated list in $" + CORS_ENV + "."})
  List<String> corsOrigins = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    ApiServices services = ApiServices.over(IndexHandle.open(new HrcSchema(), index),
        new VocabularyAliases(Vocabularies.bundled()),
        QueryLimits.DEFAULT, ApiServices.TIME_LIMIT, SearchApp.objectMapper());
    Javalin app = SearchApp.create(services, new SearchApp.Options(corsOrigins()));
    IndexRefresher refresher = new IndexRefresher(services.search()::refresh, Duration.ofSeconds(1));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      refresher.close();
      app.stop();
      try {
        services.close();
      } catch (IOException ignored) {
        // the process is ending; the index is only read
      }
      stopped.countDown();
    }));
    app.start(host, port);
    String base = "http://" + ("0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host) + ":" + port;
    IndexHandle.IndexStatus status = services.index().status();
    System.out.printf("Serving %d documents from %s at %s%n", status.documents(), index.toAbsolutePath().normalize(), base);
    System.out.println("Search page: " + base + "/");
    System.out.println("Try:");
    System.out.println("  curl '" + base + "/api/search?q=%22mutually+beneficial+cooperation%22'");
    System.out.println("  curl '" + base + "/api/search?q=%22persistent+non-cooperation%22&session=52'");
    System.out.println("  curl '" + base + "/api/timeline?q=reprisals'");
    System.out.println("  curl '" + base + "/api/signatories?prefix=am'");
    System.out.println("  curl '" + base + "/api/openapi.json'   (every route)");
    System.out.println("Stop with Ctrl-C.");
    stopped.await();
    return 0;
  }

  private List<String> corsOrigins() {
    if (!corsOrigins.isEmpty()) {
      return corsOrigins;
    }
    String env = System.getenv(CORS_ENV);
    return env == null ? List.of()
        : Arrays.stream(env.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public static void main(String[] args) {
    int code = new CommandLine(new ServeCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
