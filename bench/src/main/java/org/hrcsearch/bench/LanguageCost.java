package org.hrcsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.api.signatory.VocabularyAliases;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.check.MetadataCheck;
import org.hrcsearch.indexer.enrich.DocumentDeriver;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.enrich.LanguageGuesser;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.testkit.ProjectPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the per-language analysis costs, as ratios of one run (A/B, rounds alternated): for the indexer, a document's
 * mapping and analysis with its field of word forms (A) against the same document mapped as English, without it
 * (B), and the language detection beside it; for the search, word queries in each language over an index whose
 * documents have their fields of word forms (A) against the same documents indexed as English (B). The documents
 * are the Universal Declaration in the six languages ({@code ../shared/corpus/multilingual/udhr}) beside General
 * Debate speeches in English, which neither index treats differently.
 */
@Command(
        name = "languages",
        mixinStandardHelpOptions = true,
        description = "The per-language analysis cost: indexer and search, A/B ratios of one run.")
final class LanguageCost implements Callable<Integer> {

    @Option(names = "--rounds", description = "alternated rounds of each measure (default ${DEFAULT-VALUE})")
    int rounds = 6;

    @Option(
            names = "--speeches",
            description = "English General Debate speeches beside the UDHR files (default ${DEFAULT-VALUE})")
    int speeches = 1000;

    /** A word query in each language: the form printed, which both indexes find, and another form. */
    record Query(Language lang, String text, boolean printed) {}

