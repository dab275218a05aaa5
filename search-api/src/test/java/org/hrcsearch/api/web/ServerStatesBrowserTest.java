package org.hrcsearch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.hrcsearch.api.admin.SlowIndexer;
import org.hrcsearch.api.http.LoadShedder;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.signatory.VocabularyAliases;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.testkit.ChildJvm;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/**
 * The search page when the real server cannot simply answer: a PDF gone from where it was indexed, a server that
 * sheds a search because its one search slot is taken, an index an indexer is rebuilding. The real
 * {@link SearchApp}, over an index that the real indexer built from two sample PDFs on disk, is driven into each
 * state as it gets there in use (the file deleted, a real search holding the slot, a real indexer at work on the
 * index), and the page is read in headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerStatesBrowserTest {

    private static final String GONE = "A_HRC_RES_55_1.pdf";
    private static final String QUERY = "displaced girls";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Path tmp;
    private Path corpus;
    private Path index;
    private BrowserSite site;
    private Browser browser;

    /** When set, the next search to start waits at its first reading of the clock until it is counted down. */
    private volatile CountDownLatch holdNextSearch;

    private final AtomicInteger searchesHeld = new AtomicInteger();

    /** The system clock, except that it holds a search while {@link #holdNextSearch} is set: the slot stays taken. */
    private final LongSupplier clock = () -> {
        CountDownLatch hold = holdNextSearch;
        if (hold != null) {
            holdNextSearch = null;
            searchesHeld.incrementAndGet();
            try {
                hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return System.nanoTime();
    };

    @BeforeAll
    void start() throws Exception {
        tmp = Files.createTempDirectory("hrc-server-states");
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        index = tmp.resolve("index");
        for (String name : List.of(GONE, "A_HRC_RES_37_2.pdf")) {
            Files.copy(ProjectPaths.samplePdfs().resolve(name), corpus.resolve(name));
        }
        site = BrowserSite.start(
                () -> {
                    new IndexRun(
                                    new HrcSchema(),
                                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                            .run(new IndexRun.Options(List.of(corpus), index, 1)
                                    .withProgress(ProgressDisplay.Mode.NONE));
                    return ApiServices.over(
                            IndexHandle.open(new HrcSchema(), index),
                            new VocabularyAliases(Vocabularies.bundled()),
                            Vocabularies.bundled().concerns(),
                            QueryLimits.DEFAULT,
                            ApiServices.TIME_LIMIT,
                            SearchApp.objectMapper(),
                            clock);
                },
                // one search at a time and none waiting: a second search while one runs is shed
                new SearchApp.Options(List.of(), Optional.empty(), new LoadShedder.Limits(1, 0, Duration.ZERO)));
        browser = site.browser;
        browser.viewport(1280, 900);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (site != null) {
                site.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(site.base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waiting for %s", what).isNegative();
            Thread.sleep(50);
        }
    }

    private int waitForCount(String what) {
        return browser.waitFor(what, d -> {
            Object n = browser.script("""
          if (document.querySelector('#search-view')?.classList.contains('loading')) return null;
          const m = /^(\\d+) documents? (found|in the index)/.exec(document.querySelector('#result-count')?.textContent || '');
          return m ? Number(m[1]) : null;""");
            return n == null ? null : ((Number) n).intValue();
        });
    }

    @Test
    void aPdfDeletedSinceItWasIndexedSaysWhyOnThePageInsteadOfOpeningATabOfJson() throws Exception {
        browser.open(site.base + "/?q=" + QUERY.replace(' ', '+'));
        assertThat(waitForCount("the hit of the PDF")).isEqualTo(1);
        String file = browser.find(".snippets .page-link").getAttribute("href").split("#")[0];
        Files.delete(corpus.resolve(GONE));
        JsonNode error = json.readTree(get(URI.create(file).getPath()).body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("file_missing");

        String page = browser.driver().getWindowHandle();
        browser.find(".snippets .page-link").click();
        WebElement notice = browser.waitFor(
                "the notice",
                d -> browser.findAll("#message [role=alert]").stream()
                        .findFirst()
                        .orElse(null));
        assertThat(notice.getText())
                .isEqualTo(
                        "The PDF could not be opened: " + error.get("message").asText() + ".");
        assertThat(browser.driver().getWindowHandles()).containsExactly(page);
        browser.screenshot("12-pdf-gone", false);
    }

    @Test
    void aSearchShedBecauseTheServerIsBusySaysSoAndTheNextOneAnswers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        holdNextSearch = release;
        CompletableFuture<HttpResponse<String>> holding = CompletableFuture.supplyAsync(() -> {
            try {
                return get("/api/search?q=education");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            waitUntil("a search to hold the server's one slot", () -> searchesHeld.get() == 1);
            HttpResponse<String> shed = get("/api/search?q=" + QUERY.replace(' ', '+'));
            assertThat(shed.statusCode()).as(shed.body()).isEqualTo(503);
            assertThat(json.readTree(shed.body()).at("/error/code").asText()).isEqualTo("overloaded");

            browser.open(site.base + "/?q=" + QUERY.replace(' ', '+'));
            assertThat(browser.waitFor(
                                    "the error",
                                    d -> browser.findAll("#error-message").stream()
                                            .findFirst()
                                            .orElse(null))
                            .getText())
                    .isEqualTo("The server is busy with other searches right now. Try again in a moment.");
            browser.screenshot("10-busy", false);
        } finally {
            release.countDown();
        }
        assertThat(holding.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        browser.open(site.base + "/?q=" + QUERY.replace(' ', '+'));
        assertThat(waitForCount("the search once the slot is free")).isEqualTo(1);
        assertThat(searchesHeld.get()).isEqualTo(1);
    }

    @Test
    void anIndexThatAnIndexerIsRebuildingSaysSoAndServesThePreviousCommit() throws Exception {
        Path more = Files.createDirectories(tmp.resolve("more"));
        Files.writeString(more.resolve("hang0.txt"), "A report whose parse never ends, about displaced girls.");
        int before = json.readTree(get("/health").body()).get("documents").asInt();
        Process indexer = ChildJvm.start(
                SlowIndexer.class,
                List.of("-Xmx256m", "-XX:+UseSerialGC"),
                tmp.resolve("indexer.log"),
                corpus.toString(),
                more.toString(),
                "--index",
                index.toString());
        try {
            waitUntil("the indexer to be at work on the index", () -> {
                try {
                    return json.readTree(get("/health").body())
                            .get("reindexing")
                            .asBoolean();
                } catch (Exception e) {
                    return false;
                }
            });
            browser.open(site.base + "/?q=" + QUERY.replace(' ', '+'));
            WebElement banner = browser.waitFor(
                    "the banner", d -> browser.find("#banner").isDisplayed() ? browser.find("#banner") : null);
            assertThat(banner.getText())
                    .isEqualTo("The index is being rebuilt: until it is done, results come from the previous version.");
            browser.open(site.base + "/?q=");
            assertThat(waitForCount("the documents of the previous commit")).isEqualTo(before);
            assertThat(indexer.isAlive()).as("the indexer, still at work").isTrue();
            browser.screenshot("10-reindexing", false);
        } finally {
            indexer.destroy(); // TERM: it stops its worker and records the run as interrupted
            assertThat(indexer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
