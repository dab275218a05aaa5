package org.hrcsearch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcsearch.api.http.SearchApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page in a real browser: the real {@link SearchApp} on a free loopback port over an in-memory index
 * ({@link SearchPageCorpus}), driven by headless Chromium as a user would drive it. Screenshots are saved in
 * {@code search-api/target/screenshots}. The page when the server cannot simply answer (a PDF gone, a busy or
 * rebuilding index) is {@link ServerStatesBrowserTest}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserTest {

    private BrowserSite site;
    private String base;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        long t0 = System.nanoTime();
        site = BrowserSite.start(SearchPageCorpus::service);
        base = site.base;
        browser = site.browser;
        System.out.printf(
                "browser tests: server on %s and chromium ready in %d ms%n",
                base, (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.viewport(1280, 900);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void search(String query) {
        WebElement box = browser.find("#q");
        box.clear();
        box.sendKeys(query, Keys.ENTER);
    }

    /** Waits until the count line says "N documents found" (or "in the index") and returns N. */
    private int waitForCount(String what) {
        return browser.waitFor(what, d -> {
            Object n = browser.script("""
          if (document.querySelector('#search-view')?.classList.contains('loading')) return null;
          const m = /^(\\d+) documents? (found|in the index)/.exec(document.querySelector('#result-count')?.textContent || '');
          return m ? Number(m[1]) : null;""");
            return n == null ? null : ((Number) n).intValue();
        });
    }

    private int waitForCountOtherThan(int previous, String what) {
        return browser.waitFor(what, d -> {
            int now = waitForCount(what);
            return now != previous ? now : null;
        });
    }

    /** The counts of one facet panel, value -> count, as the page shows them. */
    private Map<String, Integer> facetCounts(String facet) {
        Map<String, Integer> out = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) browser.script("""
        return [...document.querySelectorAll(`fieldset[data-facet="${arguments[0]}"] li`)]
          .map(li => [li.querySelector('input').dataset.value, li.querySelector('.count').textContent])""", facet);
        for (List<String> row : rows) {
            out.put(row.get(0), Integer.parseInt(row.get(1).replaceAll("\\D", "")));
        }
        return out;
    }

    /** The texts of the visible items of one facet panel. */
    @SuppressWarnings("unchecked")
    private List<String> visibleFacetItems(String facet) {
        return (List<String>) browser.script("""
        return [...document.querySelectorAll(`fieldset[data-facet="${arguments[0]}"] li`)]
          .filter(li => !li.hidden).map(li => li.textContent)""", facet);
    }

    private List<String> hitTitles() {
        return browser.findAll(".hit-title a").stream().map(WebElement::getText).toList();
    }

    private String query(String param) {
        String url = browser.driver().getCurrentUrl();
        String q = URI.create(url).getRawQuery();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(param)) {
                return URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    // ---- tests --------------------------------------------------------------------------------------------------

    @Test
    void thePageAndEveryAssetComeFromTheServerItself() throws Exception {
        HttpResponse<String> page = get(base + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        assertThat(page.body())
                .contains("<script type=\"module\" src=\"js/main.js\"></script>")
                .doesNotContain("http://", "https://", "//cdn");
        browser.open(base + "/");
        int total = waitForCount("the empty search lists every document");
        assertThat(total).isEqualTo(SearchPageCorpus.documents().size());
        @SuppressWarnings("unchecked")
        List<String> loaded =
                (List<String>) browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base));
        browser.screenshot("01-home", false);
    }

    @Test
    void typingAPhraseShowsTheMatchingDocumentsWithTheWordsMarked() throws Exception {
        browser.open(base + "/");
        waitForCount("the first page");
        search("\"civil society\"");
        int total = browser.waitFor("the phrase search", d -> {
            int n = waitForCount("the phrase search");
            return n != SearchPageCorpus.documents().size() ? n : null;
        });
        assertThat(total).isEqualTo(13);
        assertThat(query("q")).isEqualTo("\"civil society\"");
        assertThat(browser.findAll(".hit")).hasSize(10);
        assertThat(browser.findAll(".hit mark"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText().toLowerCase()).isEqualTo("civil society"));
        assertThat(browser.find("#live").getAttribute("textContent")).contains("13 documents found");
        assertThat(browser.find(".pager").getText()).contains("Page 1 of 2");

        browser.screenshot("02-phrase-results", true);

        browser.find(".pager a[rel=next]").click();
        browser.waitFor(
                "page 2",
                d -> "2".equals(query("page")) && browser.findAll(".hit").size() == 3);
        assertThat(browser.find(".results").getAttribute("start")).isEqualTo("11");
        browser.driver().navigate().back();
        browser.waitFor(
                "back to page 1",
                d -> query("page") == null && browser.findAll(".hit").size() == 10);
    }

    @Test
    void theHelpPanelsExamplesRunWhenClicked() {
        browser.open(base + "/");
        waitForCount("every document");
        browser.find("#help summary").click();
        WebElement example = browser.findAll("#help a[data-example]").stream()
                .filter(a -> a.getText().equals("\"mutually beneficial cooperation\""))
                .findFirst()
                .orElseThrow();
        example.click();
        assertThat(waitForCountOtherThan(SearchPageCorpus.documents().size(), "the example"))
                .isEqualTo(1);
        assertThat(browser.find("#q").getAttribute("value")).isEqualTo("\"mutually beneficial cooperation\"");
        assertThat(browser.find("#help").getAttribute("open")).isNull();
    }

    @Test
    void aLongListOfSignatoriesShowsTheFirstThreeAndExpands() {
        browser.open(base + "/?q=%22rural+communities%22");
        assertThat(waitForCount("the session 37 letter")).isEqualTo(1);
        WebElement signatories = browser.find(".hit .signatories");
        assertThat(signatories.getText())
                .isEqualTo("Signed by " + SearchPageCorpus.ISHR + ", " + SearchPageCorpus.FIDH + ", "
                        + SearchPageCorpus.AMNESTY + " and 4 more");
        signatories.findElement(By.cssSelector("button")).click();
        assertThat(signatories.getText()).endsWith(SearchPageCorpus.HRW).doesNotContain("more");
        assertThat(signatories.findElements(By.tagName("a"))).hasSize(7);
    }

    @Test
    void tickingAFacetNarrowsTheResultsAndUpdatesTheCountsAndTheBackButtonUndoesIt() throws Exception {
        browser.open(base + "/?q=%22civil+society%22");
        int before = waitForCount("the phrase search");
        Map<String, Integer> typesBefore = facetCounts("type");
        Map<String, Integer> sessionsBefore = facetCounts("session");
        assertThat(sessionsBefore).containsEntry("43", 3).containsEntry("55", 3).containsKey("S-35");

        WebElement box = browser.find("input[data-facet='session'][data-value='43']");
        box.click();
        int after = waitForCountOtherThan(before, "the session 43 filter");
        assertThat(after).isEqualTo(3);
        assertThat(query("session")).isEqualTo("43");
        assertThat(facetCounts("type"))
                .isNotEqualTo(typesBefore)
                .containsEntry("joint_letter", 1)
                .containsEntry("draft_resolution", 1)
                .containsEntry("resolution", 1);
        // Drill-sideways: the session panel still counts the other sessions.
        assertThat(facetCounts("session")).isEqualTo(sessionsBefore);
        assertThat(browser.find("input[data-facet='session'][data-value='43']").isSelected())
                .isTrue();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("data-value"))
                .as("focus stays on the box the user ticked")
                .isEqualTo("43");
        assertThat(browser.find(".chip").getText()).startsWith("Session 43");
        assertThat(browser.findAll(".hit .meta"))
                .allSatisfy(m -> assertThat(m.getText()).contains("Session 43"));
        browser.screenshot("03-session-filter", true);

        browser.driver().navigate().back();
        assertThat(waitForCountOtherThan(after, "back to the unfiltered search"))
                .isEqualTo(before);
        assertThat(query("session")).isNull();
        assertThat(browser.find("input[data-facet='session'][data-value='43']").isSelected())
                .isFalse();
        assertThat(browser.findAll(".chip")).isEmpty();

        browser.driver().navigate().forward();
        assertThat(waitForCountOtherThan(before, "forward to the filtered search"))
                .isEqualTo(3);
        browser.find(".chip-remove").click();
        assertThat(waitForCountOtherThan(3, "the chip removed")).isEqualTo(before);
    }

    @Test
    void panelTitlesAndConcernLabelsAreTheServersAsGiven() {
        browser.open(base + "/?q=%22civil+society%22");
        waitForCount("the phrase search");
        @SuppressWarnings("unchecked")
        List<String> legends = (List<String>) browser.script(
                "return [...document.querySelectorAll('fieldset.facet legend')].map(l => l.textContent)");
        assertThat(legends).startsWith("Session", "Document type", "Year").contains("Concern");
        // The taxonomy's labels, not the ids made readable ("Civic space", "Reprisals").
        @SuppressWarnings("unchecked")
        List<String> concerns = (List<String>)
                browser.script("return [...document.querySelectorAll('fieldset[data-facet=\"concern\"] .facet-label')]"
                        + ".map(l => l.textContent)");
        assertThat(concerns)
                .contains("Civic space and civil society", "Reprisals against those who cooperate with the UN");
        assertThat(browser.findAll(".hit .concerns .tag"))
                .extracting(WebElement::getText)
                .contains("Civic space and civil society");
        browser.find("input[data-facet='concern'][data-value='civic_space']").click();
        browser.waitFor("the concern chip", d -> !browser.findAll(".chip").isEmpty());
        assertThat(browser.find(".chip").getText()).startsWith("Concern: Civic space and civil society");
    }

    @Test
    void theSignatoryListFiltersAsYouType() {
        browser.open(base + "/");
        waitForCount("every document");
        assertThat(facetCounts("signatory")).hasSize(13).containsEntry(SearchPageCorpus.FIDH, 5);
        WebElement filter = browser.find("#facet-signatory-filter");
        filter.sendKeys("civ");
        browser.waitFor(
                "only names with 'civ'", d -> visibleFacetItems("signatory").size() == 3);
        assertThat(visibleFacetItems("signatory"))
                .allSatisfy(s -> assertThat(s.toLowerCase()).contains("civ"));

        // By keyboard: Tab from the filter box reaches the first name left, Space ticks it.
        filter.sendKeys(Keys.TAB);
        WebElement box = browser.driver().switchTo().activeElement();
        assertThat(box.getAttribute("data-value")).isEqualTo(SearchPageCorpus.CIVICUS);
        box.sendKeys(Keys.SPACE);
        assertThat(waitForCountOtherThan(SearchPageCorpus.documents().size(), "the CIVICUS filter"))
                .isEqualTo(3);
        assertThat(query("signatory")).isEqualTo(SearchPageCorpus.CIVICUS);
        assertThat(browser.find("#facet-signatory-filter").getAttribute("value"))
                .as("the filter text stays")
                .isEqualTo("civ");
    }

    @Test
    void typingInACutListFindsTheValuesPastItsTopTwenty() throws Exception {
        String q = URLEncoder.encode("\"civil society\"", StandardCharsets.UTF_8);
        browser.open(base + "/?q=" + q);
        waitForCount("the phrase search");
        Map<String, Integer> top = facetCounts("sponsor");
        assertThat(top).hasSize(20);
        String past = null;
        for (JsonNode v : SearchApp.objectMapper()
                .readTree(get(base + "/api/facets/sponsor?q=" + q).body())
                .get("values")) {
            if (!top.containsKey(v.get("value").asText())) {
                past = v.get("value").asText();
                break;
            }
        }
        assertThat(past).as("a sponsor the search answer leaves out").isNotNull();
        String wanted = past;
        browser.find("#facet-sponsor-filter").sendKeys(wanted);
        browser.waitFor(
                "every sponsor, from /api/facets/sponsor",
                d -> facetCounts("sponsor").containsKey(wanted));
        assertThat(visibleFacetItems("sponsor"))
                .anySatisfy(item -> assertThat(item).contains(wanted));
        assertThat(browser.find("#facet-sponsor .facet-note").isDisplayed()).isFalse();
    }

    @Test
    void aSignatoryViewListsEveryDocumentItSignedBySession() throws Exception {
        browser.open(base + "/?q=%22civil+society%22&session=37");
        waitForCount("the session 37 search");
        browser.find(".signatories a[href*='view=signatory']").click();
        browser.waitFor(
                "the signatory view",
                d -> "signatory".equals(query("view"))
                        && !browser.findAll("#signatory-view h2").isEmpty());
        assertThat(query("name")).isEqualTo(SearchPageCorpus.ISHR);
        assertThat(browser.find("#signatory-view h2").getText()).isEqualTo(SearchPageCorpus.ISHR);
        assertThat(browser.findAll(".session-group h3").stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("Session 37 (1)", "Session 43 (1)", "Session 55 (1)", "Special session 35 (1)");
        assertThat(browser.find("#signatory-summary").getText()).startsWith("4 documents");
        assertThat(browser.findAll(".session-group .meta"))
                .hasSize(4)
                .allSatisfy(m -> assertThat(m.getText()).endsWith(" · signed"));
        assertThat(browser.driver().switchTo().activeElement().getTagName()).isEqualTo("h2");
        assertThat(browser.find(".search-within").getText()).isEqualTo("Search within the documents it signed");
        assertThat(browser.find("a#follow-signatory").getAttribute("href"))
                .isEqualTo(base + "/api/feed?signatory="
                        + java.net.URLEncoder.encode(SearchPageCorpus.ISHR, java.nio.charset.StandardCharsets.UTF_8));
        browser.screenshot("04-signatory-view", true);

        browser.driver().navigate().back();
        assertThat(waitForCount("back to the search")).isEqualTo(2);
        assertThat(query("session")).isEqualTo("37");
    }

    @Test
    void aStateThatOnlySponsoredIsSearchedThroughTheSponsorFilter() {
        browser.open(base + "/?view=signatory&name=Chile");
        browser.waitFor(
                "the signatory view",
                d -> !browser.findAll("#signatory-view .search-within").isEmpty());
        WebElement within = browser.find(".search-within a");
        assertThat(browser.findAll(".search-within a")).hasSize(1);
        assertThat(within.getText()).isEqualTo("Search within the documents it sponsored");
        within.click();
        assertThat(waitForCount("Chile's drafts")).isEqualTo(2);
        assertThat(query("sponsor")).isEqualTo("Chile");
        assertThat(query("signatory")).isNull();
    }

    @Test
    void aNameNoDocumentHasSuggestsNamesThatStartAlike() {
        browser.open(base + "/?view=signatory&name=Civicus+Alliance");
        browser.waitFor(
                "the signatory view",
                d -> !browser.findAll("#signatory-view h2").isEmpty());
        assertThat(browser.find("#signatory-summary").getText())
                .isEqualTo("No document in the index was signed or sponsored by this name.");
        browser.find("#signatory-suggestions a[href*='CIVICUS']").click();
        browser.waitFor(
                "CIVICUS's documents", d -> browser.findAll(".session-group").size() == 3);
        assertThat(browser.find("#signatory-view h2").getText()).isEqualTo(SearchPageCorpus.CIVICUS);
    }

    @Test
    void theDirectoryOfSignatoriesOpensFromTheHeader() throws IOException {
        browser.open(base + "/");
        waitForCount("every document");
        browser.find(".site-header nav a[href='?view=signatory']").click();
        browser.waitFor(
                "the directory",
                d -> !browser.findAll("#signatory-view .directory a").isEmpty());
        assertThat(browser.find("#signatory-view .directory").getText()).contains(SearchPageCorpus.FIDH + " (5)");
        browser.screenshot("13-directory", true);
        browser.findAll("#signatory-view .directory a").stream()
                .filter(a -> a.getText().equals(SearchPageCorpus.CIVICUS))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitFor(
                "CIVICUS's documents", d -> browser.findAll(".session-group").size() == 3);
    }

    @Test
    void aSnippetsPageNumberOpensThePdfAtThatPage() throws Exception {
        browser.open(base + "/?q=%22rural+communities%22");
        assertThat(waitForCount("the phrase on page 2")).isEqualTo(1);
        WebElement link = browser.find(".snippets .page-link");
        assertThat(link.getText()).isEqualTo("p. 2");
        String href = link.getAttribute("href");
        assertThat(href).startsWith(base + "/api/documents/").endsWith("/file#page=2");
        HttpResponse<String> file = get(href.substring(0, href.indexOf('#')));
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("pdf"));

        // Following the link opens the PDF in a new tab, at the page.
        String page = browser.driver().getWindowHandle();
        link.click();
        browser.waitFor("a tab with the PDF", d -> d.getWindowHandles().size() > 1);
        for (String handle : browser.driver().getWindowHandles()) {
            if (!handle.equals(page)) {
                browser.driver().switchTo().window(handle);
                assertThat(browser.driver().getCurrentUrl()).endsWith("/file#page=2");
                browser.driver().close();
            }
        }
        browser.driver().switchTo().window(page);
    }

    @Test
    void whatUsersTypeNeverBecomesMarkup() {
        String attack = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";
        browser.open(base + "/?view=signatory&name=" + URLEncoder.encode(attack, StandardCharsets.UTF_8) + "&q="
                + URLEncoder.encode(attack, StandardCharsets.UTF_8));
        browser.waitFor(
                "the signatory view",
                d -> !browser.findAll("#signatory-view h2").isEmpty());
        assertThat(browser.find("#signatory-view h2").getText()).isEqualTo(attack);
        assertThat(browser.script(
                        "return window.pwned === undefined && document.querySelectorAll('main img').length === 0"))
                .isEqualTo(true);
    }

    /** Opens the document view of the first hit of {@code query} by its title, as a user does. */
    private String openDocumentOf(String query) {
        browser.open(base + "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(waitForCount(query)).isPositive();
        browser.find(".hit-title a").click();
        browser.waitFor(
                "the document view",
                d -> !browser.findAll("#document-view h2").isEmpty()
                        && browser.find("#document-view").getText().contains("Page 1 of"));
        return browser.find("#document-view").getText();
    }

    @Test
    void theDocumentViewShowsSponsorsCitationsConcernsAndTheTextPageByPage() throws IOException {
        String view = openDocumentOf("\"Reaffirming that civil society makes\"");
        assertThat(view)
                .contains(
                        "Strengthening cooperation with civil society in the field of human rights",
                        "A/HRC/43/L.31/Rev.1",
                        "Draft resolution",
                        "Session 43",
                        "19 June 2020",
                        "Argentina, Chile, Fiji, Ireland, Mexico, Sierra Leone, Tunisia, Uruguay",
                        "Reject amendments weakening civil society language",
                        "Page 1 of 2")
                .containsPattern("Language\\s+English");
        assertThat(browser.find("#page-text").getText())
                .contains("Reaffirming that civil society makes")
                .doesNotContain("Requests the High Commissioner");
        assertThat(browser.find("a[href*='view=signatory'][href*='name=Chile']").isDisplayed())
                .isTrue();
        assertThat(browser.find(".doc-text a.pdf-link").getAttribute("href")).endsWith("/file#page=1");
        browser.screenshot("11-document-view-full", true);

        browser.find(".doc-text .pager a").click();
        browser.waitFor("page 2", d -> browser.find("#page-text").getText().contains("Requests the High Commissioner"));
        assertThat(query("p")).isEqualTo("2");
        assertThat(browser.find(".doc-text a.pdf-link").getAttribute("href")).endsWith("/file#page=2");
        browser.driver().navigate().back();
        browser.waitFor(
                "back to page 1", d -> browser.find("#page-text").getText().contains("Reaffirming that"));

        // The letter that cites the draft links back to it, and a concern says which phrases gave it.
        browser.driver()
                .findElement(By.xpath("//dt[.='Cited by']/following-sibling::dd[1]//a"))
                .click();
        browser.waitFor(
                "the citing letter",
                d -> browser.find("#document-view h2").getText().startsWith("Reject amendments"));
        String letter = browser.find("#document-view").getText();
        assertThat(letter).contains("Joint letter or statement", "A/HRC/43/L.31/Rev.1");
        String report = openDocumentOf("\"civil society access include visas\"");
        assertThat(report)
                .contains(
                        "A/HRC/55/30",
                        "Civic space because of “civil society” ×3",
                        "Reprisals and intimidation because of “reprisals” ×2");
    }

    @Test
    void everyControlHasALabelAndTheCountIsAnnounced() {
        browser.open(base + "/?q=reprisals");
        waitForCount("reprisals");
        Object unlabeled = browser.script("""
        return [...document.querySelectorAll('input, select, button')]
          .filter(el => el.type !== 'hidden' && !el.closest('[hidden]'))
          .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
          .map(el => el.outerHTML);""");
        assertThat((List<?>) unlabeled).isEmpty();
        assertThat(browser.find("#live").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.find("#live").getAttribute("textContent")).contains("documents found");
        // The first Tab reaches the skip link, the next ones the brand and the search box before the results.
        WebElement body = browser.find("body");
        body.sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
                .isEqualTo("skip-link");
    }

    @Test
    void textContrastIsAtLeastFourAndAHalfToOne() {
        browser.open(base + "/?q=%22civil+society%22&session=43");
        waitForCount("the session 43 search");
        // WCAG 2 contrast of every piece of visible text against the first opaque background behind it.
        Object failures = browser.script("""
        const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92
          : Math.pow((v + 0.055) / 1.055, 2.4); }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
        const background = (el) => {
          for (; el; el = el.parentElement) {
            const c = rgb(getComputedStyle(el).backgroundColor);
            if (c.length === 3 || c[3] > 0.5) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const out = [];
        for (const el of document.querySelectorAll('body *')) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue.trim());
          if (!own || !el.getClientRects().length || el.closest('.visually-hidden, [hidden], svg')) continue;
          const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(background(el));
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          if (ratio < 4.5) out.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} "${el.textContent.trim().slice(0, 30)}"`);
        }
        return out;""");
        assertThat((List<?>) failures).isEmpty();
    }

    @Test
    void atPhoneWidthTheLayoutFitsAndTheFiltersFoldAway() throws Exception {
        browser.viewport(375, 812);
        browser.open(base + "/?q=%22civil+society%22");
        waitForCount("the phrase");
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        WebElement toggle = browser.find(".filters-toggle");
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(browser.find("#facet-panels").isDisplayed()).isFalse();
        browser.screenshot("07-phone", false);
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.find("#facet-panels").isDisplayed()).isTrue();
        browser.screenshot("08-phone-filters", false);
        browser.find("input[data-facet='type'][data-value='joint_letter']").click();
        assertThat(waitForCountOtherThan(13, "the letters")).isEqualTo(5);
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        browser.find(".show-results").click();
        assertThat(browser.find("#facet-panels").isDisplayed()).isFalse();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("results-heading");
        browser.screenshot("09-phone-results", false);
    }
}