    static final List<Query> QUERIES = List.of(
            new Query(Language.ARABIC, "الكرامة", true),
            new Query(Language.ARABIC, "كرامة", false),
            new Query(Language.CHINESE, "人权", true),
            new Query(Language.ENGLISH, "inherent dignity", true),
            new Query(Language.FRENCH, "droits de l’homme", true),
            new Query(Language.FRENCH, "droit de l'homme", false),
            new Query(Language.RUSSIAN, "человеческой семьи", true),
            new Query(Language.RUSSIAN, "человеческая семья", false),
            new Query(Language.SPANISH, "derechos humanos", true),
            new Query(Language.SPANISH, "derecho humano", false));

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        Path shared = ProjectPaths.sharedCorpus();
        List<HrcDocument> udhr = new ArrayList<>(
                new MetadataCheck(() -> new DocumentDeriver(new TikaExtractor(), new DocumentEnricher()))
                        .derive(shared.resolve("multilingual/udhr"), 1)
                        .documents()
                        .values());
        List<HrcDocument> english = speeches(GeneralDebate.file(shared), speeches);
        out.printf(
                "%d UDHR files (%s) and %d English speeches; %d rounds, alternated%n",
                udhr.size(),
                udhr.stream().map(d -> d.language().code()).sorted().toList(),
                english.size(),
                rounds);
        indexing(udhr);
        searching(udhr, english);
        return 0;
    }

    /** CPU of mapping and adding each language's documents, with their field (A) and as English (B). */
    private void indexing(List<HrcDocument> udhr) throws Exception {
        HrcSchema schema = new HrcSchema();
        LanguageGuesser guesser = new LanguageGuesser();
        guesser.guess("warm the detector's profiles up before any clock runs");
        Map<Language, double[]> cpu = new EnumMap<>(Language.class); // [A, B, detection] ms
        int repeat = 20;
        for (int round = 0; round < rounds + 1; round++) { // round 0 warms up
            for (HrcDocument d : udhr) {
                HrcDocument asEnglish = d.toBuilder().language(Language.ENGLISH).build();
                double a = cpuMillis(() -> add(schema, d, repeat));
                double b = cpuMillis(() -> add(schema, asEnglish, repeat));
                String text =
                        String.join("\n", d.pages().stream().map(p -> p.text()).toList());
                double detect = cpuMillis(() -> {
                    for (int i = 0; i < repeat; i++) {
                        guesser.guess(text);
                    }
                });
                if (round > 0) {
                    double[] sum = cpu.computeIfAbsent(d.language(), l -> new double[3]);
                    sum[0] += a;
                    sum[1] += b;
                    sum[2] += detect;
                }
            }
        }
        out.println();
        out.println("| indexer, a document | as English (B) | with its word forms (A) | A/B | detection / B |");
        out.println("|---|---|---|---|---|");
        cpu.forEach((lang, s) -> {
            double per = rounds * repeat * (double) count(udhr, lang);
            out.printf(
                    Locale.ROOT,
                    "| %s | %.2f ms | %.2f ms | **%.2fx** | %.2f |%n",
                    lang.code(),
                    s[1] / per,
                    s[0] / per,
                    s[0] / s[1],
                    s[2] / s[1]);
        });
    }

    private static long count(List<HrcDocument> docs, Language lang) {
        return docs.stream().filter(d -> d.language() == lang).count();
    }

    private static void add(HrcSchema schema, HrcDocument d, int times) throws Exception {
        try (IndexWriter w = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(schema.analyzer()))) {
            for (int i = 0; i < times; i++) {
                w.addDocument(schema.mapper().toLucene(d));
            }
        }
    }

    /** CPU a search of each language's query over the index with word forms (A) and without (B). */
    private void searching(List<HrcDocument> udhr, List<HrcDocument> english) throws Exception {
        List<HrcDocument> asEnglish = udhr.stream()
                .map(d -> d.toBuilder().language(Language.ENGLISH).build())
                .toList();
        try (ApiServices a = services(udhr, english);
                ApiServices b = services(asEnglish, english)) {
            double[][] cpu = new double[QUERIES.size()][2];
            int[][] hits = new int[QUERIES.size()][2];
            int repeat = 50;
            for (int round = 0; round < rounds + 1; round++) {
                for (int k = 0; k < QUERIES.size(); k++) {
                    SearchRequest request = SearchRequest.of(QUERIES.get(k).text());
                    hits[k][0] = (int) a.search().search(request).total();
                    hits[k][1] = (int) b.search().search(request).total();
                    double ms = cpuMillis(() -> {
                        for (int i = 0; i < repeat; i++) {
                            a.search().search(request);
                        }
                    });
                    double msB = cpuMillis(() -> {
                        for (int i = 0; i < repeat; i++) {
                            b.search().search(request);
                        }
                    });
                    if (round > 0) {
                        cpu[k][0] += ms;
                        cpu[k][1] += msB;
                    }
                }
            }
            out.println();
            out.println("| search, a query of words (10 hits, snippets, facets) | hits B, A | without word forms (B)"
                    + " | with (A) | A/B |");
            out.println("|---|---|---|---|---|");
            for (int k = 0; k < QUERIES.size(); k++) {
                Query q = QUERIES.get(k);
                out.printf(
                        Locale.ROOT,
                        "| %s `%s` (%s) | %d, %d | %.2f ms | %.2f ms | **%.2fx** |%n",
                        q.lang().code(),
                        q.text(),
                        q.printed() ? "as printed" : "another form",
                        hits[k][1],
                        hits[k][0],
                        cpu[k][1] / (rounds * repeat),
                        cpu[k][0] / (rounds * repeat),
                        cpu[k][0] / cpu[k][1]);
            }
        }
    }

    private static ApiServices services(List<HrcDocument> first, List<HrcDocument> more) throws Exception {
        HrcSchema schema = new HrcSchema();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
            for (HrcDocument d : first) {
                w.addDocument(schema.mapper().toLucene(d));
            }
            for (HrcDocument d : more) {
                w.addDocument(schema.mapper().toLucene(d));
            }
            w.setLiveCommitData(Map.of(
                            CommitKey.SCHEMA_VERSION.key(),
                            Integer.toString(HrcSchema.VERSION),
                            CommitKey.COMMITTED_AT.key(),
                            "2026-01-01T00:00:00Z")
                    .entrySet());
            w.forceMerge(1);
            w.commit();
        }
        Vocabularies vocabularies = Vocabularies.bundled();
        return ApiServices.over(
                new IndexHandle(schema, new SearcherManager(dir, null), dir),
                new VocabularyAliases(vocabularies),
                vocabularies.concerns(),
                QueryLimits.DEFAULT,
                ApiServices.TIME_LIMIT,
                SearchApp.objectMapper());
    }

    /** The first {@code n} speeches, as English documents. */
    private static List<HrcDocument> speeches(Path file, int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<HrcDocument> docs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && docs.size() < n; line = in.readLine()) {
                JsonNode s = json.readTree(line);
                String sha = String.format("%016x", docs.size() + 1) + "0".repeat(48); // the id: its first 16
                docs.add(HrcDocument.builder(
                                new SourceFile(List.of(s.get("id").asText()), sha, "text/plain", line.length()))
                        .type(DocumentType.OTHER)
                        .title(s.get("id").asText())
                        .language(Language.ENGLISH)
                        .pageTexts(List.of(s.get("text").asText()))
                        .build());
            }
        }
        return docs;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double cpuMillis(Work work) throws Exception {
        long t0 = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - t0) / 1e6;
    }
}
