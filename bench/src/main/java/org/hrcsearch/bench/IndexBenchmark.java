package org.hrcsearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.index.RunSummary;
import org.hrcsearch.corpus.index.StatusFiles;
import org.hrcsearch.launcher.AotCache;
import org.hrcsearch.testkit.ProjectPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hrc bench index}: how fast a full index run is against the practical floor for PDF text extraction
 * ({@code pdftotext} over the same files with the same parallelism), how cheap a run with nothing to change is,
 * the peak memory of the indexer and all its workers, the share of the full run's CPU that the Council's actions take
 * (as the run counts it, {@code last-run.json}), and documents per second for a JSON-lines corpus. Every run
 * is {@code ./hrc index} in a process of its own, as a user runs it. A benchmark, not a test: it reports figures
 * and the targets beside them, and fails nothing.
 */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {"Measure indexing: full run vs pdftotext, no-change run, peak RSS, JSON-lines documents/s."})
final class IndexBenchmark implements Callable<Integer> {

    @Option(
            names = "--corpus",
            paramLabel = "<folder>",
            description = "PDF folder to index (default: ../shared/corpus/hrc-pdf).")
    Path corpus;

    @Option(
            names = "--jsonl",
            paramLabel = "<file>",
            description =
                    "JSON-lines corpus for documents/s (default: the UN General Debate corpus in ../shared/corpus).")
    Path jsonl;

    @Option(names = "--no-jsonl", description = "Skip the JSON-lines measurement.")
    boolean noJsonl;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Parallelism for both (default: the cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--work",
            paramLabel = "<dir>",
            description = "Where the benchmark's indexes go (default: a temp folder, deleted).")
    Path work;

    @Option(
            names = "--repeat",
            paramLabel = "N",
            description =
                    "Rounds of pdftotext, full run and no-change run, interleaved; the best of each counts, so that"
                            + " a burst of load from another process does not decide the figures (default: ${DEFAULT-VALUE}).")
    int repeat = 2;

    @Option(
            names = "--scale",
            paramLabel = "N",
            description = "Index the corpus's PDFs N times over, each copy made unique by a line after its %%EOF, so"
                    + " that the steady state shows; copies in the work folder, removed after (default: ${DEFAULT-VALUE},"
                    + " the corpus as it is).")
    int scale = 1;

    @Option(
            names = "--aot-ab",
            description = "Also run each round's full index run with its JDK 25 AOT cache off (HRC_AOT=off), and give"
                    + " the ratio of the two: what the cache saves, measured in the same run.")
    boolean aotAb;

