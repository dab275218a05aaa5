package org.hrcsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.source.JsonlMapping;
import org.hrcsearch.indexer.source.JsonlSource;

/**
 * The index a benchmark runs on: corpus folders through the indexer (Tika, every file), optionally plus the UN
 * General Debate speeches through the indexer's JSON-lines input, or an index already there when reused. Also the small file
 * helpers the benchmarks share.
 */
final class BenchIndex {
    /** The commit key under which the benchmark's index says how many General Debate speeches it added. */
    static final String SPEECHES_ADDED_KEY = "hrc.run.ungdc";

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
     * Builds the index in {@code dir} from {@code folders} and, if given, the General Debate speeches of
     * {@code speeches}; with {@code reuse}, keeps an index already in {@code dir}. Prints what it did; returns the
     * document count.
     */
    static int build(List<Path> folders, Optional<Path> speeches, Path dir, Path work, boolean reuse, PrintStream out)
            throws IOException, InterruptedException {
        if (reuse && reusable(dir, out)) {
            out.printf("index: reusing %s%n", dir);
        } else {
            int threads = Runtime.getRuntime().availableProcessors();
            long t0 = System.nanoTime();
            try (PrintStream log =
                    new PrintStream(Files.newOutputStream(work.resolve("index.log")), true, StandardCharsets.UTF_8)) {
                new IndexRun(new HrcSchema(), log).run(new IndexRun.Options(folders, dir, threads));
                long t1 = System.nanoTime();
                out.printf("index: %s in %.0f s (Tika, every file of it)%n", folders, (t1 - t0) / 1e9);
                if (speeches.isPresent()) {
                    int added = addSpeeches(speeches.get(), dir, work.resolve("speeches-index"), threads, log);
                    out.printf(
                            "index: + %d General Debate speeches in %.0f s (hrc index --jsonl, --map %s)%n",
                            added, (System.nanoTime() - t1) / 1e9, GeneralDebate.MAPPING);
                }
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            out.printf("index: %d documents, %.0f MB on disk, at %s%n", reader.numDocs(), sizeMegabytes(dir), dir);
            return reader.numDocs();
        }
    }

    /**
     * Indexes the speeches as {@code hrc index --jsonl} does, into an index of their own (a run indexes folders or a
     * JSON-lines file, never both into one index), and adds that index's segments to {@code dir}'s in a new commit
     * that keeps {@code dir}'s commit data. Returns how many speeches were added.
     */
    private static int addSpeeches(Path file, Path dir, Path own, int threads, PrintStream log)
            throws IOException, InterruptedException {
        IndexRun.Options options = IndexRun.Options.jsonl(
                new JsonlSource.Input(file, JsonlMapping.parse(GeneralDebate.MAPPING)), own, threads);
        new IndexRun(new HrcSchema(), log).run(options);
        try (FSDirectory target = FSDirectory.open(dir);
                FSDirectory source = FSDirectory.open(own);
                IndexWriter writer = new IndexWriter(
                        target,
                        new IndexWriterConfig(new HrcSchema().analyzer())
                                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                                .setCommitOnClose(false))) {
            int added;
            try (DirectoryReader speeches = DirectoryReader.open(source)) {
                added = speeches.numDocs();
            }
            Map<String, String> data =
                    new HashMap<>(SegmentInfos.readLatestCommit(target).getUserData());
            data.put(SPEECHES_ADDED_KEY, Integer.toString(added));
            data.put(
                    org.hrcsearch.corpus.index.CommitKey.COMMITTED_AT.key(),
                    Instant.now().toString());
            writer.addIndexes(source);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            return added;
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
