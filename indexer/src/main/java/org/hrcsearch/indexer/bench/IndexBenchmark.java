package org.hrcsearch.indexer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hrcsearch.corpus.samples.ProjectPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hrc bench index}: how fast a full index run is against the practical floor for PDF text extraction
 * ({@code pdftotext} over the same files with the same parallelism), how cheap a run with nothing to change is,
 * the peak memory of the indexer and all its workers, and documents per second for a JSON-lines corpus. Every run
 * is {@code ./hrc index} in a process of its own, as a user runs it. A benchmark, not a test: it reports figures
 * and the targets beside them, and fails nothing.
 */
@Command(
    name = "bench index",
    mixinStandardHelpOptions = true,
    description = {"Measure indexing: full run vs pdftotext, no-change run, peak RSS, JSON-lines documents/s."})
public final class IndexBenchmark implements Callable<Integer> {

  static final String UNGDC_MAPPING =
      "id=id,text=text,year=year,state=iso3,session=,title={iso3} statement, UNGA session {session} ({year})";

  @Option(names = "--corpus", paramLabel = "<folder>",
      description = "PDF folder to index (default: ../shared/corpus/hrc-pdf).")
  Path corpus;

  @Option(names = "--jsonl", paramLabel = "<file>",
      description = "JSON-lines corpus for documents/s (default: the UN General Debate corpus in ../shared/corpus).")
  Path jsonl;

  @Option(names = "--no-jsonl", description = "Skip the JSON-lines measurement.")
  boolean noJsonl;

  @Option(names = "--threads", paramLabel = "N", description = "Parallelism for both (default: the cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--work", paramLabel = "<dir>", description = "Where the benchmark's indexes go (default: a temp folder, deleted).")
  Path work;

  @Option(names = "--repeat", paramLabel = "N",
      description = "Rounds of pdftotext, full run and no-change run, interleaved; the best of each counts, so that"
          + " a burst of load from another process does not decide the figures (default: ${DEFAULT-VALUE}).")
  int repeat = 2;