    @Override
    public Integer call() throws Exception {
        Path root = ProjectPaths.repoRoot();
        Path hrc = root.resolve("hrc");
        Path pdfs = corpus != null ? corpus : ProjectPaths.sharedCorpus().resolve("hrc-pdf");
        Path jsonlFile = noJsonl ? null : jsonl != null ? jsonl : GeneralDebate.file(ProjectPaths.sharedCorpus());
        boolean keep = work != null;
        Path dir = keep ? Files.createDirectories(work) : Files.createTempDirectory("hrc-bench-index");
        try {
            List<Path> all = files(pdfs);
            List<Path> original = all.stream()
                    .filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .toList();
            Path folder = pdfs;
            List<Path> files = all;
            if (scale > 1) {
                folder = dir.resolve("scaled");
                files = ScaledCorpus.make(original, pdfs, scale, folder);
            }
            List<Path> pdfFiles = scale > 1 ? files : original;
            System.out.printf(
                    "Corpus %s%s: %d files (%d PDF, %.0f MB); %d threads; %d cores; load average %s%n",
                    pdfs,
                    scale > 1 ? ", its PDFs " + scale + " times over" : "",
                    files.size(),
                    pdfFiles.size(),
                    bytes(files) / 1e6,
                    threads,
                    Runtime.getRuntime().availableProcessors(),
                    BenchIndex.loadAverage());
            warm(files);
            Path list = Files.write(
                    dir.resolve("files.txt"), files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);

            Timed floor = null;
            Timed tika = null;
            Timed recoll = null;
            Timed full = null;
            Timed again = null;
            Timed noAot = null;
            double peakMib = 0;
            Optional<RunSummary.ActionCost> actionCost = Optional.empty();
            Path index = dir.resolve("pdf-index");
            boolean recollInstalled = onPath("recollindex");
            // The first index run after a build trains the JDK 25 AOT caches (AotCache): as it exits, a JVM of its own
            // writes them beside the one that ran, which costs seconds and memory once. A run over the samples does it
            // here, as `./hrc demo` does after a build, so that the rounds measure the runs that follow, which are the
            // ones a user repeats; it is printed, not counted.
            System.out.println(
                    "First run after the build, over the samples (trains the AOT caches when they are stale):");
            run(
                    hrcIndex(
                            hrc,
                            dir.resolve("samples-index"),
                            ProjectPaths.samplePdfs().toString(),
                            "--full"),
                    dir.resolve("samples.log"));
            for (int round = 1; round <= repeat; round++) {
                System.out.printf("Round %d of %d%n", round, repeat);
                floor = best(floor, pdftotext(pdfFiles));
                tika = best(tika, run(rawTika(list), dir.resolve("tika-" + round + ".log")));
                if (recollInstalled) {
                    recoll = best(
                            recoll,
                            run(recollindex(folder, dir.resolve("recoll")), dir.resolve("recoll-" + round + ".log")));
                }
                Timed f = run(hrcIndex(hrc, index, folder.toString(), "--full"), dir.resolve("full-" + round + ".log"));
                peakMib = Math.max(peakMib, f.peakMib());
                if (best(full, f) == f) { // what the Council's actions cost in the very run whose CPU counts
                    actionCost = lastRunsActionCost(index);
                }
                full = best(full, f);
                if (aotAb) {
                    noAot = best(
                            noAot,
                            run(
                                    hrcIndex(hrc, dir.resolve("no-aot-index"), folder.toString(), "--full"),
                                    dir.resolve("full-no-aot-" + round + ".log"),
                                    Map.of(AotCache.SWITCH_ENV, "off")));
                }
                again = best(
                        again,
                        run(hrcIndex(hrc, index, folder.toString()), dir.resolve("no-change-" + round + ".log")));
            }
            if (scale > 1) {
                BenchIndex.deleteTree(folder); // the copies can be large; the logs stay with --work
            }
            Timed speeches = null;
            int records = 0;
            if (jsonlFile != null && Files.isRegularFile(jsonlFile)) {
                records = countLines(jsonlFile);
                speeches = run(
                        hrcIndex(
                                hrc,
                                dir.resolve("jsonl-index"),
                                "--jsonl",
                                jsonlFile.toString(),
                                "--map",
                                GeneralDebate.MAPPING),
                        dir.resolve("jsonl.log"));
            }

            System.out.println();
            System.out.printf("Best of %d rounds; peak RSS is the highest seen.%n", repeat);
            System.out.println("| measure | value | target |");
            System.out.println("|---|---|---|");
            if (floor != null) {
                System.out.printf(
                        "| pdftotext, %d PDFs, -P %d (the floor) | %.1f s | |%n",
                        pdfFiles.size(), threads, floor.seconds());
            }
            System.out.printf("| full index run, %d files | %.1f s | |%n", files.size(), full.seconds());
            if (floor != null) {
                System.out.printf("| full run / pdftotext | %.2fx | <= 1.5x |%n", full.seconds() / floor.seconds());
                if (floor.cpuSeconds() > 0 && full.cpuSeconds() > 0) {
                    System.out.printf(
                            "| CPU time, full run / pdftotext (less sensitive to other load) | %.1f s / %.1f s ="
                                    + " %.2fx | |%n",
                            full.cpuSeconds(), floor.cpuSeconds(), full.cpuSeconds() / floor.cpuSeconds());
                }
            }
            System.out.printf(
                    "| no-change run | %.2f s = %.1f%% of the full run | <= 5%% |%n",
                    again.seconds(), 100 * again.seconds() / full.seconds());
            System.out.printf("| peak RSS, indexer + workers (full run) | %.0f MiB | < 1536 MiB |%n", peakMib);
            if (noAot != null) {
                System.out.printf(
                        "| full run with the AOT cache / without (HRC_AOT=off) | %.2fx wall, %s CPU | < 1x |%n",
                        full.seconds() / noAot.seconds(),
                        full.cpuSeconds() > 0 && noAot.cpuSeconds() > 0
                                ? String.format(Locale.ROOT, "%.2fx", full.cpuSeconds() / noAot.cpuSeconds())
                                : "?");
            }
            System.out.println(actionCostRow(actionCost, full.cpuSeconds()));
            if (speeches != null) {
                System.out.printf(
                        "| JSON-lines %s: %d records | %.1f s = %.0f documents/s (peak RSS %.0f MiB) | |%n",
                        jsonlFile.getFileName(),
                        records,
                        speeches.seconds(),
                        records / speeches.seconds(),
                        speeches.peakMib());
            }
            System.out.println();
            System.out.printf(
                    "Side by side, %d files, %d at a time, best of %d rounds:%n", files.size(), threads, repeat);
            List<RatioTable.Tool> tools = new java.util.ArrayList<>();
            if (floor != null) {
                tools.add(RatioTable.Tool.measured("`pdftotext` (poppler), the floor", floor));
            }
            RatioTable.Tool rawTika =
                    RatioTable.Tool.measured("Tika `AutoDetectParser`, one JVM, no isolation, no index", tika);
            tools.add(rawTika);
            tools.add(
                    recoll != null
                            ? RatioTable.Tool.measured("Recoll `recollindex`", recoll)
                            : RatioTable.Tool.missing(
                                    "Recoll `recollindex`", "not installed (apt-get install recollcmd)"));
            RatioTable.lines(
                            tools,
                            RatioTable.Tool.measured("`./hrc index --full`", full),
                            Optional.of(rawTika),
                            files.size())
                    .forEach(System.out::println);
            System.out.println();
            System.out.println("Logs of the runs: " + (keep ? dir : "(deleted; keep them with --work <dir>)"));
            boolean failed =
                    full.exitCode() != 0 || again.exitCode() != 0 || (speeches != null && speeches.exitCode() != 0);
            return failed ? 1 : 0;
        } finally {
            if (!keep) {
                BenchIndex.deleteTree(dir);
            }
        }
    }

