package org.hrcsearch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/**
 * The page over a text in several languages, in headless Chromium: the language filter names the languages, a
 * hit links its versions in the other languages, the page keeps one version of each text in the language chosen,
 * and Arabic reads right to left in titles, snippets and the document view. The documents are hand-made: the
 * Universal Declaration's first sentence in English, French and Arabic under one symbol, and an English report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageVersionsBrowserTest {

    private static final String SYMBOL = "A/RES/217(III)";

    private static final HrcDocument ENGLISH = version(
            "en",
            "Universal Declaration of Human Rights",
            "Whereas recognition of the inherent dignity and of the equal and inalienable rights of all members"
                    + " of the human family is the foundation of freedom, justice and peace in the world.");
    private static final HrcDocument FRENCH = version(
            "fr",
            "Déclaration universelle des droits de l’homme",
            "Considérant que la reconnaissance de la dignité inhérente à tous les membres de la famille humaine"
                    + " et de leurs droits égaux et inaliénables constitue le fondement de la liberté.");
    private static final HrcDocument ARABIC = version(
            "ar",
            "الإعلان العالمي لحقوق الإنسان",
            "لما كان الاعتراف بالكرامة المتأصلة في جميع أعضاء الأسرة البشرية وبحقوقهم المتساوية الثابتة هو أساس"
                    + " الحرية والعدل والسلام في العالم.");
    /** Alone with its symbol: every choice keeps it. */
    private static final HrcDocument REPORT = TestIndex.doc(
                    "A/HRC/55/2", "55", DocumentType.REPORT, "The dignity of every member of the human family.")
            .title("Report of the Council on its fifty-fifth session")
            .language("en")
            .build();

    private static HrcDocument version(String lang, String title, String text) {
        return TestIndex.doc(SYMBOL, null, DocumentType.RESOLUTION, text)
                .title(title)
                .language(lang)
                .build();
    }

    private BrowserSite site;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        site = BrowserSite.start(() -> TestIndex.services(List.of(ENGLISH, FRENCH, ARABIC, REPORT)));
        browser = site.browser;
        browser.viewport(1280, 900);
    }

    @AfterAll
    void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    private void open(String query) {
        browser.open(site.base + "/" + query);
        browser.waitFor(
                "the results",
                d -> !browser.findAll(".hit").isEmpty()
                        && !browser.find("#search-view").getAttribute("class").contains("loading"));
    }

    /** The titles shown, by the hit's id (read in one script: the list may be replaced meanwhile). */
    @SuppressWarnings("unchecked")
    private Map<String, String> titles() {
        Map<String, String> out = new LinkedHashMap<>();
        List<List<String>> rows = (List<List<String>>) browser.script("""
        return [...document.querySelectorAll('.hit')]
          .map(h => [h.dataset.id, h.querySelector('.hit-title a').textContent])""");
        rows.forEach(r -> out.put(r.get(0), r.get(1)));
        return out;
    }

    private String direction(String css) {
        return (String) browser.script("return getComputedStyle(document.querySelector(arguments[0])).direction", css);
    }

    private static String label(String code) {
        return Language.fromCode(code).orElseThrow().label();
    }

    @Test
    void theLanguageFilterNamesTheLanguagesAndAHitLinksItsOtherVersions() {
        open("");
        List<String> names = new ArrayList<>();
        browser.findAll("fieldset[data-facet=lang] .facet-label").forEach(e -> names.add(e.getText()));
        assertThat(names).containsExactlyInAnyOrder("Arabic / العربية", "English", "French / Français");
        WebElement french = browser.find(".hit[data-id='" + FRENCH.id() + "']");
        List<String> alsoIn = new ArrayList<>();
        french.findElements(org.openqa.selenium.By.cssSelector(".also-in a")).forEach(a -> alsoIn.add(a.getText()));
        assertThat(alsoIn).containsExactly(label("ar"), label("en"));
        french.findElement(org.openqa.selenium.By.cssSelector(".also-in a[data-lang=ar]"))
                .click();
        browser.waitFor(
                "the Arabic version",
                d -> browser.findAll("#view-heading").size() == 1
                        && browser.find("#view-heading").getText().equals(ARABIC.title()));
        List<String> versions = new ArrayList<>();
        browser.findAll("#document-versions a").forEach(a -> versions.add(a.getText()));
        assertThat(versions).containsExactly(label("en"), label("fr"));
    }

    @Test
    void thePageKeepsOneVersionOfEachTextInTheLanguageChosen() throws Exception {
        open("");
        assertThat(titles()).hasSize(4);
        org.openqa.selenium.support.ui.Select choice =
                new org.openqa.selenium.support.ui.Select(browser.find("#one-version"));
        choice.selectByValue("fr");
        browser.waitFor("one version of each text, in French", d -> titles().size() == 2);
        assertThat(titles()).containsOnlyKeys(FRENCH.id(), REPORT.id());
        assertThat(browser.driver().getCurrentUrl()).contains("one_version=fr");
        assertThat(browser.find("#chips").getText()).contains("One version of each text, in French / Français");
        browser.screenshot("versions-one-in-french", true);

        // Spanish is not there: English stands in; a reload keeps the choice
        open("?one_version=es");
        assertThat(titles()).containsOnlyKeys(ENGLISH.id(), REPORT.id());
        assertThat(new org.openqa.selenium.support.ui.Select(browser.find("#one-version"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("es");

        browser.find("#chips .chip-remove[data-facet=one_version]").click();
        browser.waitFor("every version again", d -> titles().size() == 4);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("one_version");
    }

    @Test
    void arabicReadsRightToLeftInTitlesSnippetsAndTheDocument() throws Exception {
        open("?q=" + URLEncoder.encode("الكرامة", StandardCharsets.UTF_8));
        assertThat(titles()).containsOnlyKeys(ARABIC.id());
        String hit = ".hit[data-id='" + ARABIC.id() + "'] ";
        assertThat(direction(hit + ".hit-title a")).isEqualTo("rtl");
        assertThat(browser.find(hit + ".hit-title").getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findAll(hit + ".snippet-text mark")).isNotEmpty();
        assertThat(direction(hit + ".snippet-text")).isEqualTo("rtl");
        browser.screenshot("versions-arabic-hit", false);

        open("?q=dignity");
        assertThat(direction(".hit[data-id='" + ENGLISH.id() + "'] .hit-title a"))
                .isEqualTo("ltr");
        assertThat(direction(".hit[data-id='" + ENGLISH.id() + "'] .snippet-text"))
                .isEqualTo("ltr");

        browser.open(site.base + "/?view=document&id=" + ARABIC.id());
        browser.waitFor(
                "the Arabic text", d -> !browser.findAll("#page-text .text").isEmpty());
        assertThat(direction("#view-heading")).isEqualTo("rtl");
        assertThat(direction("#page-text .text")).isEqualTo("rtl");
        assertThat(browser.find("#page-text .text").getAttribute("lang")).isEqualTo("ar");
        // the page around it, in English, stays left to right
        assertThat(direction(".metadata")).isEqualTo("ltr");
        browser.screenshot("versions-arabic-document", true);
    }
}
