package org.hrcsearch.indexer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.sink.IndexSink;
import org.hrcsearch.indexer.source.ContentHash;
import org.hrcsearch.indexer.source.CorpusFile;
import org.hrcsearch.indexer.source.CorpusWalker;

/**
 * One indexing run: walk the corpus folders, hash every file, extract each distinct content once (in parallel),
 * derive its metadata, and land the whole index in one commit. A file that fails is reported and the run goes on.
 */
public final class IndexRun {

  /** What a run is asked to do; {@code extract} says whether scans are OCRed. */
  public record Options(List<Path> roots, Path indexDir, int threads, TikaExtractor.Options extract) {
    public Options(List<Path> roots, Path indexDir, int threads) {
      this(roots, indexDir, threads, TikaExtractor.Options.defaults());
    }

    public Options {
      java.util.Objects.requireNonNull(extract, "extract");
      roots = List.copyOf(roots);
      if (roots.isEmpty()) {
        throw new IllegalArgumentException("name at least one folder to index");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
    }
  }

  private final HrcSchema schema;
  private final PrintStream out;

  public IndexRun(HrcSchema schema, PrintStream out) {
    this.schema = schema;
    this.out = out;
  }

  public IndexingReport run(Options options) throws IOException, InterruptedException {
    long start = System.nanoTime();
    IndexingReport report = new IndexingReport();
    Path workingDirectory = Path.of("").toAbsolutePath().normalize();
    CorpusWalker walker = new CorpusWalker(workingDirectory);
    List<CorpusFile> files = walker.walk(options.roots(), s -> report.note(s.path() + ": " + s.reason()));
    out.printf("Found %d documents under %s%n", files.size(), options.roots());

    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try (IndexSink sink = new IndexSink(schema, options.indexDir(), true)) {
      Map<String, List<CorpusFile>> byContent = hashAll(files, pool, report);
      AtomicInteger done = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      DocumentEnricher enricher = new DocumentEnricher();
      ThreadLocal<DocumentDeriver> derivers =
          ThreadLocal.withInitial(() -> new DocumentDeriver(new TikaExtractor(options.extract()), enricher));
      for (Map.Entry<String, List<CorpusFile>> group : byContent.entrySet()) {
        futures.add(pool.submit(() -> {
          for (FileOutcome o : indexOne(group.getKey(), group.getValue(), derivers.get(), sink)) {
            report.add(o);
            progress(done.incrementAndGet(), files.size(), o);
          }
          return null;
        }));
      }
      await(futures);
      Map<String, String> runData = new LinkedHashMap<>();
      runData.put("hrc.run.files", Integer.toString(files.size()));
      runData.put("hrc.run.roots", options.roots().toString());
      runData.put(HrcSchema.PATHS_BASE_KEY, workingDirectory.toString()); // display paths are relative to it
      sink.commit(runData);
    } finally {
      pool.shutdownNow();
    }
    report.printSummary(out, (System.nanoTime() - start) / 1_000_000);
    return report;
  }

  private Map<String, List<CorpusFile>> hashAll(List<CorpusFile> files, ExecutorService pool, IndexingReport report)
      throws InterruptedException {
    List<Future<String>> hashes = new ArrayList<>();
    for (CorpusFile f : files) {
      hashes.add(pool.submit(() -> ContentHash.sha256(f.path())));
    }
    Map<String, List<CorpusFile>> byContent = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      CorpusFile f = files.get(i);
      try {
        byContent.computeIfAbsent(hashes.get(i).get(), h -> new ArrayList<>()).add(f);
      } catch (ExecutionException e) {
        FileOutcome failed = new FileOutcome(f.displayPath(), "", Outcome.FAILED_READ,
            "cannot be read: " + e.getCause().getMessage(), 0, 0, 0);
        report.add(failed);
        out.printf("  %-12s %s: %s%n", failed.outcome().key(), failed.path(), failed.reason());
      }
    }
    return byContent;
  }

  private static List<FileOutcome> indexOne(
      String sha256, List<CorpusFile> copies, DocumentDeriver deriver, IndexSink sink) throws IOException {
    long t0 = System.nanoTime();
    CorpusFile first = copies.getFirst();
    List<FileOutcome> outcomes = new ArrayList<>();
    DocumentDeriver.Derivation derivation = deriver.derive(sha256, copies);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    switch (derivation) {
      case DocumentDeriver.Derivation.Failed failed -> {
        for (CorpusFile c : copies) {
          outcomes.add(new FileOutcome(c.displayPath(), sha256, Outcome.FAILED_PARSE, failed.reason(), 0, 0, millis));
        }
      }
      case DocumentDeriver.Derivation.Derived derived -> {
        HrcDocument doc = derived.document();
        sink.upsert(doc);
        Outcome outcome = doc.needsOcr() ? Outcome.NEEDS_OCR : Outcome.INDEXED;
        String reason = doc.needsOcr() ? "no text layer" : "";
        millis = (System.nanoTime() - t0) / 1_000_000;
        outcomes.add(new FileOutcome(first.displayPath(), sha256, outcome, reason, doc.pages().size(),
            doc.characterCount(), millis));
        for (CorpusFile c : copies.subList(1, copies.size())) {
          outcomes.add(new FileOutcome(c.displayPath(), sha256, Outcome.DUPLICATE,
              "same bytes as " + first.displayPath(), doc.pages().size(), doc.characterCount(), 0));
        }
      }
    }
    return outcomes;
  }

  private synchronized void progress(int done, int total, FileOutcome o) {
    String detail = o.outcome().isFailure() || o.outcome() == Outcome.DUPLICATE
        ? o.reason()
        : o.pages() + " pages, " + o.millis() + " ms";
    out.printf("[%d/%d] %-12s %s (%s)%n", done, total, o.outcome().key(), o.path(), detail);
  }

  private static void await(List<Future<?>> futures) throws IOException, InterruptedException {
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io; // the index itself failed: nothing is committed
        }
        throw new IllegalStateException("indexing worker failed", e.getCause());
      }
    }
  }
}