    /** What the last run over {@code index} says it spent on the Council's actions ({@code last-run.json}). */
    private static Optional<RunSummary.ActionCost> lastRunsActionCost(Path index) {
        return new StatusFiles(new IndexFolder(index)).lastRun().map(RunSummary::actions);
    }

    /**
     * The table's row for the Council's actions: the CPU the indexer's threads spent reading them out of the session
     * reports and making documents of the texts they print, as the run itself counted it, against the CPU of the
     * whole run (indexer and workers, from {@code /usr/bin/time}); issue 14 allows 5%.
     */
    static String actionCostRow(Optional<RunSummary.ActionCost> cost, double runCpuSeconds) {
        String measure = "| Council actions: read + printed texts made documents (thread CPU, counted by the run)";
        if (cost.isEmpty()) {
            return measure + " | no session report was read | <= 5% |";
        }
        RunSummary.ActionCost c = cost.get();
        String spent = String.format(
                Locale.ROOT,
                "%d reports: %.2f + %.2f (%d texts) = %.2f CPU s",
                c.reports(),
                c.extractionCpuSeconds(),
                c.printedTextsCpuSeconds(),
                c.printedTexts(),
                c.cpuSeconds());
        if (runCpuSeconds <= 0) {
            return measure + " | " + spent + " (the run's CPU unknown: no /usr/bin/time) | <= 5% |";
        }
        return measure
                + String.format(
                        Locale.ROOT,
                        " | %s of the run's %.1f CPU s = **%.1f%%** | <= 5%% |",
                        spent,
                        runCpuSeconds,
                        100 * c.cpuSeconds() / runCpuSeconds);
    }

