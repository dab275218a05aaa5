package org.hrcsearch.indexer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.index.CorpusFolders;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.index.StatusFiles;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.enrich.VotesCsvReader;
import org.hrcsearch.indexer.extract.WorkerSettings;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.JsonlReportWriter;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.report.ReportFolder;
import org.hrcsearch.indexer.report.RunConclusion;
import org.hrcsearch.indexer.report.RunProgress;
import org.hrcsearch.indexer.report.RunStatusWriter;
import org.hrcsearch.indexer.sink.IndexBusyException;
import org.hrcsearch.indexer.sink.IndexSink;
import org.hrcsearch.indexer.sink.PreviousIndex;
import org.hrcsearch.indexer.source.ChangeDetector;
import org.hrcsearch.indexer.source.ChangePlan;
import org.hrcsearch.indexer.source.DocumentSource;
import org.hrcsearch.indexer.source.FolderSource;
import org.hrcsearch.indexer.source.HeldVersions;
import org.hrcsearch.indexer.source.IndexedState;
import org.hrcsearch.indexer.source.JsonlSource;
import org.hrcsearch.indexer.source.KnownFailure;
import org.hrcsearch.indexer.source.PathStamp;
import org.hrcsearch.indexer.source.SourceEntry;

/**
 * One indexing run: take the index's write lock, list the corpus, skip what the last commit already holds
 * unchanged, extract and enrich the rest in worker processes, delete what vanished, and land every change in one
 * commit, unless the run would lose more than a set share of the documents. A file that fails is reported and the
 * run goes on; every file gets one outcome in the report.
 */
public final class IndexRun {

