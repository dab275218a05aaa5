package org.hrcsearch.indexer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.enrich.DocumentDeriver;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.extract.WorkerPool;
import org.hrcsearch.indexer.extract.WorkerSettings;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.sink.FileStateField;

/**
 * Documents from folders of files (PDF, Word, HTML, text): walked, hashed in parallel, extracted in worker
 * processes (started only when there is something to extract), enriched.
 */
public final class FolderSource implements DocumentSource {

    private final List<Path> roots;
    private final int threads;
    private final WorkerSettings workerSettings;
    private final DocumentEnricher enricher = new DocumentEnricher();
    /**
     * One deriver per writing thread (a deriver is not meant to be shared), all over the same vocabularies: loading
     * them and a sidecar reader for every document took a tenth of the indexer's time.
     */
    private final ThreadLocal<DocumentDeriver> derivers = ThreadLocal.withInitial(this::newDeriver);

    private Vocabularies vocabularies;
    private final Map<String, CorpusFile> filesByKey = new HashMap<>();
    private WorkerPool pool;

    public FolderSource(List<Path> roots, int threads, WorkerSettings workerSettings) {
        this.roots = List.copyOf(roots);
        this.threads = threads;
        this.workerSettings = workerSettings;
    }

    @Override
    public String describe() {
        return roots.toString();
    }

    @Override
    public void checkAvailable() throws IOException {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IOException("not a folder: " + root + " (nothing was indexed; the index is unchanged)");
            }
        }
    }

    @Override
    public List<SourceEntry> list(IndexedState previous, Consumer<FileOutcome> passedOver, Consumer<String> notes)
            throws IOException {
        CorpusWalker walker = new CorpusWalker(Path.of("").toAbsolutePath());
        List<SourceEntry> entries = new ArrayList<>();
        Consumer<CorpusWalker.Skipped> skipped = s -> passedOver.accept(new FileOutcome(
                s.path(),
                "",
                s.kind() == CorpusWalker.Skipped.Kind.UNREADABLE ? Outcome.FAILED_READ : Outcome.SKIPPED,
                s.reason(),
                0,
                0,
                0));
        for (CorpusFile f : walker.walk(roots, skipped)) {
            if (!FileStateField.recordable(f.path().toString())) {
                passedOver.accept(new FileOutcome(
                        f.displayPath(),
                        "",
                        Outcome.SKIPPED,
                        "its name holds a tab or line "
                                + "break, which the index cannot record; not indexed: rename it",
                        0,
                        0,
                        0));
                continue;
            }
            filesByKey.put(f.path().toString(), f);
            entries.add(SourceEntry.of(f));
        }
        return entries;
    }

    @Override
    public Map<String, String> hash(List<SourceEntry> entries, Consumer<FileOutcome> unreadable)
            throws InterruptedException {
        ExecutorService hashers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (SourceEntry e : entries) {
                futures.add(hashers.submit(() -> ContentHash.sha256(Path.of(e.key()))));
            }
            Map<String, String> hashes = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                SourceEntry e = entries.get(i);
                try {
                    hashes.put(e.key(), futures.get(i).get());
                } catch (ExecutionException ex) {
                    Throwable cause = ex.getCause();
                    String reason = cause instanceof java.nio.file.NoSuchFileException
                            ? "vanished: listed, then gone before it was read; not indexed (the next run sees whether it is back)"
                            : cause instanceof java.nio.file.AccessDeniedException
                                    ? "permission denied: the indexer may not read it; make it readable (chmod a+r) or move it out"
                                    : "cannot be read: " + cause.getMessage();
                    unreadable.accept(new FileOutcome(e.displayPath(), "", Outcome.FAILED_READ, reason, 0, 0, 0));
                }
            }
            return hashes;
        } finally {
            hashers.shutdown();
        }
    }

    @Override
    public void prepare(int contentsToBuild) {
        if (contentsToBuild > 0 && pool == null) {
            pool = new WorkerPool(workerSettings, Math.min(threads, contentsToBuild));
            pool.prestart();
        }
    }

    /** The largest files first, so that a long report does not start last and leave the other workers idle. */
    @Override
    public void feed(List<ChangePlan.ContentGroup> groups, Work work) throws IOException, InterruptedException {
        prepare(groups.size());
        List<ChangePlan.ContentGroup> bySize = new ArrayList<>(groups);
        bySize.sort(Comparator.comparingLong(
                        (ChangePlan.ContentGroup g) -> g.first().size())
                .reversed());
        for (ChangePlan.ContentGroup group : bySize) {
            work.submit(group, () -> build(group));
        }
    }

    private Produced build(ChangePlan.ContentGroup group) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<CorpusFile> copies =
                group.copies().stream().map(c -> filesByKey.get(c.key())).toList();
        Produced produced = switch (derivers.get().derive(group.sha256(), copies)) {
            case DocumentDeriver.Derivation.Failed failed -> Produced.NotBuilt.of(failed.failure(), millisSince(t0));
            case DocumentDeriver.Derivation.Derived derived ->
                new Produced.Built(derived.document(), millisSince(t0), derived.warnings(), derived.actionsCpuNanos());
        };
        return produced instanceof Produced.Built
                ? unlessChanged(produced, copies.getFirst().path(), group.sha256(), t0)
                : produced;
    }

    /**
     * The document, unless its file changed between hashing and parsing (or while parsing): then the text came from
     * other bytes than the sha256 the document and the report would carry. It is left for the next run.
     */
    private static Produced unlessChanged(Produced built, Path file, String sha256, long t0) {
        String now;
        try {
            now = ContentHash.sha256(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return new Produced.NotBuilt(
                    Outcome.FAILED_READ,
                    "vanished while it was being indexed; not indexed (the next " + "run sees whether it is back)",
                    millisSince(t0));
        } catch (IOException e) {
            return new Produced.NotBuilt(
                    Outcome.FAILED_READ, "cannot be read again after parsing: " + e.getMessage(), millisSince(t0));
        }
        if (now.equals(sha256)) {
            return built;
        }
        return new Produced.NotBuilt(
                Outcome.FAILED_READ,
                "changed while it was being indexed (its bytes are no longer "
                        + "those hashed before parsing); not indexed this run: the next run indexes the new bytes",
                millisSince(t0));
    }

    private synchronized DocumentDeriver newDeriver() {
        if (vocabularies == null) {
            vocabularies = Vocabularies.bundled();
        }
        return new DocumentDeriver(pool, enricher, vocabularies);
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Ends the worker processes. */
    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }

    /** The extraction pool, once started; for tests that check no worker outlives a run. */
    WorkerPool pool() {
        return pool;
    }
}
