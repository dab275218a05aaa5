package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.TestApi.q;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hrcsearch.api.IndexedCorpus;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.indexer.report.IndexingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/feed}: a search followed as an Atom feed, read back with Rome's parser as a feed reader would,
 * over an index the real indexer keeps up to date.
 */
class FeedApiTest {

    @TempDir
    Path tmp;

    private static SyndFeed parse(TestApi.Reply r) throws Exception {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(r.text()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    private static List<String> ids(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getUri).toList();
    }

    private static String entryId(String documentId) {
        return "urn:hrc-search:document:" + documentId;
    }

    private static Optional<String> link(List<SyndLink> links, String rel) {
        return links.stream()
                .filter(l -> rel.equals(l.getRel()))
                .map(SyndLink::getHref)
                .findFirst();
    }

    private IndexingReport index(Path corpus) throws Exception {
        return IndexedCorpus.index(corpus, tmp.resolve("index"));
    }

    /** The id of the document the indexer made of {@code file}, as the search API reports it. */
    private static String idOf(TestApi api, String query) throws Exception {
        return api.json("/api/search?" + q(query), 200).at("/hits/0/id").asText();
    }

    @Test
    void aNewMatchingFileComesFirstAfterItsReindexAndAnUnchangedReindexIsA304() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("letter-1.txt"), "Joint letter: we condemn reprisals against defenders.");
        Files.writeString(corpus.resolve("climate.txt"), "Resolution on human rights and climate change.");
        assertThat(index(corpus).conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
        try (ApiServices services = IndexedCorpus.services(tmp.resolve("index"))) {
            TestApi.run(SearchApp.create(services), api -> {
                String feedUrl = "/api/feed?" + q("reprisals");
                TestApi.Reply first = api.get(feedUrl);
                SyndFeed before = parse(first);
                String letter1 = idOf(api, "\"reprisals against defenders\"");
                assertThat(ids(before)).containsExactly(entryId(letter1));
                String etag = first.header("ETag").orElseThrow();

                // a new letter on the same concern arrives, and the index is brought up to date
                Files.writeString(corpus.resolve("letter-2.txt"), "A second letter on reprisals in session 52.");
                assertThat(index(corpus).conclusion().orElseThrow().state()).isEqualTo(RunState.COMMITTED);
                services.search().refresh();

                TestApi.Reply second = api.get(feedUrl, "If-None-Match", etag);
                SyndFeed after = parse(second);
                String letter2 = idOf(api, "\"second letter\"");
                assertThat(ids(after)).containsExactly(entryId(letter2), entryId(letter1));
                // published when its run's commit was stamped (Atom's dates are in whole seconds)
                assertThat(after.getEntries().get(0).getPublishedDate().toInstant())
                        .isEqualTo(Instant.parse(api.json("/health", 200)
                                        .get("last_commit")
                                        .asText())
                                .truncatedTo(ChronoUnit.SECONDS));
                String newEtag = second.header("ETag").orElseThrow();
                assertThat(newEtag).isNotEqualTo(etag);
                // the search orders the same way when asked
                assertThat(api.json("/api/search?" + q("reprisals") + "&sort=-indexed", 200)
                                .at("/hits/0/id")
                                .asText())
                        .isEqualTo(letter2);

                // nothing changed: no new commit, so a reader polling with what it holds is told so, at no cost
                assertThat(index(corpus).conclusion().orElseThrow().state()).isEqualTo(RunState.UNCHANGED);
                services.search().refresh();
                TestApi.Reply unchanged = api.get(feedUrl, "If-None-Match", newEtag);
                assertThat(unchanged.status()).isEqualTo(304);
                assertThat(unchanged.bytes()).isEmpty();
                assertThat(unchanged.header("ETag")).hasValue(newEtag);
                String lastModified = second.header("Last-Modified").orElseThrow();
                assertThat(api.get(feedUrl, "If-Modified-Since", lastModified).status())
                        .isEqualTo(304);
                assertThat(api.get(feedUrl, "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT")
                                .status())
                        .isEqualTo(200);
                // another search is another feed: its own version
                assertThat(api.get("/api/feed?" + q("climate"), "If-None-Match", newEtag)
                                .status())
                        .isEqualTo(200);
            });
        }
    }

    @Test
    void anEntryHasTheDocumentsParticularsAPassageAndLinksAndTheFeedLinksToItself() throws Exception {
        HrcDocument letter = TestIndex.doc(
                        null,
                        "37",
                        DocumentType.JOINT_LETTER,
                        "Joint letter on A/HRC/37/L.36: reprisals against civil society must end.")
                .title("Joint letter on reprisals")
                .signatories(List.of("CIVICUS", "International Service for Human Rights (ISHR)"))
                .build();
        HrcDocument other = TestIndex.doc("A/HRC/RES/43/1", "43", DocumentType.RESOLUTION, "Climate change.")
                .build();
        TestApi.overIndex(List.of(letter, other), api -> {
            TestApi.Reply r = api.get("/api/feed?" + q("reprisals") + "&session=37");
            SyndFeed feed = parse(r);
            assertThat(feed.getTitle()).isEqualTo("hrc-search: reprisals · Session 37");
            assertThat(link(feed.getLinks(), "self"))
                    .hasValueSatisfying(self ->
                            assertThat(self).startsWith("http://").endsWith("/api/feed?q=reprisals&session=37"));
            assertThat(feed.getEntries()).hasSize(1);
            SyndEntry entry = feed.getEntries().getFirst();
            assertThat(entry.getUri()).isEqualTo(entryId(letter.id()));
            assertThat(entry.getTitle()).isEqualTo("Joint letter on reprisals");
            assertThat(entry.getAuthors().stream().map(SyndPerson::getName))
                    .containsExactly("CIVICUS", "International Service for Human Rights (ISHR)");
            assertThat(entry.getCategories().stream().map(c -> c.getName())).containsExactly("joint_letter", "37");
            assertThat(entry.getDescription().getValue())
                    .contains("Joint letter or statement · Session 37 · "
                            + letter.date().orElseThrow())
                    .contains("Signed by CIVICUS, International Service for Human Rights (ISHR)")
                    .contains("<mark>reprisals</mark>");
            assertThat(entry.getLink()).endsWith("/?view=document&id=" + letter.id() + "&q=reprisals&session=37");
            assertThat(link(entry.getLinks(), "related"))
                    .hasValueSatisfying(file -> assertThat(file).endsWith("/api/documents/" + letter.id() + "/file"));
            assertThat(r.header("ETag")).isPresent();
            assertThat(r.header("Last-Modified")).hasValue("Thu, 01 Jan 2026 00:00:00 GMT");
        });
    }

    @Test
    void aBadQueryOrParameterIsTheUsualJson400() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            assertThat(api.json("/api/feed?" + q("\"open"), 400)
                            .at("/error/code")
                            .asText())
                    .isEqualTo("bad_query");
            assertThat(api.json("/api/feed?format=rss", 400)
                            .at("/error/message")
                            .asText())
                    .contains("unknown parameter 'format'");
            assertThat(api.json("/api/feed?from=yesterday", 400)
                            .at("/error/message")
                            .asText())
                    .contains("from must be a date");
        });
    }
}