    /** What a run is asked to do. */
    public record Options(
            List<Path> roots,
            Optional<JsonlSource.Input> jsonl,
            Path indexDir,
            int threads,
            boolean full,
            boolean force,
            double maxLoss,
            WorkerSettings workers,
            ProgressDisplay.Mode progress,
            boolean verbose) {

        /** The share of documents a run may lose without {@code --force}: 20%. */
        public static final double DEFAULT_MAX_LOSS = 0.20;

        public Options {
            roots = List.copyOf(roots);
            Objects.requireNonNull(jsonl, "jsonl");
            Objects.requireNonNull(indexDir, "indexDir");
            if (roots.isEmpty() && jsonl.isEmpty()) {
                throw new IllegalArgumentException(
                        "name at least one folder to index, or a JSON-lines file with --jsonl");
            }
            if (!roots.isEmpty() && jsonl.isPresent()) {
                throw new IllegalArgumentException("index folders or a JSON-lines file, not both in one index");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            if (maxLoss < 0 || maxLoss > 1) {
                throw new IllegalArgumentException(
                        "the share of documents a run may lose is between 0 and 1, got " + maxLoss);
            }
            Objects.requireNonNull(workers, "workers");
            Objects.requireNonNull(progress, "progress");
        }

        /** Folders into an index, incrementally, with default workers and plain progress lines. */
        public Options(List<Path> roots, Path indexDir, int threads) {
            this(
                    roots,
                    Optional.empty(),
                    indexDir,
                    threads,
                    false,
                    false,
                    DEFAULT_MAX_LOSS,
                    WorkerSettings.defaults(),
                    ProgressDisplay.Mode.LINES,
                    false);
        }

        public Options withFull(boolean value) {
            return new Options(roots, jsonl, indexDir, threads, value, force, maxLoss, workers, progress, verbose);
        }

        public Options withForce(boolean value) {
            return new Options(roots, jsonl, indexDir, threads, full, value, maxLoss, workers, progress, verbose);
        }

        public Options withMaxLoss(double value) {
            return new Options(roots, jsonl, indexDir, threads, full, force, value, workers, progress, verbose);
        }

        public Options withWorkers(WorkerSettings value) {
            return new Options(roots, jsonl, indexDir, threads, full, force, maxLoss, value, progress, verbose);
        }

        public Options withProgress(ProgressDisplay.Mode value) {
            return new Options(roots, jsonl, indexDir, threads, full, force, maxLoss, workers, value, verbose);
        }

        public Options withVerbose(boolean value) {
            return new Options(roots, jsonl, indexDir, threads, full, force, maxLoss, workers, progress, value);
        }

        /** A JSON-lines file into an index. */
        public static Options jsonl(JsonlSource.Input input, Path indexDir, int threads) {
            return new Options(
                    List.of(),
                    Optional.of(input),
                    indexDir,
                    threads,
                    false,
                    false,
                    DEFAULT_MAX_LOSS,
                    WorkerSettings.defaults(),
                    ProgressDisplay.Mode.LINES,
                    false);
        }
    }

    private final HrcSchema schema;
    private final PrintStream out;
    private final IndexSink.Directories directories;

    public IndexRun(HrcSchema schema, PrintStream out) {
        this(schema, out, org.apache.lucene.store.FSDirectory::open);
    }

    /** A run over the Lucene directories {@code directories} opens: tests inject a full disk or failing writes. */
    public IndexRun(HrcSchema schema, PrintStream out, IndexSink.Directories directories) {
        this.schema = schema;
        this.out = out;
        this.directories = Objects.requireNonNull(directories, "directories");
    }

    /**
     * Runs. Returns the report, whose {@link IndexingReport#conclusion()} says whether the run committed, found
     * nothing to change, or refused to commit.
     *
     * @throws IndexBusyException when another run holds the index
     * @throws org.hrcsearch.indexer.sink.IndexNotWritableException when the index folder cannot be written
     * @throws org.hrcsearch.indexer.sink.IndexCorruptException when the last commit fails its checksums
     * @throws IOException when the corpus is missing, or the index cannot be written, e.g. "disk full ..." (the last
     *     commit stays)
     * @throws OutOfMemoryError when the indexer's own heap ran out (nothing was committed)
     */
    public IndexingReport run(Options options) throws IOException, InterruptedException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        IndexingReport report = new IndexingReport();
        IndexFolder index = new IndexFolder(options.indexDir());
        ReportFolder folder = new ReportFolder(index);
        Path reportFile = folder.newReportFile(started);
        try (DocumentSource source = sourceFor(options, ReportFolder.workerLogFor(reportFile))) {
            source.checkAvailable(); // before touching the index
            IndexSink.requireWritable(options.indexDir());
            StatusFiles statusFiles = new StatusFiles(index);
            try (IndexSink sink = openSink(options.indexDir(), statusFiles)) {
                RunStatusWriter status = new RunStatusWriter(statusFiles, started, describe(options));
                RunProgress progress = new RunProgress();
                RunConclusion conclusion;
                try (JsonlReportWriter jsonl = new JsonlReportWriter(reportFile);
                        ProgressDisplay display = new ProgressDisplay(out, options.progress(), progress, s -> {
                            try {
                                status.progress(s);
                            } catch (IOException e) {
                                // a status file we cannot write is no reason to stop indexing
                            }
                        })) {
                    status.progress(progress.snapshot());
                    RunOutput output = new RunOutput(report, jsonl, progress, display, options.verbose());
                    try {
                        conclusion = run(options, source, sink, output, progress);
                    } catch (IOException | RuntimeException | InterruptedException | Error e) {
                        Throwable failure = RunFailure.explain(e, sink.tragedy());
                        conclusion = new RunConclusion(
                                RunState.FAILED,
                                sink.previous().documents(),
                                "the run failed, nothing was committed: " + failure.getMessage());
                        report.conclude(conclusion);
                        try { // with a full disk these fail too: never let them hide why the run failed
                            jsonl.close();
                            status.finished(report, conclusion, reportFile);
                        } catch (IOException | RuntimeException secondary) {
                            failure.addSuppressed(secondary);
                        }
                        throw RunFailure.rethrow(failure);
                    }
                }
                report.conclude(conclusion);
                status.finished(report, conclusion, reportFile);
                folder.prune();
                report.printSummary(out, (System.nanoTime() - t0) / 1_000_000);
                out.println(conclusion.message());
                out.println("Report: " + reportFile.toAbsolutePath().normalize());
            }
        }
        return report;
    }

    private IndexSink openSink(Path indexDir, StatusFiles statusFiles) throws IOException {
        try {
            return IndexSink.open(new HrcSchema(), indexDir, directories);
        } catch (IndexBusyException e) {
            throw e.heldBy(RunStatusWriter.describeRunningIndexer(statusFiles));
        }
    }

