package org.hrcsearch.indexer.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.indexer.extract.WorkerSettings;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.report.RunConclusion;
import org.hrcsearch.indexer.sink.IndexBusyException;
import org.hrcsearch.indexer.sink.IndexCorruptException;
import org.hrcsearch.indexer.sink.IndexNotWritableException;
import org.hrcsearch.indexer.source.JsonlMapping;
import org.hrcsearch.indexer.source.JsonlSource;
import org.hrcsearch.launcher.IndexerLaunch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hrc index <folder>... --index <dir>}: brings an index in line with folders of documents. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Index folders of documents (PDF, DOC, DOCX, ODT, RTF, HTML, TXT), or a JSON-lines file of texts, into a"
                    + " search index.",
            "Incremental: files unchanged since the last run are skipped, changed ones indexed again, vanished ones"
                    + " deleted. Text is extracted in separate worker processes, so a file that hangs, exhausts memory or"
                    + " crashes the parser costs only that file.",
            "Every change lands in one commit at the end: a server reading the index sees the old or the new index,"
                    + " never half. A run killed at any point leaves the last commit intact; just run again.",
            "Every file gets an outcome in <index>/reports/<time>.jsonl; the summary lists the failures.",
            "",
            "Exit codes: 0 committed or nothing to change, 1 error (nothing committed: disk full, out of memory, ...),"
                    + " 2 bad options, 3 no documents found, 4 refused (the run would lose too many documents), 5 another run"
                    + " holds the index, 6 the index folder is not writable, 7 the index is corrupt (rebuild it)."
        })
public final class IndexCommand implements Callable<Integer> {

    static final int EXIT_NO_DOCUMENTS = 3;
    static final int EXIT_REFUSED = 4;
    static final int EXIT_BUSY = 5;
    static final int EXIT_NOT_WRITABLE = 6;
    static final int EXIT_CORRUPT = 7;

    @Parameters(arity = "0..*", paramLabel = "<folder>", description = "Folders to index (walked recursively).")
    List<Path> folders = new ArrayList<>();

