package org.hrcsearch.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.sink.IndexSink;
import org.hrcsearch.indexer.source.ChangePlan;
import org.hrcsearch.indexer.source.DocumentSource;
import org.hrcsearch.indexer.source.KnownFailure;
import org.hrcsearch.indexer.source.Produced;
import org.hrcsearch.indexer.source.SourceEntry;

/**
 * Builds and writes the documents a run must write, on a pool of threads: each built document is upserted with
 * the stamps of all its copies, each copy gets its outcome. A bad file is an outcome; an exception (the index
 * cannot be written, workers cannot start) stops the phase and is thrown, and nothing is committed.
 */
final class WritePhase {

    private final IndexSink sink;
    private final RunOutput output;
    private final Set<String> built = ConcurrentHashMap.newKeySet();
    private final List<KnownFailure> failures = new ArrayList<>();

    WritePhase(IndexSink sink, RunOutput output) {
        this.sink = sink;
        this.output = output;
    }

    /** Runs {@code groups} through {@code source} with {@code threads} threads. */
    void run(DocumentSource source, List<ChangePlan.ContentGroup> groups, int threads)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "write-phase");
            t.setDaemon(true);
            return t;
        });
        Semaphore queued = new Semaphore(threads * 2);
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        try {
            source.feed(groups, (group, task) -> {
                throwIfFatal(fatal);
                queued.acquire();
                pool.execute(() -> {
                    try {
                        if (fatal.get() == null) {
                            write(group, task.call());
                        }
                    } catch (Exception
                            | Error e) { // an OutOfMemoryError too: a lost document must fail the run, not vanish
                        fatal.compareAndSet(null, e);
                    } finally {
                        queued.release();
                    }
                });
            });
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a file may take up to its time limit; keep waiting
            }
        }
        throwIfFatal(fatal);
    }

    private static void throwIfFatal(AtomicReference<Throwable> fatal) throws IOException, InterruptedException {
        Throwable e = fatal.get();
        if (e != null) {
            throw RunFailure.rethrow(
                    e instanceof RuntimeException
                            ? new IllegalStateException("building a document failed: " + e, e)
                            : e);
        }
    }

    private void write(ChangePlan.ContentGroup group, Produced produced) throws IOException {
        switch (produced) {
            case Produced.Built b -> {
                HrcDocument doc = b.document();
                List<String> warnings = new ArrayList<>(b.warnings());
                try {
                    warnings.addAll(sink.upsert(
                            doc, group.copies().stream().map(SourceEntry::stamp).toList()));
                } catch (IllegalArgumentException refused) {
                    // Lucene refuses one document (e.g. a value it cannot hold) without harm to the rest of the run
                    write(
                            group,
                            new Produced.NotBuilt(
                                    Outcome.FAILED_PARSE, "the index refused it: " + refused.getMessage(), b.millis()));
                    return;
                }
                built.add(group.sha256());
                if (b.actionsCpuNanos() > 0) {
                    output.actionsRead(b.actionsCpuNanos());
                }
                SourceEntry first = group.first();
                Outcome outcome = doc.needsOcr()
                        ? Outcome.NEEDS_OCR
                        : warnings.isEmpty() ? Outcome.INDEXED : Outcome.INDEXED_WITH_WARNINGS;
                String type = doc.source().contentType();
                output.record(new FileOutcome(
                        first.displayPath(),
                        group.sha256(),
                        outcome,
                        doc.needsOcr() ? "no text layer" : "",
                        doc.pages().size(),
                        doc.characterCount(),
                        b.millis(),
                        type,
                        warnings));
                for (SourceEntry copy : group.copies().subList(1, group.copies().size())) {
                    output.record(new FileOutcome(
                            copy.displayPath(),
                            group.sha256(),
                            Outcome.DUPLICATE,
                            "same bytes as " + first.displayPath(),
                            doc.pages().size(),
                            doc.characterCount(),
                            0,
                            type,
                            List.of()));
                }
            }
            case Produced.NotBuilt n -> {
                for (SourceEntry copy : group.copies()) {
                    output.record(new FileOutcome(
                            copy.displayPath(), group.sha256(), n.outcome(), n.reason(), 0, 0, n.millis()));
                    if (n.outcome() != Outcome.FAILED_READ) { // a read failure may clear up without the file changing
                        synchronized (failures) {
                            failures.add(
                                    new KnownFailure(copy.stamp(), n.outcome().key(), n.reason()));
                        }
                    }
                }
            }
        }
    }

    /** The contents whose document was written. */
    Set<String> builtSha256s() {
        return built;
    }

    /** The files that failed in this phase, to be remembered while they stay unchanged. */
    List<KnownFailure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }
}
