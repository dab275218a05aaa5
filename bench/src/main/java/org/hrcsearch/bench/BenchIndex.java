package org.hrcsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.sink.IndexSink;

/**
 * The index a benchmark runs on: corpus folders through the indexer (Tika, every file), optionally plus the UN
 * General Debate speeches of a JSON-lines file, or an index already there when reused. Also the small file
 * helpers the benchmarks share.
 */
final class BenchIndex {
    private BenchIndex() {}

    /** Whether {@code dir} holds an index that this build reads (its schema version); says why not when it has one. */
    private static boolean reusable(Path dir, PrintStream out) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return false;
            }
            List<IndexCommit> commits = DirectoryReader.listCommits(d);
            String version = commits.getLast().getUserData().getOrDefault(CommitKey.SCHEMA_VERSION.key(), "?");
            if (!version.equals(Integer.toString(HrcSchema.VERSION))) {
                out.printf(
                        "index: %s has schema version %s, this build reads version %d: building it again%n",
                        dir, version, HrcSchema.VERSION);
                return false;
            }
            return true;
        }
    }

    /**
     * Builds the index in {@code dir} from {@code folders} and, if given, the speeches of {@code ungdc}; with
     * {@code reuse}, keeps an index already in {@code dir}. Prints what it did; returns the document count.
     */
    static int build(List<Path> folders, Optional<Path> ungdc, Path dir, Path work, boolean reuse, PrintStream out)
            throws IOException, InterruptedException {
        if (reuse && reusable(dir, out)) {
            out.printf("index: reusing %s%n", dir);
        } else {
            long t0 = System.nanoTime();
            Path log = work.resolve("index.log");
            try (PrintStream indexLog = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                new IndexRun(new HrcSchema(), indexLog)
                        .run(new IndexRun.Options(
                                folders, dir, Runtime.getRuntime().availableProcessors()));
            }
            long t1 = System.nanoTime();
            out.printf("index: %s in %.0f s (Tika, every file of it)%n", folders, (t1 - t0) / 1e9);
            if (ungdc.isPresent()) {
                int speeches;
                try (IndexSink sink = IndexSink.open(new HrcSchema(), dir)) {
                    speeches = new UngdcLoader().load(ungdc.get(), doc -> sink.upsert(doc, List.of()));
                    // a commit's user data replaces the last one's: keep the base folder of the stored file paths
                    sink.commit(
                            Map.of(
                                    "hrc.run.ungdc",
                                    Integer.toString(speeches),
                                    CommitKey.PATHS_BASE.key(),
                                    Path.of("").toAbsolutePath().normalize().toString()),
                            List.of());
                }
                out.printf("index: + %d General Debate speeches in %.0f s%n", speeches, (System.nanoTime() - t1) / 1e9);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            out.printf("index: %d documents, %.0f MB on disk, at %s%n", reader.numDocs(), sizeMegabytes(dir), dir);
            return reader.numDocs();
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static double sizeMegabytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum() / (1024.0 * 1024.0);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
