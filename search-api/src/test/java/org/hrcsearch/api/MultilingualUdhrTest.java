package org.hrcsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Universal Declaration of Human Rights in the six UN languages ({@code ../shared/corpus/multilingual/udhr},
 * each as HTML and as a PDF printed from it), indexed by the real indexer: each language is detected, and in each a
 * word query in a form other than the printed one, and an exact phrase as printed, find the HTML and the PDF of
 * that language and nothing else.
 */
@NeedsSharedCorpus
class MultilingualUdhrTest {

    @TempDir
    static Path indexDir;

    /** A copy of the twelve files, each with a sidecar that gives the symbol none of them prints. */
    @TempDir
    static Path corpus;

    static final String SYMBOL = "A/RES/217(III)";

    private static ApiServices services;

    @BeforeAll
    static void indexTheTwelveFiles() throws Exception {
        Path udhr = ProjectPaths.sharedCorpus().resolve("multilingual/udhr");
        try (Stream<Path> files = Files.walk(udhr)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = corpus.resolve(udhr.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
                Files.writeString(
                        copy.resolveSibling(copy.getFileName() + ".json"), "{\"symbol\": \"" + SYMBOL + "\"}");
            }
        }
        IndexingReport report = IndexedCorpus.index(corpus, indexDir);
        assertThat(report.failures()).isEmpty();
        services = IndexedCorpus.services(indexDir);
    }

    @AfterAll
    static void close() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    /** The file names of what {@code q} finds, and its {@code lang} facet. */
    private record Found(List<String> files, Map<String, Integer> languages, List<String> snippets) {}

