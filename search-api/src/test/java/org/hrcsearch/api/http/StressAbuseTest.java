package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.http.Abuse.assertSafe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.index.IndexRefresher;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.api.signatory.VocabularyAliases;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.IndexRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md 4.4 H23 and 4.5 C2, C5: an expensive query that passes validation answers within its deadline,
 * searches during a full reindex never see an empty index, and interrupted search threads do not break the index
 * for the others.
 */
class StressAbuseTest {

    @TempDir
    Path tmp;

    private static final List<String> COMMON = List.of(
            "the",
            "of",
            "and",
            "to",
            "in",
            "human",
            "rights",
            "council",
            "state",
            "cooperation",
            "report",
            "resolution",
            "session",
            "special",
            "procedures",
            "defenders",
            "civil",
            "society",
            "general",
            "assembly",
            "international",
            "law",
            "freedom",
            "expression",
            "right",
            "development");

    /** {@code count} documents of 300 words each, mostly common ones, so that a broad OR matches all of them. */
    private static List<HrcDocument> manyDocuments(int count) {
        Random random = new Random(42);
        List<HrcDocument> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 300; w++) {
                text.append(
                                random.nextInt(4) == 0
                                        ? "word" + random.nextInt(5000)
                                        : COMMON.get(random.nextInt(COMMON.size())))
                        .append(' ');
            }
            docs.add(TestIndex.doc(null, Integer.toString(1 + d % 58), DocumentType.REPORT, text.toString())
                    .build());
        }
        return docs;
    }

    /**
     * A clock of nanoseconds that moves one nanosecond at each reading and, from its reading {@code runsOutAt} on,
     * an hour more: a search on it runs out of time at a reading the test chooses, the same on every machine.
     */
    private static final class ReadingClock implements LongSupplier {
        private final AtomicLong readings = new AtomicLong();
        private volatile long runsOutAt = Long.MAX_VALUE;

        @Override
        public long getAsLong() {
            long n = readings.incrementAndGet();
            return n >= runsOutAt ? n + Duration.ofHours(1).toNanos() : n;
        }

        /** Starts counting again; the time runs out at reading {@code reading} (never: Long.MAX_VALUE). */
        void runOutAt(long reading) {
            readings.set(0);
            runsOutAt = reading;
        }

        long readings() {
            return readings.get();
        }
    }

    /**
     * H23: a wildcard expanded to 512 words, ORed with 26 words found in every document, with a page of 100 every
     * check passes, but highlighting the page can cost seconds (here a page of 30). Past the deadline the answer comes with what is
     * done, flagged partial. The time runs out at each moment the search looks at its clock in turn (a clock that the
     * test moves, not the wall's): wherever it lands the answer is flagged partial and counts no more than the
     * whole search; when it lands after the matching, at the highlighting, the answer has the whole search's total
     * and every hit of the page, the later ones without snippets.
     */
    /** A page of hits highlighted in a few batches. */
    private static final int PAGE = 30;

    @Test
    void h23_aCostlyQueryPastItsDeadlineAnswersWithWhatIsDoneFlaggedPartial() throws Exception {
        String broad = String.join(" OR ", COMMON) + " OR word1*";
        String target = "/api/search?q=" + URLEncoder.encode(broad, StandardCharsets.UTF_8) + "&size=" + PAGE;
        ReadingClock clock = new ReadingClock();
        try (ApiServices services = TestIndex.services(manyDocuments(PAGE * 4), Duration.ofMinutes(1), clock)) {
            Abuse.serve(SearchApp.create(services), http -> {
                clock.runOutAt(Long.MAX_VALUE);
                RawHttp.Answer whole = assertSafe("whole", http.get(target));
                long readings = clock.readings();
                long total = whole.json().get("total").asLong();
                assertThat(whole.json().get("partial").asBoolean()).isFalse();
                assertThat(whole.json().get("hits"))
                        .hasSize(PAGE)
                        .allMatch(h -> !h.get("snippets").isEmpty());
                assertThat(total).isEqualTo(PAGE * 4);

                int atHighlighting = 0;
                for (long reading = 2; reading <= readings; reading++) { // the first reading starts the deadline
                    clock.runOutAt(reading);
                    RawHttp.Answer a = assertSafe("out of time at reading " + reading, http.get(target));
                    String where = "out of time at reading " + reading + " of " + readings;
                    assertThat(a.status()).as(where).isEqualTo(200);
                    assertThat(a.json().get("partial").asBoolean()).as(where).isTrue();
                    assertThat(a.json().get("total").asLong()).as(where).isLessThanOrEqualTo(total);
                    List<Boolean> snippets = new ArrayList<>();
                    a.json()
                            .get("hits")
                            .forEach(h -> snippets.add(!h.get("snippets").isEmpty()));
                    if (a.json().get("total").asLong() == total && snippets.size() == PAGE) {
                        atHighlighting++;
                        assertThat(snippets).as(where).contains(false);
                        assertThat(snippets.subList(snippets.indexOf(false), snippets.size()))
                                .as(where + ": no snippets after the first hit without them")
                                .containsOnly(false);
                    }
                }
                System.out.printf(
                        "H23: the search read its clock %d times; its time ran out at the highlighting at %d of them%n",
                        readings, atHighlighting);
                assertThat(atHighlighting)
                        .as("readings of the clock at which the deadline lands at the highlighting")
                        .isPositive();
                clock.runOutAt(readings);
                RawHttp.Answer last = assertSafe("out of time at the last reading", http.get(target));
                assertThat(last.json().get("total").asLong()).isEqualTo(total);
                assertThat(last.json().get("hits"))
                        .hasSize(PAGE)
                        .anyMatch(h -> h.get("snippets").isEmpty());
                assertThat(last.json().get("hits").get(0).get("snippets")).isNotEmpty();
            });
        }
    }

    private static void write(Path corpus, int n, boolean canary) throws Exception {
        Files.writeString(
                corpus.resolve("letter-" + n + ".txt"),
                "Joint letter number " + n + " on the work of the Council."
                        + (canary ? " It deplores the persistent non-cooperation of the State concerned." : ""));
    }

    private static IndexRun.Options run(Path corpus, Path index) {
        return new IndexRun.Options(List.of(corpus), index, 1);
    }

    /**
     * The index's directory as the indexer sees it, which calls {@code atCommit} before the first sync of a commit
     * (the commit has begun: its segments are written, its commit point is not) and {@code committed} once each
     * commit point is in place.
     */
    private static final class ObservedDirectory extends FilterDirectory {
        private final Runnable atCommit;
        private final Runnable committed;
        private boolean syncing;

        ObservedDirectory(Directory in, Runnable atCommit, Runnable committed) {
            super(in);
            this.atCommit = atCommit;
            this.committed = committed;
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            if (!syncing) {
                syncing = true;
                atCommit.run();
            }
            super.sync(names);
        }

        @Override
        public void rename(String source, String dest) throws IOException {
            super.rename(source, dest);
            if (dest.startsWith(IndexFileNames.SEGMENTS)) {
                syncing = false;
                committed.run();
            }
        }
    }

    /**
     * C2: a full reindex deletes every document and adds them again in one commit, so searches during it find the
     * canary phrase in the old commit or in the new one, never missing. The indexer's directory holds each commit
     * until searches have overlapped it: at its start until some searches answered while it was under way, and once
     * its commit point landed until some searches ran on it (the server refreshed first), so that a commit with the
     * documents gone would be searched rather than slip between two refreshes.
     */
    @Test
    void c02_searchesDuringAFullReindexNeverSeeTheCanaryMissing() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        for (int n = 0; n < 12; n++) {
            write(corpus, n, n % 4 == 0);
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        new IndexRun(new HrcSchema(), quiet).run(run(corpus, index));
        String canary = "/api/search?q=" + URLEncoder.encode("\"persistent non-cooperation\"", StandardCharsets.UTF_8);
        try (ApiServices services = ApiServices.over(
                        IndexHandle.open(new HrcSchema(), index),
                        new VocabularyAliases(Vocabularies.bundled()),
                        Vocabularies.bundled().concerns(),
                        QueryLimits.DEFAULT,
                        ApiServices.TIME_LIMIT,
                        SearchApp.objectMapper());
                IndexRefresher refresher = new IndexRefresher(services.search()::refresh, Duration.ofMillis(20))) {
            Abuse.serve(SearchApp.create(services), http -> {
                AtomicBoolean reindexing = new AtomicBoolean(true);
                AtomicInteger begun = new AtomicInteger();
                AtomicInteger answered = new AtomicInteger();
                Map<String, Integer> seen = new ConcurrentHashMap<>();
                List<String> failures = new CopyOnWriteArrayList<>();
                int readerCount = 2;
                ExecutorService readers = Executors.newFixedThreadPool(readerCount);
                for (int r = 0; r < readerCount; r++) {
                    readers.submit(() -> {
                        while (reindexing.get()) {
                            try {
                                begun.incrementAndGet();
                                RawHttp.Answer a = http.get(canary);
                                long total = a.status() == 200
                                        ? a.json().get("total").asLong()
                                        : -1;
                                seen.merge(a.status() + " total " + total, 1, Integer::sum);
                                if (a.status() != 200 || total < 3) {
                                    failures.add(a.toString());
                                }
                            } catch (Exception e) {
                                failures.add(e.toString());
                            } finally {
                                answered.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
                // waits until four searches that began after this moment have answered (at most 60 s)
                Runnable searchesOverlap = () -> {
                    int from = begun.get() + readerCount; // those in flight now may have begun before
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (answered.get() < from + 4) {
                        if (System.nanoTime() - deadline > 0 || !failures.isEmpty()) {
                            return;
                        }
                        try {
                            Thread.sleep(5); // polls the count; the commit waits for answers, not for a time
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                };
                AtomicInteger overlappedCommits = new AtomicInteger();
                AtomicInteger searchedCommits = new AtomicInteger();
                Runnable atCommit = () -> {
                    int before = answered.get();
                    searchesOverlap.run();
                    if (answered.get() > before) {
                        overlappedCommits.incrementAndGet();
                    }
                };
                Runnable committed = () -> {
                    try {
                        services.search().refresh();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    int before = answered.get();
                    searchesOverlap.run();
                    if (answered.get() > before) {
                        searchedCommits.incrementAndGet();
                    }
                };
                write(corpus, 100, true);
                new IndexRun(
                                new HrcSchema(),
                                quiet,
                                dir -> new ObservedDirectory(FSDirectory.open(dir), atCommit, committed))
                        .run(run(corpus, index).withFull(true)); // deletes every document and adds them again
                reindexing.set(false);
                readers.shutdown();
                assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

                assertThat(failures).as("answers while reindexing: %s", seen).isEmpty();
                assertThat(overlappedCommits.get())
                        .as("commits under way while searches answered")
                        .isPositive();
                assertThat(searchedCommits.get())
                        .as("commits searched once they landed")
                        .isEqualTo(overlappedCommits.get());
                services.search().refresh();
                assertThat(http.get(canary).json().get("total").asLong())
                        .as("the last commit is served")
                        .isEqualTo(4);
            });
        }
    }

    /** An index on disk of {@code count} letters, every other one with the canary phrase. */
    private Path diskIndex(int count) throws Exception {
        Path index = tmp.resolve("index");
        HrcSchema schema = new HrcSchema();
        try (FSDirectory dir = FSDirectory.open(index);
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
            for (int n = 0; n < count; n++) {
                w.addDocument(schema.mapper()
                        .toLucene(TestIndex.doc(
                                        null,
                                        "37",
                                        DocumentType.JOINT_LETTER,
                                        "Joint letter " + n
                                                + (n % 2 == 0
                                                        ? ": the persistent non-cooperation of the State concerned."
                                                        : "."))
                                .build()));
            }
            w.setLiveCommitData(Map.of(CommitKey.SCHEMA_VERSION.key(), Integer.toString(HrcSchema.VERSION))
                    .entrySet());
            w.commit();
        }
        return index;
    }

    @Test
    void c05_interruptedSearchThreadsLeaveTheIndexReadableForEveryoneElse() throws Exception {
        Path index = diskIndex(8);
        SearchRequest canary = SearchRequest.of("\"persistent non-cooperation\"");
        try (ApiServices services = ApiServices.over(
                IndexHandle.open(new HrcSchema(), index),
                new VocabularyAliases(Vocabularies.bundled()),
                Vocabularies.bundled().concerns(),
                QueryLimits.DEFAULT,
                ApiServices.TIME_LIMIT,
                SearchApp.objectMapper())) {
            AtomicInteger searches = new AtomicInteger();
            for (int round = 0; round < 5; round++) {
                ExecutorService pool = Executors.newFixedThreadPool(4);
                for (int t = 0; t < 4; t++) {
                    pool.submit(() -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            services.search().search(canary);
                            searches.incrementAndGet();
                        }
                        return null;
                    });
                }
                Thread.sleep(50);
                pool.shutdownNow(); // interrupts the search threads wherever they are, I/O included
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            // a search on a thread that is interrupted throughout: with NIOFSDirectory this would close the index files
            Thread.currentThread().interrupt();
            try {
                assertThat(services.search().search(canary).total()).isEqualTo(4);
            } finally {
                Thread.interrupted();
            }
            assertThat(searches.get()).isPositive();
            Abuse.serve(SearchApp.create(services), http -> {
                RawHttp.Answer a = assertSafe(
                        "after interrupts",
                        http.get("/api/search?q="
                                + URLEncoder.encode("\"persistent non-cooperation\"", StandardCharsets.UTF_8)));
                assertThat(a.json().get("total").asLong()).isEqualTo(4);
            });
        }
    }

    /**
     * C5's control: the same interrupted search over {@link NIOFSDirectory} closes the shared file channel, and every
     * later search fails; this is what the server avoids by opening the index with {@code FSDirectory.open}
     * (memory-mapped on 64-bit JVMs).
     */
    @Test
    void c05_control_niofsWouldBreakForEveryoneAfterOneInterrupt() throws Exception {
        Path index = diskIndex(8);
        NIOFSDirectory dir = new NIOFSDirectory(index);
        try (ApiServices services = ApiServices.over(
                new IndexHandle(new HrcSchema(), new SearcherManager(dir, null), dir),
                new VocabularyAliases(Vocabularies.bundled()),
                Vocabularies.bundled().concerns(),
                QueryLimits.DEFAULT,
                ApiServices.TIME_LIMIT,
                SearchApp.objectMapper())) {
            SearchRequest canary = SearchRequest.of("\"persistent non-cooperation\"");
            Thread.currentThread().interrupt();
            try {
                services.search().search(canary);
            } catch (Exception expected) {
                // ClosedByInterruptException
            } finally {
                Thread.interrupted();
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> services.search().search(canary))
                    .hasRootCauseInstanceOf(java.nio.channels.ClosedChannelException.class);
        }
    }
}
