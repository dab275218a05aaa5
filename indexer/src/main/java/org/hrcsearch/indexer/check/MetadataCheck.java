package org.hrcsearch.indexer.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.indexer.enrich.DocumentDeriver;
import org.hrcsearch.indexer.source.ContentHash;
import org.hrcsearch.indexer.source.CorpusFile;
import org.hrcsearch.indexer.source.CorpusWalker;

/**
 * Derives the metadata of every document under a folder, as indexing would, so that it can be compared with
 * curated expectations ({@link MetadataComparison}). Each distinct content is extracted once.
 */
public final class MetadataCheck {

    /** What a folder yielded: per path (relative to the folder, {@code /}-separated), a document or a failure. */
    public record Derived(Map<String, DocumentDeriver.Derivation> byPath) {
        public Derived {
            byPath = java.util.Collections.unmodifiableMap(new TreeMap<>(byPath));
        }

        public Optional<HrcDocument> document(String path) {
            return Optional.ofNullable(byPath.get(path))
                    .filter(DocumentDeriver.Derivation.Derived.class::isInstance)
                    .map(d -> ((DocumentDeriver.Derivation.Derived) d).document());
        }

        /** The documents that were derived, by path. */
        public Map<String, HrcDocument> documents() {
            Map<String, HrcDocument> out = new LinkedHashMap<>();
            byPath.keySet().forEach(p -> document(p).ifPresent(d -> out.put(p, d)));
            return out;
        }
    }

    private final Supplier<DocumentDeriver> derivers;

    /** @param derivers makes one deriver per worker thread */
    public MetadataCheck(Supplier<DocumentDeriver> derivers) {
        this.derivers = derivers;
    }

    public Derived derive(Path folder, int threads) throws IOException, InterruptedException {
        CorpusWalker walker = new CorpusWalker(folder);
        List<CorpusFile> files = walker.walk(List.of(folder), skipped -> {});
        Map<String, List<CorpusFile>> byContent = new LinkedHashMap<>();
        for (CorpusFile f : files) {
            byContent
                    .computeIfAbsent(ContentHash.sha256(f.path()), h -> new ArrayList<>())
                    .add(f);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        ThreadLocal<DocumentDeriver> local = ThreadLocal.withInitial(derivers);
        Map<String, DocumentDeriver.Derivation> byPath = new TreeMap<>();
        try {
            List<Map.Entry<List<CorpusFile>, Future<DocumentDeriver.Derivation>>> work = new ArrayList<>();
            for (Map.Entry<String, List<CorpusFile>> group : byContent.entrySet()) {
                work.add(Map.entry(
                        group.getValue(), pool.submit(() -> local.get().derive(group.getKey(), group.getValue()))));
            }
            for (var w : work) {
                DocumentDeriver.Derivation d = w.getValue().get();
                for (CorpusFile c : w.getKey()) {
                    byPath.put(c.displayPath().replace('\\', '/'), d);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("deriving metadata failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Derived(byPath);
    }

    /** Prints precision and recall per field, then every disagreement, as {@code check-metadata} shows them. */
    public static void print(MetadataComparison.Result result, int expectedRows, PrintStream out) {
        out.printf("Compared %d documents.%n%n", expectedRows);
        List<FieldScore> scores = new ArrayList<>();
        for (CheckedField f : CheckedField.values()) {
            Optional.ofNullable(result.scores().get(f)).ifPresent(scores::add);
        }
        ScoreTable.print("docs", scores, out);
        ScoreTable.printList("Not derived (missing or unreadable)", result.missing(), out);
        ScoreTable.printList(
                "Disagreements",
                result.disagreements().stream().map(Disagreement::describe).toList(),
                out);
    }
}