    private static Found search(TestApi api, String q) throws Exception {
        JsonNode body = api.json("/api/search?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), 200);
        List<String> files = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        for (JsonNode hit : body.get("hits")) {
            files.add(api.json("/api/documents/" + hit.get("id").asText(), 200)
                    .get("file_name")
                    .asText());
            hit.get("snippets").forEach(s -> snippets.add(s.get("text").asText()));
        }
        Map<String, Integer> languages = new TreeMap<>();
        body.get("facets")
                .get("lang")
                .forEach(v ->
                        languages.put(v.get("value").asText(), v.get("count").asInt()));
        return new Found(new ArrayList<>(new TreeSet<>(files)), languages, snippets);
    }

    private static void findsOnly(TestApi api, String q, String udhrCode, String lang) throws Exception {
        Found found = search(api, q);
        assertThat(found.files()).as(q).containsExactly("udhr-" + udhrCode + ".html", "udhr-" + udhrCode + ".pdf");
        assertThat(found.languages()).as(q).isEqualTo(Map.of(lang, 2));
    }

    private static void run(TestApi.Body body) {
        TestApi.run(SearchApp.create(services), body);
    }

    @Test
    void eachLanguageIsDetectedTwiceOverAndLabelled() {
        run(api -> {
            JsonNode facet = api.json("/api/search", 200).get("facets").get("lang");
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> labels = new TreeMap<>();
            facet.forEach(v -> {
                counts.put(v.get("value").asText(), v.get("count").asInt());
                labels.put(v.get("value").asText(), v.get("label").asText());
            });
            assertThat(counts).isEqualTo(Map.of("ar", 2, "en", 2, "es", 2, "fr", 2, "ru", 2, "zh", 2));
            assertThat(labels).containsEntry("ar", "Arabic / العربية").containsEntry("zh", "Chinese / 中文");
        });
    }

    /**
     * Each version's title is its own heading, the name the six share, and in Chinese too: its heading is six
     * characters, shorter than any heading in an alphabet, and was passed over for the first sentence of the preamble.
     */
    @Test
    void eachVersionIsTitledByItsHeadingChineseToo() {
        run(api -> {
            Map<String, String> titles = new TreeMap<>();
            for (JsonNode hit : api.json("/api/search?size=20", 200).get("hits")) {
                JsonNode doc = api.json("/api/documents/" + hit.get("id").asText(), 200);
                titles.put(doc.get("file_name").asText(), doc.get("title").asText());
            }
            Map<String, String> headings = Map.of(
                    "arb", "الإعلان العالمي لحقوق الإنسان",
                    "cmn_hans", "世界人权宣言",
                    "eng", "Universal Declaration of Human Rights",
                    "fra", "Déclaration universelle des droits de l’homme",
                    "rus", "Всеобщая декларация прав человека",
                    "spa", "Declaración Universal de Derechos Humanos");
            assertThat(titles).hasSize(12);
            headings.forEach((code, heading) -> {
                assertThat(titles.get("udhr-" + code + ".html")).as(code).isEqualTo(heading);
                if (!code.equals("arb")) { // the Arabic PDF's text has its lam-alef ligatures split (SOURCES.md)
                    assertThat(titles.get("udhr-" + code + ".pdf")).as(code).isEqualTo(heading);
                }
            });
        });
    }

    @Test
    void theVersionsOfOneSymbolListEachOtherAndAHitSaysWhichLanguagesItIsAlsoIn() {
        run(api -> {
            JsonNode body = api.json(
                    "/api/search?q=" + URLEncoder.encode("\"человеческой семьи\"", StandardCharsets.UTF_8), 200);
            assertThat(body.get("hits")).hasSize(2);
            for (JsonNode hit : body.get("hits")) {
                assertThat(hit.get("symbol").asText()).isEqualTo(SYMBOL);
                assertThat(hit.get("lang").asText()).isEqualTo("ru");
                List<String> alsoIn = new ArrayList<>();
                hit.get("also_in").forEach(v -> alsoIn.add(v.get("lang").asText()));
                assertThat(alsoIn).containsExactly("ar", "en", "es", "fr", "zh");
                JsonNode doc = api.json("/api/documents/" + hit.get("id").asText(), 200);
                List<String> versions = new ArrayList<>();
                doc.get("versions").forEach(v -> versions.add(v.get("lang").asText()));
                // the other eleven files: the other file of Russian, both files of each other language
                assertThat(versions).containsExactly("ar", "ar", "en", "en", "es", "es", "fr", "fr", "ru", "zh", "zh");
            }
            assertThat(search(api, "symbol:\"" + SYMBOL + "\"").files()).hasSize(12);
        });
    }

    /**
     * One version of the Declaration: of the twelve files, one in the language asked for; a query that only one
     * language's files match keeps one of those (the language asked for matches nothing, English neither); the
     * facet counts what the hits show.
     */
    @Test
    void oneVersionKeepsOneFileOfTheTextInTheLanguageAsked() {
        run(api -> {
            for (String lang : List.of("ar", "zh", "en", "fr", "ru", "es")) {
                JsonNode body = api.json("/api/search?size=20&one_version=" + lang, 200);
                assertThat(body.get("hits")).as(lang).hasSize(1);
                assertThat(body.get("hits").get(0).get("lang").asText()).isEqualTo(lang);
                assertThat(body.get("facets").get("lang").toString())
                        .as(lang)
                        .contains("\"value\":\"" + lang + "\"")
                        .contains("\"count\":1}]");
            }
            JsonNode russian = api.json(
                    "/api/search?one_version=fr&q="
                            + URLEncoder.encode("\"человеческой семьи\"", StandardCharsets.UTF_8),
                    200);
            assertThat(russian.get("total").asInt()).isEqualTo(1);
            assertThat(russian.get("hits").get(0).get("lang").asText()).isEqualTo("ru");
        });
    }

    @Test
    void russianWordsFindOtherCasesAndAPhraseStaysExact() {
        run(api -> {
            findsOnly(api, "человеческая семья", "rus", "ru"); // printed: человеческой семьи
            findsOnly(api, "\"человеческой семьи\"", "rus", "ru");
            assertThat(search(api, "\"человеческая семья\"").files()).isEmpty();
            assertThat(search(api, "человеческая семья").snippets())
                    .anySatisfy(s -> assertThat(s).contains("<mark>семьи</mark>"));
            // printed three times, as человеческой, in each file; the timeline counts what the search finds
            JsonNode timeline =
                    api.json("/api/timeline?q=" + URLEncoder.encode("человеческая", StandardCharsets.UTF_8), 200);
            assertThat(timeline.get("documents").asInt()).isEqualTo(2);
            assertThat(timeline.get("occurrences").asInt()).isEqualTo(6);
        });
    }

    @Test
    void frenchWordsFindPluralsAndElisionsAndAPhraseStaysExact() {
        run(api -> {
            findsOnly(api, "droit de l'homme", "fra", "fr"); // printed: droits de l’homme
            findsOnly(api, "droit inaliénable", "fra", "fr"); // printed only as: droits égaux et inaliénables
            assertThat(search(api, "\"inaliénable\" lang:fr").files()).isEmpty();
            findsOnly(api, "\"famille humaine\"", "fra", "fr");
            assertThat(search(api, "\"droit de l'homme\"").files()).isEmpty();
        });
    }

    @Test
    void spanishWordsFindPluralsAndAPhraseStaysExact() {
        run(api -> {
            findsOnly(api, "derecho humano", "spa", "es"); // printed: derechos humanos
            findsOnly(api, "derecho inalienable", "spa", "es"); // printed only as: derechos iguales e inalienables
            assertThat(search(api, "\"inalienable\" lang:es").files()).isEmpty();
            findsOnly(api, "\"familia humana\"", "spa", "es");
            assertThat(search(api, "\"derecho humano\"").files()).isEmpty();
        });
    }

    @Test
    void arabicArticleAndPrefixFormsFoldAndAPhraseStaysExact() {
        run(api -> {
            findsOnly(api, "كرامة", "arb", "ar"); // printed with the article or a prefix: الكرامة, بالكرامة
            findsOnly(api, "\"الأسرة البشرية\"", "arb", "ar");
            assertThat(search(api, "\"كرامة\"").files()).isEmpty();
        });
    }

    @Test
    void englishAndChineseMatchAsBefore() {
        run(api -> {
            findsOnly(api, "INHERENT Dignity", "eng", "en");
            findsOnly(api, "\"inherent dignity\"", "eng", "en");
            findsOnly(api, "人权", "cmn_hans", "zh");
            findsOnly(api, "\"固有尊严\"", "cmn_hans", "zh");
            findsOnly(api, "固有尊严", "cmn_hans", "zh"); // words now (固有 尊严), the same two files
            assertThat(search(api, "人权").snippets())
                    .anySatisfy(s -> assertThat(s).contains("<mark>人权</mark>"));
        });
    }
}