    private RunConclusion run(
            Options options, DocumentSource source, IndexSink sink, RunOutput output, RunProgress progress)
            throws IOException, InterruptedException {
        PreviousIndex previous = sink.previous();
        boolean rebuild = options.full() || previous.mustRebuild();
        if (!options.full() && previous.mustRebuild()) {
            output.println("Rebuilding the whole index: " + previous.rebuildReason());
        }
        if (rebuild || previous.documents() == 0) {
            source.prepare(Integer.MAX_VALUE); // everything will be extracted: start the workers while listing
        }

        progress.phase("listing", 0);
        List<FileOutcome> passedOver = new ArrayList<>();
        List<SourceEntry> entries = source.list(previous.state(), passedOver::add, output::note);
        for (FileOutcome o : passedOver) {
            output.record(o);
        }
        if (entries.isEmpty()) {
            return new RunConclusion(
                    RunState.FAILED,
                    previous.documents(),
                    "Found no documents in " + source.describe() + ": nothing was indexed; the index is unchanged.");
        }
        out.printf("Found %d files in %s%n", entries.size(), source.describe());

        // Known failures and known hashes come from the stamps; everything else is read and hashed.
        List<KnownFailure> keptFailures = new ArrayList<>();
        List<SourceEntry> toPlan = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        List<SourceEntry> toHash = new ArrayList<>();
        for (SourceEntry e : entries) {
            Optional<KnownFailure> failed =
                    rebuild ? Optional.empty() : previous.state().unchangedFailure(e);
            if (failed.isPresent()) {
                keptFailures.add(failed.get());
                output.record(new FileOutcome(
                        e.displayPath(),
                        "",
                        Outcome.UNCHANGED,
                        "unchanged since it failed (" + failed.get().outcome() + ": "
                                + failed.get().reason() + ")",
                        0,
                        0,
                        0));
                continue;
            }
            toPlan.add(e);
            Optional<String> known =
                    rebuild ? Optional.empty() : previous.state().unchangedHash(e);
            known.ifPresentOrElse(sha -> hashes.put(e.key(), sha), () -> toHash.add(e));
        }
        progress.phase("hashing", toHash.size());
        List<FileOutcome> unreadable = new ArrayList<>();
        hashes.putAll(source.hash(toHash, unreadable::add));
        for (FileOutcome o : unreadable) {
            output.record(o);
        }
        toPlan.removeIf(e -> !hashes.containsKey(e.key()));

        ChangePlan plan = new ChangeDetector(previous.state()).plan(toPlan, hashes, rebuild);
        if (rebuild
                || !plan.written().isEmpty()
                || !plan.deleted().isEmpty()
                || !plan.restamped().isEmpty()) {
            sink.verifyLastCommit(); // before any work: never build on a damaged index (a no-change run skips the read)
        }
        for (ChangePlan.ContentGroup g : plan.unchanged()) {
            for (SourceEntry e : g.copies()) {
                output.record(new FileOutcome(e.displayPath(), g.sha256(), Outcome.UNCHANGED, "", 0, 0, 0));
            }
        }
        for (ChangePlan.ContentGroup g : plan.restamped()) {
            sink.restamp(
                    g.documentId(),
                    g.sha256(),
                    g.copies().stream().map(SourceEntry::stamp).toList());
            for (SourceEntry e : g.copies()) {
                output.record(new FileOutcome(
                        e.displayPath(), g.sha256(), Outcome.UNCHANGED, "same bytes, new modification time", 0, 0, 0));
            }
        }
        HeldVersions held = HeldVersions.of(
                plan,
                keptFailures.stream().map(f -> f.stamp().key()).collect(Collectors.toSet()),
                IndexRun::keepsPreviousVersion);
        if (rebuild) {
            sink.deleteAll();
        } else {
            for (var gone : held.now()) {
                sink.delete(gone.documentId());
            }
        }
        for (var vanished : held.vanished()) {
            output.record(
                    new FileOutcome(vanished.displayPath(), "", Outcome.DELETED, "gone from the corpus", 0, 0, 0));
        }

        progress.phase("extracting", plan.writtenEntries());
        source.prepare(plan.written().size());
        WritePhase write = new WritePhase(sink, output);
        write.run(source, plan.written(), writeThreads(options, source));

        List<KnownFailure> failures = new ArrayList<>(keptFailures);
        failures.addAll(write.failures());
        List<IndexedState.IndexedContent> replaced = List.of();
        if (!rebuild) {
            Map<String, Boolean> builtByKey = new HashMap<>();
            for (ChangePlan.ContentGroup g : plan.written()) {
                g.copies()
                        .forEach(c ->
                                builtByKey.put(c.key(), write.builtSha256s().contains(g.sha256())));
            }
            replaced = held.rebuilt(builtByKey);
            for (var gone : replaced) {
                sink.delete(gone.documentId());
            }
            for (var stays : held.ifRebuilt()) {
                if (!replaced.contains(stays)) {
                    stays.paths()
                            .forEach(p -> output.note(p.displayPath()
                                    + ": its new version failed (see its line in the report), so the previous version stays"
                                    + " in the index until the file is fixed"));
                }
            }
        }
        int documents = documentsAfter(previous, held.deletedCount(replaced), write.builtSha256s(), rebuild);
        int derived = -1;
        if (sink.hasDocumentChanges() || rebuild) { // in the same commit as the reports they are read from
            IndexSink.Reconciled printed = sink.reconcileDerivedDocuments();
            derived = printed.documents();
            output.printedTexts(printed.documents(), printed.cpuNanos());
        }
        boolean failuresChanged = !sameFailures(previous.state().failures(), failures);
        if (!sink.hasDocumentChanges() && !failuresChanged && !rebuild) {
            return new RunConclusion(
                    RunState.UNCHANGED,
                    documents,
                    "Nothing changed: the index is as it was (" + documents + " documents, no new commit).");
        }
        int lost = previous.documents() - documents;
        if (previous.documents() > 0 && lost > options.maxLoss() * previous.documents() && !options.force()) {
            return new RunConclusion(
                    RunState.REFUSED,
                    previous.documents(),
                    String.format(
                            java.util.Locale.ROOT,
                            "Refused to commit: this run would leave %d of the %d documents in the index (%d fewer, more than the "
                                    + "%.0f%% a run may lose). The index is unchanged. Check the corpus folders and the failures above, "
                                    + "or run again with --force to accept the loss.",
                            documents,
                            previous.documents(),
                            lost,
                            options.maxLoss() * 100));
        }
        progress.rename("committing");
        Map<String, String> runData = new LinkedHashMap<>();
        runData.put(CommitKey.RUN_FILES.key(), Integer.toString(entries.size()));
        runData.put(CommitKey.RUN_SOURCE.key(), source.describe());
        // stored display paths are relative to the folder the run started in; the server resolves files against it
        Path base = Path.of("").toAbsolutePath().normalize();
        runData.put(CommitKey.PATHS_BASE.key(), base.toString());
        // and served only from inside the folders the run read (none for JSON lines: records are no files)
        runData.put(
                CommitKey.CORPUS_FOLDERS.key(),
                CorpusFolders.of(options.roots(), base).encode());
        sink.commit(runData, failures);
        sink.cleanupFailure()
                .ifPresent(e -> output.note("committed, but removing the previous commit's files failed ("
                        + e.getMessage() + "); the next run removes them"));
        return new RunConclusion(
                RunState.COMMITTED,
                documents,
                "Committed: the index at " + options.indexDir().toAbsolutePath().normalize() + " now holds " + documents
                        + " documents" + (derived > 0 ? " and " + derived + " texts printed in session reports" : "")
                        + ".");
    }