  @Override
  public Integer call() throws Exception {
    Path root = ProjectPaths.repoRoot();
    Path hrc = root.resolve("hrc");
    Path pdfs = corpus != null ? corpus : ProjectPaths.sharedCorpus().resolve("hrc-pdf");
    Path jsonlFile = jsonl != null ? jsonl
        : ProjectPaths.sharedCorpus().resolve("bulk/ungdc/ungdc_1946-2024.jsonl.gz");
    boolean keep = work != null;
    Path dir = keep ? Files.createDirectories(work) : Files.createTempDirectory("hrc-bench-index");
    try {
      List<Path> files = files(pdfs);
      List<Path> pdfFiles = files.stream().filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).toList();
      System.out.printf("Corpus %s: %d files (%d PDF, %.0f MB); %d threads; %d cores%n", pdfs, files.size(),
          pdfFiles.size(), bytes(files) / 1e6, threads, Runtime.getRuntime().availableProcessors());
      warm(files);

      Timed floor = null;
      Timed full = null;
      Timed again = null;
      double peakMib = 0;
      Path index = dir.resolve("pdf-index");
      for (int round = 1; round <= repeat; round++) {
        System.out.printf("Round %d of %d%n", round, repeat);
        floor = best(floor, pdftotext(pdfFiles));
        Timed f = run(List.of(hrc.toString(), "index", pdfs.toString(), "--index", index.toString(), "--full",
            "--threads", Integer.toString(threads), "--progress", "none"), dir.resolve("full-" + round + ".log"));
        peakMib = Math.max(peakMib, f.peakMib());
        full = best(full, f);
        again = best(again, run(List.of(hrc.toString(), "index", pdfs.toString(), "--index", index.toString(),
            "--threads", Integer.toString(threads), "--progress", "none"), dir.resolve("no-change-" + round + ".log")));
      }
      Timed speeches = null;
      int records = 0;
      if (!noJsonl && Files.isRegularFile(jsonlFile)) {
        records = countLines(jsonlFile);
        speeches = run(List.of(hrc.toString(), "index", "--jsonl", jsonlFile.toString(), "--map", UNGDC_MAPPING,
            "--index", dir.resolve("jsonl-index").toString(), "--threads", Integer.toString(threads),
            "--progress", "none"), dir.resolve("jsonl.log"));
      }

      System.out.println();
      System.out.printf("Best of %d rounds; peak RSS is the highest seen.%n", repeat);
      System.out.println("| measure | value | target |");
      System.out.println("|---|---|---|");
      if (floor != null) {
        System.out.printf("| pdftotext, %d PDFs, -P %d (the floor) | %.1f s | |%n", pdfFiles.size(), threads,
            floor.seconds());
      }
      System.out.printf("| full index run, %d files | %.1f s | |%n", files.size(), full.seconds());
      if (floor != null) {
        System.out.printf("| full run / pdftotext | %.2fx | <= 1.5x |%n", full.seconds() / floor.seconds());
      }
      System.out.printf("| no-change run | %.2f s = %.1f%% of the full run | <= 5%% |%n", again.seconds(),
          100 * again.seconds() / full.seconds());
      System.out.printf("| peak RSS, indexer + workers (full run) | %.0f MiB | < 1536 MiB |%n", peakMib);
      if (speeches != null) {
        System.out.printf("| JSON-lines %s: %d records | %.1f s = %.0f documents/s (peak RSS %.0f MiB) | |%n",
            jsonlFile.getFileName(), records, speeches.seconds(), records / speeches.seconds(), speeches.peakMib());
      }
      System.out.println();
      System.out.println("Logs of the runs: " + (keep ? dir : "(deleted; keep them with --work <dir>)"));
      boolean failed = full.exitCode() != 0 || again.exitCode() != 0 || (speeches != null && speeches.exitCode() != 0);
      return failed ? 1 : 0;
    } finally {
      if (!keep) {
        deleteTree(dir);
      }
    }
  }

  /** A timed command: its wall time, exit code, and the peak RSS of its process tree. */
  record Timed(double seconds, int exitCode, double peakMib) {}

  /** The faster of two timings of the same thing (a failed one never counts as faster). */
  private static Timed best(Timed a, Timed b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    if (a.exitCode() != b.exitCode()) {
      return a.exitCode() != 0 ? a : b;
    }
    return b.seconds() < a.seconds() ? b : a;
  }

  private static Timed run(List<String> command, Path log) throws IOException, InterruptedException {
    System.out.println("$ " + String.join(" ", command.stream().map(IndexBenchmark::quote).toList()));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    double peak;
    try (RssSampler rss = new RssSampler(p.toHandle(), 50)) {
      p.waitFor();
      peak = rss.peakMib();
    }
    Timed t = new Timed((System.nanoTime() - t0) / 1e9, p.exitValue(), peak);
    System.out.printf("  %.1f s, exit %d, peak RSS %.0f MiB%n", t.seconds(), t.exitCode(), t.peakMib());
    if (t.exitCode() != 0) {
      System.out.println("  failed; its output:\n" + Files.readString(log));
    }
    return t;
  }

  /** pdftotext over every PDF, {@code threads} at a time (xargs -P), text thrown away; null when not installed. */
  private Timed pdftotext(List<Path> pdfs) throws IOException, InterruptedException {
    if (!onPath("pdftotext")) {
      System.out.println("pdftotext is not installed (apt-get install poppler-utils): no floor to compare with");
      return null;
    }
    System.out.printf("$ xargs -0 -P %d -I{} pdftotext -q {} - (over %d PDFs)%n", threads, pdfs.size());
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder("xargs", "-0", "-P", Integer.toString(threads), "-I{}", "pdftotext", "-q", "{}", "-")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try (var in = p.getOutputStream()) {
      for (Path pdf : pdfs) {
        in.write(pdf.toString().getBytes(StandardCharsets.UTF_8));
        in.write(0);
      }
    }
    p.waitFor(); // exits 123 for the malformed PDF, as it should
    Timed t = new Timed((System.nanoTime() - t0) / 1e9, 0, 0);
    System.out.printf("  %.1f s%n", t.seconds());
    return t;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches("(?i).*\\.(pdf|docx?|odt|rtf|html?|txt)$"))
          .sorted()
          .toList();
    }
  }

  private static long bytes(List<Path> files) throws IOException {
    long sum = 0;
    for (Path p : files) {
      sum += Files.size(p);
    }
    return sum;
  }

  /** Reads every file once, so that neither side pays for the disk. */
  private static void warm(List<Path> files) throws IOException {
    byte[] buffer = new byte[1 << 16];
    for (Path p : files) {
      try (InputStream in = Files.newInputStream(p)) {
        while (in.read(buffer) > 0) {
          // only to fill the page cache
        }
      }
    }
  }

  private static int countLines(Path jsonlGz) throws IOException {
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
        jsonlGz.toString().endsWith(".gz")
            ? new java.util.zip.GZIPInputStream(Files.newInputStream(jsonlGz), 1 << 16)
            : Files.newInputStream(jsonlGz), StandardCharsets.UTF_8))) {
      return (int) in.lines().filter(l -> !l.isBlank()).count();
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String d : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  private static String quote(String arg) {
    return arg.matches("[\\w./=:,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new IndexBenchmark()).execute(args));
  }
}
