package org.hrcsearch.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.hrcsearch.api.IndexedCorpus;
import org.hrcsearch.api.http.SearchApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Council's actions on the page, in a real browser: the real {@link SearchApp} over the sample corpus indexed
 * by the real indexer, whose session report A/HRC/52/2 tells five actions (L.12 without a vote, L.3 by 36-4-7 with
 * its State lists, L.20/Rev.1 by 27-6-14 without them, decision L.1, L.27 withdrawn), and whose votes file gives
 * L.20/Rev.1's State lists and two actions no report tells (A/HRC/55/L.12 and A/HRC/43/L.31/Rev.1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPagesBrowserTest {

    @TempDir
    static Path indexDir;

    private BrowserSite site;
    private String base;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        site = BrowserSite.start(() -> IndexedCorpus.sampleServices(indexDir));
        base = site.base;
        browser = site.browser;
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

    private void waitForElement(String css, String what) {
        browser.waitFor(what, d -> browser.findAll(css).isEmpty() ? null : true);
    }

    /** Waits until the actions list shows its count sentence, and returns the drafts it lists. */
    private List<String> listedDrafts(String countStartsWith) {
        browser.waitFor(
                "the actions list says " + countStartsWith,
                d -> String.valueOf(browser.script(
                                        "return document.querySelector('#actions-view #action-count')?.textContent"))
                                .startsWith(countStartsWith)
                        ? true
                        : null);
        @SuppressWarnings("unchecked")
        List<String> drafts = (List<String>)
                browser.script("return [...document.querySelectorAll('.action-item')].map(li => li.dataset.draft)");
        return drafts;
    }

    /** Clicks and waits until the view is drawn anew (its old heading gone), for a click that keeps the count. */
    private void clickAndWaitForRedraw(WebElement link) {
        WebElement heading = browser.find("#view-heading");
        link.click();
        browser.waitFor("the view drawn anew", ExpectedConditions.stalenessOf(heading));
    }

    private List<String> texts(String css) {
        return browser.findAll(css).stream().map(WebElement::getText).toList();
    }

    private String param(String name) {
        String q = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        for (String pair : q == null ? new String[0] : q.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private JsonNode api(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return SearchApp.objectMapper().readTree(r.body());
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void openProposalOfOlderPersons() {
        browser.open(base + "/?view=actions");
        listedDrafts("7 actions");
        browser.find(".action-item[data-draft='A/HRC/52/L.3'] .hit-title a").click();
        browser.waitFor(
                "the proposal view of L.3",
                d -> browser.findAll("#proposal-view .vote-list").size() == 3 ? true : null);
    }

    // ---- tests --------------------------------------------------------------------------------------------------

    @Test
    void aProposalOpensFromTheActionsListWithItsVoteAsThreeListsAndAProportionalBar() throws Exception {
        browser.open(base + "/");
        browser.find(".site-header nav a[href='?view=actions']").click();
        assertThat(listedDrafts("7 actions"))
                .containsExactly(
                        "A/HRC/55/L.12",
                        "A/HRC/52/L.12",
                        "A/HRC/52/L.3",
                        "A/HRC/52/L.20/Rev.1",
                        "A/HRC/52/L.1",
                        "A/HRC/52/L.27",
                        "A/HRC/43/L.31/Rev.1");
        assertThat(param("view")).isEqualTo("actions");
        assertThat(browser.find(".action-item[data-draft='A/HRC/52/L.3'] .action-outcome")
                        .getText())
                .isEqualTo("Adopted as resolution 52/3 by 36-4-7");

        browser.find(".action-item[data-draft='A/HRC/52/L.3'] .hit-title a").click();
        browser.waitFor(
                "the proposal view of L.3",
                d -> browser.findAll("#proposal-view .vote-list").size() == 3 ? true : null);
        assertThat(param("view")).isEqualTo("action");
        assertThat(param("symbol")).isEqualTo("A/HRC/52/L.3");
        assertThat(browser.find("#view-heading").getText()).isEqualTo("The rights of older persons");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .as("the focus moves to the new view's heading")
                .isEqualTo("view-heading");

        assertThat(texts("#proposal-view .vote-list h4"))
                .containsExactly("In favour (36)", "Against (4)", "Abstaining (7)");
        assertThat(texts(".vote-list[data-position='in_favour'] li"))
                .hasSize(36)
                .contains("Czechia", "Argentina");
        assertThat(texts(".vote-list[data-position='against'] li"))
                .containsExactly("China", "Cuba", "Eritrea", "Sudan");
        assertThat(texts(".vote-list[data-position='abstaining'] li"))
                .hasSize(7)
                .contains("Viet Nam");
        assertThat(browser.find("#vote").getText()).contains("Requested by China.");

        WebElement bar = browser.find("#vote .count-bar");
        assertThat(bar.getDomAttribute("role")).isEqualTo("img");
        assertThat(bar.getDomAttribute("aria-label")).isEqualTo("36 in favour, 4 against, 7 abstaining.");
        assertThat(texts("#vote .count-bar .segment")).containsExactly("36", "4", "7");
        double barWidth = ((Number)
                        browser.script("return arguments[0].getBoundingClientRect().width - 2", bar)) // its 1px borders
                .doubleValue();
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) browser.script(
                "return [...arguments[0].querySelectorAll('.segment')].map(s => s.getBoundingClientRect().width)", bar);
        assertThat(widths.get(0).doubleValue()).isCloseTo(barWidth * 36 / 47, offset(1.5));
        assertThat(widths.get(1).doubleValue()).isCloseTo(barWidth * 4 / 47, offset(1.5));
        assertThat(widths.get(2).doubleValue()).isCloseTo(barWidth * 7 / 47, offset(1.5));

        String facts = browser.find("#proposal-facts").getText();
        assertThat(facts)
                .contains("Main sponsors\nArgentina, Ecuador, Slovenia")
                .contains("Outcome\nAdopted as resolution 52/3 by 36-4-7")
                .contains("A/HRC/52/2, p. 5, paragraphs 8–11");
        String reportId =
                api("/api/actions/A/HRC/52/L.3").get("report").get("id").asText();
        assertThat(browser.find("#source-page").getDomAttribute("href"))
                .isEqualTo("/api/documents/" + reportId + "/file#page=5");
        assertThat(texts("#citing-documents li a"))
                .contains("Report of the Human Rights Council on its fifty-second session");
        browser.screenshot("actions-01-proposal", true);
    }

    @Test
    void aStateInTheVoteListsLeadsToItsVotingRecordAndBack() throws Exception {
        openProposalOfOlderPersons();
        browser.find(".vote-list[data-position='in_favour'] a[href='?view=votes&name=Czechia']")
                .click();
        waitForElement("#votes-view", "Czechia's voting record");
        assertThat(param("view")).isEqualTo("votes");
        assertThat(param("name")).isEqualTo("Czechia");
        assertThat(browser.find("#view-heading").getText()).isEqualTo("Czechia");
        assertThat(browser.find("#votes-summary").getText())
                .isEqualTo(
                        "2 recorded votes (2 in favour, 0 against, 0 abstaining) and 1 proposal sponsored, in 1 session.");
        WebElement vote = browser.find(".votes-table tbody tr");
        assertThat(vote.getDomAttribute("data-position")).isEqualTo("in_favour");
        assertThat(vote.getText()).contains("A/HRC/52/L.3", "In favour", "36–4–7");
        assertThat(browser.find(".sponsored-table tbody tr").getText()).contains("A/HRC/52/L.12", "main sponsor");
        browser.screenshot("actions-02-state-record", true);

        browser.driver().navigate().back();
        browser.waitFor(
                "back on the proposal of L.3",
                d -> browser.findAll("#proposal-view .vote-list").size() == 3 ? true : null);
        assertThat(param("symbol")).isEqualTo("A/HRC/52/L.3");

        // from the record to a proposal it sponsored
        browser.driver().navigate().forward();
        waitForElement("#votes-view .sponsored-table", "Czechia's record again");
        browser.find(".sponsored-table a.proposal-link").click();
        browser.waitFor(
                "the proposal view of L.12",
                d -> browser.findAll("#proposal-view #proposal-facts").isEmpty() ? null : true);
        assertThat(browser.find("#view-heading").getText())
                .isEqualTo("Freedom of peaceful assembly and of association in the digital age");
        assertThat(browser.find("#proposal-facts").getText())
                .contains("Joined the sponsors later\nChile, Fiji")
                .contains("Outcome\nAdopted without a vote as resolution 52/7");
        assertThat(browser.findAll("#proposal-view .vote"))
                .as("adopted without a vote: no vote to show")
                .isEmpty();
    }

    @Test
    void theOutcomeFilterNarrowsTheListAndItsChipUndoesIt() throws Exception {
        browser.open(base + "/?view=actions");
        listedDrafts("7 actions");
        WebElement byVote = browser.find(".facet[data-facet='outcome'] a[data-value='adopted_by_vote']");
        assertThat(byVote.getDomProperty("textContent")).isEqualTo("adopted by vote (4)");
        byVote.click();
        assertThat(listedDrafts("4 actions found"))
                .containsExactly("A/HRC/55/L.12", "A/HRC/52/L.3", "A/HRC/52/L.20/Rev.1", "A/HRC/43/L.31/Rev.1");
        assertThat(param("outcome")).isEqualTo("adopted_by_vote");
        assertThat(browser.find(".facet[data-facet='outcome'] a[data-value='adopted_by_vote']")
                        .getDomAttribute("aria-current"))
                .isEqualTo("true");
        assertThat(browser.find(".facet[data-facet='outcome'] a[data-value='withdrawn']")
                        .getDomProperty("textContent"))
                .as("the outcome facet counts ignore its own filter")
                .isEqualTo("withdrawn (1)");
        assertThat(texts("#actions-view .chip span")).containsExactly("Outcome: adopted by vote");

        // A State's position: the facets of the vote lists
        browser.find(".facet[data-facet='against'] a[data-value='China']").click();
        assertThat(listedDrafts("2 actions found")).containsExactly("A/HRC/52/L.3", "A/HRC/52/L.20/Rev.1");
        assertThat(param("state")).isEqualTo("China");
        assertThat(param("position")).isEqualTo("against");

        clickAndWaitForRedraw(
                browser.find("#actions-view .chip a[aria-label='Remove filter Outcome: adopted by vote']"));
        assertThat(listedDrafts("2 actions found")).containsExactly("A/HRC/52/L.3", "A/HRC/52/L.20/Rev.1");
        assertThat(param("outcome")).isNull();
        browser.find("#actions-view .chips a:not(.chip-remove)").click(); // clear all
        listedDrafts("7 actions");
        assertThat(param("state")).isNull();

        // the list's own search box: titles and adopted texts
        WebElement box = browser.find("#actions-q");
        box.sendKeys("older persons");
        browser.find("#actions-form button").click();
        assertThat(listedDrafts("1 action found")).containsExactly("A/HRC/52/L.3");
        assertThat(param("q")).isEqualTo("older persons");
        assertThat(browser.find("#q").getDomProperty("value"))
                .as("the documents' search box does not take the actions' query")
                .isEmpty();
        browser.screenshot("actions-03-filtered", true);
    }

    @Test
    void eachNewViewReloadsFromItsUrl() throws Exception {
        browser.open(base + "/?view=actions&outcome=withdrawn");
        assertThat(listedDrafts("1 action found")).containsExactly("A/HRC/52/L.27");
        browser.driver().navigate().refresh();
        assertThat(listedDrafts("1 action found")).containsExactly("A/HRC/52/L.27");
        assertThat(browser.find(".site-header nav a[href='?view=actions']").getDomAttribute("aria-current"))
                .isEqualTo("page");

        // a proposal by the text it became: its story, with links to that text's and the draft's documents
        browser.open(base + "/?view=action&symbol=" + encoded("A/HRC/RES/52/7"));
        waitForElement("#proposal-view #proposal-facts", "the story of L.12 by its resolution");
        browser.driver().navigate().refresh();
        waitForElement("#proposal-view #proposal-facts", "the story of L.12 after a reload");
        assertThat(browser.find(".lead").getText()).isEqualTo("Draft resolution A/HRC/52/L.12");
        browser.find("#resulting-link").click();
        browser.waitFor(
                "the document view of resolution 52/7",
                d -> browser.findAll("#document-view").isEmpty() ? null : true);
        assertThat(browser.find("#document-view").getText()).contains("A/HRC/RES/52/7");

        browser.open(base + "/?view=votes&name=" + encoded("Czech Republic"));
        waitForElement("#votes-view", "the record of Czechia by its other name");
        browser.driver().navigate().refresh();
        waitForElement("#votes-view", "the record after a reload");
        assertThat(browser.find("#view-heading").getText()).isEqualTo("Czechia");
        assertThat(browser.find("#votes-view").getText()).contains("Also written: Czech Republic");
    }

    @Test
    void anActionOnlyAVotesFileGivesShowsItsVoteAndTheFileAsItsSource() throws Exception {
        browser.open(base + "/?view=action&symbol=" + encoded("A/HRC/43/L.31/Rev.1"));
        waitForElement("#proposal-view #proposal-facts", "the story of L.31/Rev.1 from the votes file");
        assertThat(browser.find("#proposal-outcome").getText()).isEqualTo("Adopted as resolution 43/21 by 29-11-6");
        assertThat(texts("#vote .vote-list h4")).containsExactly("In favour (29)", "Against (11)", "Abstaining (6)");
        assertThat(browser.find("#source-votes-file").getText())
                .isEqualTo("Votes file Recorded votes on 3 proposals of sessions 43, 52, 55, lines 51–97");

        // a report's tally, its State lists from the votes file
        browser.open(base + "/?view=action&symbol=" + encoded("A/HRC/52/L.20/Rev.1"));
        waitForElement("#proposal-view #vote .vote-list", "L.20/Rev.1's lists from the votes file");
        assertThat(texts("#vote .vote-list h4")).containsExactly("In favour (27)", "Against (6)", "Abstaining (14)");
        assertThat(browser.find("#proposal-facts").getText())
                .contains("A/HRC/52/2, p. 5")
                .contains("the States' positions from the votes file Recorded votes on 3 proposals");
    }

    @Test
    void aSymbolNoReportTellsOfSaysSoInsteadOfABlankPage() throws Exception {
        browser.open(base + "/?view=action&symbol=" + encoded("A/HRC/52/L.99"));
        waitForElement("#proposal-view #error-message", "the not-found message");
        assertThat(browser.find("#view-heading").getText()).isEqualTo("No Council action found for A/HRC/52/L.99");
        assertThat(browser.find("#error-message").getText())
                .contains("No action on A/HRC/52/L.99 in the indexed session reports")
                .contains("a search for A/HRC/52/L.99");
        assertThat(browser.find("#error-message").getDomAttribute("role")).isEqualTo("alert");

        browser.open(base + "/?view=action&symbol=L.99");
        waitForElement("#proposal-view #error-message", "the message for a symbol that is no Council symbol");
        assertThat(browser.find("#error-message").getText()).contains("'L.99' is not a Council symbol");
    }

    @Test
    void aStatesSignatoryViewAndADraftsDocumentViewLeadToTheActions() throws Exception {
        browser.open(base + "/?view=signatory&name=Fiji");
        waitForElement("#signatory-actions", "Fiji's Council actions in its signatory view");
        assertThat(texts("#signatory-actions li"))
                .anySatisfy(t -> assertThat(t).contains("A/HRC/52/L.12", "joined the sponsors"))
                .anySatisfy(t -> assertThat(t).contains("A/HRC/52/L.1", "main sponsor"));
        browser.find("#voting-record-link").click();
        waitForElement("#votes-view", "Fiji's voting record");
        assertThat(browser.find("#votes-summary").getText()).startsWith("No recorded vote and 2 proposals sponsored");

        browser.open(base + "/?view=signatory&name=" + encoded(SearchPageCorpus.CIVICUS));
        waitForElement("#signatory-summary", "CIVICUS's signatory view");
        assertThat(browser.findAll("#signatory-actions"))
                .as("an organisation has no voting record")
                .isEmpty();

        String draftId = api("/api/search?q=" + encoded("symbol:A/HRC/52/L.12") + "&type=draft_resolution")
                .get("hits")
                .get(0)
                .get("id")
                .asText();
        browser.open(base + "/?view=document&id=" + draftId);
        waitForElement("#document-actions", "the draft's outcome in its document view");
        assertThat(browser.find("#document-actions").getText())
                .isEqualTo("A/HRC/52/L.12: adopted without a vote as resolution 52/7");
        browser.find("#document-actions a").click();
        waitForElement("#proposal-view #proposal-facts", "the proposal of the draft");
        assertThat(param("symbol")).isEqualTo("A/HRC/52/L.12");
        assertThat(browser.find("#proposal-facts a[href='?view=document&id=" + draftId + "']")
                        .getText())
                .as("the draft links to its own document")
                .isEqualTo("A/HRC/52/L.12");
    }
}