    /** {@link RawTika} over the files listed in {@code list}, in a JVM with the indexer's batch options. */
    private List<String> rawTika(Path list) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + (long) org.hrcsearch.indexer.extract.WorkerSettings.DEFAULT_HEAP_MB * threads + "m");
        command.addAll(org.hrcsearch.launcher.IndexerLaunch.batchJvmOptions());
        command.add("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                RawTika.class.getName(),
                "--threads",
                Integer.toString(threads),
                list.toString()));
        return command;
    }

    /**
     * {@code recollindex -z} (a fresh index) over {@code folder}, with a configuration of its own in {@code conf}:
     * Recoll's defaults (its threads sized by the cores) but for the folder it indexes.
     */
    private static List<String> recollindex(Path folder, Path conf) throws IOException {
        BenchIndex.deleteTree(conf);
        Files.createDirectories(conf);
        Files.writeString(conf.resolve("recoll.conf"), "topdirs = " + folder + "\nloglevel = 1\n");
        return List.of("recollindex", "-c", conf.toString(), "-z");
    }

    /** {@code hrc index <input...> --index <index> --threads N --progress none}, as a user runs it. */
    private List<String> hrcIndex(Path hrc, Path index, String... input) {
        List<String> command = new java.util.ArrayList<>(List.of(hrc.toString(), "index"));
        command.addAll(List.of(input));
        command.addAll(
                List.of("--index", index.toString(), "--threads", Integer.toString(threads), "--progress", "none"));
        return command;
    }

    /**
     * A timed command: its wall time, exit code, the peak RSS of its process tree, and the CPU time (user + system)
     * of the whole tree, or -1 when {@code /usr/bin/time} is not there to measure it.
     */
    record Timed(double seconds, int exitCode, double peakMib, double cpuSeconds) {}

    private static final Path TIME = Path.of("/usr/bin/time");

    /** {@code command} run under {@code /usr/bin/time}, which writes the tree's CPU time to {@code cpuFile}. */
    private static List<String> timed(List<String> command, Path cpuFile) {
        if (!Files.isExecutable(TIME)) {
            return command;
        }
        List<String> wrapped =
                new java.util.ArrayList<>(List.of(TIME.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
        wrapped.addAll(command);
        return wrapped;
    }

    /** The CPU seconds {@code /usr/bin/time} wrote, or -1. */
    private static double cpuSeconds(Path cpuFile) {
        try {
            String[] f = Files.readString(cpuFile).strip().split("\\s+");
            String[] last = java.util.Arrays.copyOfRange(f, f.length - 2, f.length); // after any "exited with" line
            return Double.parseDouble(last[0]) + Double.parseDouble(last[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

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
        return run(command, log, Map.of());
    }

    /** The variable in which {@code ./hrc} takes the JVM options of the command it runs. */
    static final String LAUNCHER_JVM_OPTIONS_ENV = "HRC_JAVA_OPTS";

    /** {@code command} with {@code env} added to its environment, timed, its output in {@code log}. */
    private static Timed run(List<String> command, Path log, Map<String, String> env)
            throws IOException, InterruptedException {
        System.out.println((env.isEmpty()
                        ? "$ "
                        : "$ "
                                + env.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue() + " ")
                                        .collect(java.util.stream.Collectors.joining()))
                + String.join(" ", command.stream().map(IndexBenchmark::quote).toList()));
        Path cpuFile = log.resolveSibling(log.getFileName() + ".cpu");
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(timed(command, cpuFile))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // ./hrc starts this JVM with its own options in HRC_JAVA_OPTS (-Xmx1g), which the launcher would hand on to
        // every ./hrc index timed here, in place of the indexer's batch options and heap: the runs then measured a
        // JVM no user runs (a 1 GB heap, the default C2). They get the launcher's defaults, as a user's run does.
        builder.environment().remove(LAUNCHER_JVM_OPTIONS_ENV);
        builder.environment().putAll(env);
        Process p = builder.start();
        double peak;
        try (RssSampler rss = new RssSampler(p.toHandle(), 50)) {
            p.waitFor();
            peak = rss.peakMib();
        }
        Timed t = new Timed((System.nanoTime() - t0) / 1e9, p.exitValue(), peak, cpuSeconds(cpuFile));
        System.out.printf(
                "  %.1f s, %.1f CPU s, exit %d, peak RSS %.0f MiB%n",
                t.seconds(), t.cpuSeconds(), t.exitCode(), t.peakMib());
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
        Path cpuFile = Files.createTempFile("hrc-bench-pdftotext", ".cpu");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(timed(
                        List.of("xargs", "-0", "-P", Integer.toString(threads), "-I{}", "pdftotext", "-q", "{}", "-"),
                        cpuFile))
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
        Timed t = new Timed((System.nanoTime() - t0) / 1e9, 0, 0, cpuSeconds(cpuFile));
        Files.deleteIfExists(cpuFile);
        System.out.printf("  %.1f s, %.1f CPU s%n", t.seconds(), t.cpuSeconds());
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
                        : Files.newInputStream(jsonlGz),
                StandardCharsets.UTF_8))) {
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
        if (arg.length() > 200 && arg.contains(java.io.File.pathSeparator)) {
            return "<class path>"; // the raw Tika JVM's: a screenful that says nothing
        }
        return arg.matches("[\\w./=:,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