    /** Folders: one more thread than workers, so that a worker never waits while its last result is written. */
    private static int writeThreads(Options options, DocumentSource source) {
        return source instanceof FolderSource ? options.threads() + 1 : options.threads();
    }

    private static int documentsAfter(PreviousIndex previous, int deleted, Set<String> built, boolean rebuild) {
        if (rebuild) {
            return built.size();
        }
        int added = (int) built.stream()
                .filter(sha -> previous.state().content(sha).isEmpty())
                .count();
        return previous.documents() - deleted + added;
    }

    /**
     * A votes file whose new bytes fail keeps its previous version in the index: it is data edited by hand, and one
     * bad row must not take a session's votes away. Any other file that fails is out of the index until it reads.
     */
    private static boolean keepsPreviousVersion(PathStamp path) {
        return VotesCsvReader.isVotesFile(path.displayPath());
    }

    private static boolean sameFailures(java.util.Collection<KnownFailure> before, List<KnownFailure> after) {
        return new HashSet<>(before).equals(new HashSet<>(after));
    }

    private static DocumentSource sourceFor(Options options, Path workerLog) {
        return options.jsonl().isPresent()
                ? new JsonlSource(options.jsonl().get())
                : new FolderSource(
                        options.roots(), options.threads(), options.workers().withLog(workerLog));
    }

    private static String describe(Options options) {
        return "index "
                + (options.jsonl().isPresent()
                        ? "--jsonl " + options.jsonl().get().file()
                        : options.roots()) + " --index " + options.indexDir() + (options.full() ? " --full" : "");
    }
}