    @Option(
            names = IndexerLaunch.INDEX_OPTION,
            required = true,
            paramLabel = "<dir>",
            description = "Index folder (created if missing).")
    Path index;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "Files extracted at once, each in its own worker process (default: the cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = IndexerLaunch.FULL_OPTION,
            description = "Extract and index every file again, whatever the index holds.")
    boolean full;

    @Option(
            names = "--force",
            description = "Commit even when the run would leave fewer documents than --max-loss allows.")
    boolean force;

    @Option(
            names = "--max-loss",
            paramLabel = "PERCENT",
            description =
                    "Refuse to commit a run that would lose more than this share of the documents (default: ${DEFAULT-VALUE}).")
    double maxLossPercent = IndexRun.Options.DEFAULT_MAX_LOSS * 100;

    @Option(
            names = "--jsonl",
            paramLabel = "<file>",
            description =
                    "Index the records of a JSON-lines file (.jsonl or .jsonl.gz) instead of folders; needs --map.")
    Path jsonl;

    @Option(
            names = "--map",
            paramLabel = "field=source,...",
            description = {
                "With --jsonl: which member fills which field, e.g.",
                "  id=id,text=text,year=year,state=iso3,session=,title={iso3} statement, UNGA session {session} ({year})",
                "Fields: " + "id, text (required), title, date, year, session, symbol, type, lang, state, signatory.",
                "A source is a member name, a template with {member}, or empty (session= keeps the documents out of"
                        + " every Council session)."
            })
    String map;

    @Option(
            names = "--file-timeout",
            paramLabel = "SECONDS",
            description = "Stop parsing a file after this long and report it (default: ${DEFAULT-VALUE}).")
    long fileTimeoutSeconds = WorkerSettings.DEFAULT_FILE_TIME_LIMIT.toSeconds();

    @Option(
            names = "--worker-heap",
            paramLabel = "MB",
            description =
                    "Maximum heap of each extraction worker; a file that needs more fails alone (default: ${DEFAULT-VALUE}).")
    int workerHeapMb = WorkerSettings.DEFAULT_HEAP_MB;

    @Option(
            names = IndexerLaunch.PROGRESS_OPTION,
            paramLabel = "MODE",
            description =
                    "auto (a bar on a terminal, lines otherwise), bar, lines or none (default: ${DEFAULT-VALUE}).")
    String progress = "auto";

    @Option(
            names = "--ocr",
            description = {
                "OCR the pages that have no text layer (scans) with Tesseract, page by page; slow.",
                "Needs the tesseract program (Debian: apt-get install tesseract-ocr). Off by default: scans are then",
                "indexed by their metadata and reported as needs_ocr."
            })
    boolean ocr;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print a line for every file, not only for failures.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (ocr) {
            Optional<String> missing = TikaExtractor.ocrUnavailableReason();
            if (missing.isPresent()) {
                System.err.println("hrc index: --ocr: " + missing.get());
                return 2;
            }
        }
        IndexRun.Options options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            System.err.println("hrc index: " + e.getMessage());
            return 2;
        }
        IndexingReport report;
        try {
            report = new IndexRun(new HrcSchema(), System.out).run(options);
        } catch (IndexBusyException e) {
            System.err.println("hrc index: " + e.getMessage());
            return EXIT_BUSY;
        } catch (IndexNotWritableException e) {
            System.err.println("hrc index: " + e.getMessage());
            return EXIT_NOT_WRITABLE;
        } catch (IndexCorruptException e) {
            System.err.println("hrc index: " + e.getMessage());
            return EXIT_CORRUPT;
        } catch (java.io.IOException e) {
            System.err.println("hrc index: " + e.getMessage());
            System.err.println("hrc index: nothing was committed; the index holds what its last commit held.");
            return 1;
        } catch (OutOfMemoryError e) { // outside the writing phase, where the run turns it into a message of its own
            System.err.println(
                    "hrc index: the indexer ran out of memory (" + e.getMessage() + "): nothing was committed;"
                            + " give it more heap (HRC_INDEX_HEAP=1g ./hrc index ...) and run again");
            return 1;
        }
        RunConclusion conclusion = report.conclusion().orElseThrow();
        return switch (conclusion.state()) {
            case COMMITTED, UNCHANGED -> 0;
            case REFUSED -> EXIT_REFUSED;
            case FAILED -> report.outcomes().isEmpty() ? EXIT_NO_DOCUMENTS : 1;
            case RUNNING -> throw new IllegalStateException("a conclusion is never " + conclusion.state());
        };
    }

    IndexRun.Options options() {
        Optional<JsonlSource.Input> input = Optional.empty();
        if (jsonl != null) {
            if (map == null) {
                throw new IllegalArgumentException("--jsonl needs --map, e.g. --map id=id,text=text");
            }
            input = Optional.of(new JsonlSource.Input(jsonl, JsonlMapping.parse(map)));
        } else if (map != null) {
            throw new IllegalArgumentException("--map only applies with --jsonl");
        }
        WorkerSettings workers = WorkerSettings.defaults()
                .withHeapMb(workerHeapMb)
                .withFileTimeLimit(Duration.ofSeconds(fileTimeoutSeconds));
        if (ocr) {
            workers = workers.withOcr();
        }
        ProgressDisplay.Mode mode = switch (progress) {
            case "auto" -> ProgressDisplay.Mode.forStandardOutput();
            case "bar" -> ProgressDisplay.Mode.BAR;
            case IndexerLaunch.PROGRESS_LINES -> ProgressDisplay.Mode.LINES;
            case "none" -> ProgressDisplay.Mode.NONE;
            default ->
                throw new IllegalArgumentException("--progress is auto, bar, lines or none, not '" + progress + "'");
        };
        return new IndexRun.Options(
                folders, input, index, threads, full, force, maxLossPercent / 100.0, workers, mode, verbose);
    }

    /**
     * Lucene warns at start-up, through java.util.logging, that the JDK's incubating vector module is not enabled; a
     * user of the command line can do nothing about it. Held here so that the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        System.exit(new CommandLine(new IndexCommand()).execute(args));
    }
}
