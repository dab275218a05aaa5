package org.hrcsearch.api;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.SearchService;
import org.hrcsearch.corpus.schema.HrcSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hrc serve --index <dir> [--port N]}: serves an index over HTTP until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {"Serve an index over HTTP: the search API (and, later, the search page)."})
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "<dir>", description = "Index folder, as written by 'hrc index'.")
  Path index;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "<address>",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws Exception {
    SearchService service = SearchService.open(new HrcSchema(), index);
    Javalin app = SearchApp.create(service);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
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
    System.out.println("Stop with Ctrl-C.");
    stopped.await();
    return 0;
  }

  public static void main(String[] args) {
    int code = new CommandLine(new ServeCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
