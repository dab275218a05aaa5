package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.TestApi.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.StandardServices;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /api/search} and {@code GET /api/facets/{name}} over {@link TestIndex#standard()}. */
class SearchApiTest {

    @RegisterExtension
    final StandardServices standard = new StandardServices();

    private JsonNode get(String pathAndQuery, int status) {
        JsonNode[] body = new JsonNode[1];
        TestApi.run(SearchApp.create(standard.get()), api -> body[0] = api.json(pathAndQuery, status));
        return body[0];
    }

    private static List<String> symbols(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("hits")
                .forEach(h -> out.add(
                        h.get("symbol").isNull() ? "letter" : h.get("symbol").asText()));
        return out;
    }

    @Test
    void aPhraseFindsTheDocumentAndMarksItOnItsPage() {
        JsonNode body = get("/api/search?" + q("\"persistent non-cooperation\""), 200);
        assertThat(body.get("total").asInt()).isEqualTo(2);
        JsonNode letter = body.get("hits").get(0).get("symbol").isNull()
                ? body.get("hits").get(0)
                : body.get("hits").get(1);
        JsonNode snippet = letter.get("snippets").get(0);
        assertThat(snippet.get("text").asText()).contains("<mark>persistent non-cooperation</mark>");
        assertThat(snippet.get("page").asInt()).isEqualTo(2);
        assertThat(letter.get("pages").asInt()).isEqualTo(2);
        assertThat(letter.get("file").asText())
                .isEqualTo("/api/documents/" + letter.get("id").asText() + "/file");
    }

    @Test
    void aPhraseDeepInALongDocumentStillGetsItsSnippetAndPage() throws Exception {
        String filler = "The Council met and deliberated at length on its programme of work. ".repeat(400); // ~27,000
        HrcDocument report = TestIndex.doc(
                        "A/HRC/52/2",
                        "52",
                        DocumentType.SESSION_REPORT,
                        filler,
                        filler,
                        "Page three: the Council condemned reprisals against defenders.")
                .build();
        TestApi.overIndex(List.of(report), api -> {
            JsonNode snippet = api.json("/api/search?" + q("\"condemned reprisals\""), 200)
                    .get("hits")
                    .get(0)
                    .get("snippets")
                    .get(0);
            assertThat(snippet.get("text").asText())
                    .isEqualTo("Page three: the Council <mark>condemned reprisals</mark> " + "against defenders.");
            assertThat(snippet.get("page").asInt()).isEqualTo(3);
            JsonNode early = api.json("/api/search?" + q("programme"), 200)
                    .get("hits")
                    .get(0)
                    .get("snippets")
                    .get(0);
            assertThat(early.get("page").asInt()).isEqualTo(1);
            assertThat(early.get("text").asText()).contains("<mark>programme</mark>");
        });
    }

    @Test
    void curlyDashesAndApostrophesMatchWhatUsersType() {
        assertThat(get("/api/search?" + q("\"win-win cooperation is the only viable option\""), 200)
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aSymbolFindsTheDocumentAndEveryDocumentCitingIt() {
        JsonNode body = get("/api/search?" + q("A/HRC/37/L.36"), 200);
        assertThat(symbols(body)).containsExactly("A/HRC/37/L.36", "letter");
    }

    @Test
    void nearFindsTwoPhrasesWithinThatManyWordsInEitherOrder() {
        // "win-win cooperation is the only viable option": three words between the two phrases
        assertThat(symbols(get("/api/search?" + q("\"win-win cooperation\" NEAR/3 \"viable option\""), 200)))
                .containsExactly("letter");
        assertThat(symbols(get("/api/search?" + q("\"viable option\" NEAR/3 \"win-win cooperation\""), 200)))
                .containsExactly("letter");
        assertThat(get("/api/search?" + q("\"win-win cooperation\" NEAR/2 \"viable option\""), 200)
                        .get("total")
                        .asInt())
                .isZero();
        JsonNode snippet = get("/api/search?" + q("\"win-win cooperation\" NEAR/10 option"), 200)
                .get("hits")
                .get(0)
                .get("snippets")
                .get(0);
        assertThat(snippet.get("text").asText()).contains("<mark>").contains("option");
    }

    @Test
    void facetCountsIgnoreTheirOwnFilter() {
        JsonNode body = get("/api/search?" + q("cooperation") + "&session=37", 200);
        assertThat(body.get("total").asInt()).isEqualTo(2);
        JsonNode sessions = body.get("facets").get("session");
        assertThat(sessions.toString()).contains("\"value\":\"37\"", "\"value\":\"43\"");
        assertThat(body.get("facets").get("type").toString())
                .contains("joint_letter", "draft_resolution")
                .doesNotContain("\"resolution\"");
    }

    @Test
    void valuesOfOneFilterAreOredAndFiltersAreAnded() {
        assertThat(get("/api/search?session=37&session=43", 200).get("total").asInt())
                .isEqualTo(3);
        assertThat(symbols(get("/api/search?session=37&session=43&type=draft_resolution", 200)))
                .containsExactly("A/HRC/37/L.36");
        assertThat(symbols(get("/api/search?sponsor=china&year=2020", 200))).containsExactly("A/HRC/RES/43/21");
        assertThat(symbols(get("/api/search?lang=FR", 200))).containsExactly("A/HRC/RES/S-35/1");
    }

    @Test
    void datesBoundTheSearchByDayMonthOrYear() {
        assertThat(symbols(get("/api/search?sort=date&from=2018-03-10&to=2020", 200)))
                .containsExactly("A/HRC/37/L.36", "A/HRC/RES/43/21");
        assertThat(symbols(get("/api/search?sort=date&to=2018-03", 200))).containsExactly("letter", "A/HRC/37/L.36");
        assertThat(symbols(get("/api/search?from=2021", 200))).containsExactly("A/HRC/RES/S-35/1");
    }

    @Test
    void specialSessionsAreTheirOwnFacetValue() {
        JsonNode body = get("/api/search?" + q("\"persistent non-cooperation\"") + "&session=s35", 200);
        assertThat(symbols(body)).containsExactly("A/HRC/RES/S-35/1");
        assertThat(body.get("facets").get("session").toString()).contains("Special session 35");
    }

    @Test
    void aFacetListsEveryValueWithDrillSidewaysCounts() {
        JsonNode body = get("/api/facets/session?session=37", 200);
        assertThat(body.get("name").asText()).isEqualTo("session");
        assertThat(body.get("values").toString())
                .contains("{\"value\":\"37\",\"label\":\"Session 37\",\"count\":2}", "\"value\":\"S-35\"");
        JsonNode sponsors = get("/api/facets/sponsor?" + q("cooperation"), 200);
        assertThat(sponsors.get("values").get(0).get("value").asText()).isEqualTo("China");
        assertThat(sponsors.get("values").get(0).get("count").asInt()).isEqualTo(2);
    }

    @Test
    void aSearchPastItsTimeLimitAnswersWhatItFoundFlaggedPartial() throws Exception {
        try (ApiServices hurried = TestIndex.services(TestIndex.standard(), Duration.ZERO)) {
            TestApi.run(SearchApp.create(hurried), api -> {
                JsonNode body = api.json("/api/search?" + q("cooperation"), 200);
                assertThat(body.get("partial").asBoolean()).isTrue();
                assertThat(api.json("/api/timeline?" + q("cooperation"), 200)
                                .get("partial")
                                .asBoolean())
                        .isTrue();
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      /api/search?q=%22open                    | bad_query               | unbalanced quote
      /api/search?q=*rights                    | bad_query               | may only end a word
      /api/search?q=a&size=500                 | bad_parameter           | size must be 1-100, got 500
      /api/search?q=a&size=-1                  | bad_parameter           | size must be 1-100
      /api/search?q=a&size=1e9                 | bad_parameter           | size must be a whole number
      /api/search?q=a&page=x                   | bad_parameter           | page must be a whole number
      /api/search?q=a&page=0                   | bad_parameter           | page must be 1-10000, got 0
      /api/search?q=a&page=2147483648          | bad_parameter           | page must be 1-10000
      /api/search?q=a&page=5000&size=100       | result_window_too_large | beyond the first 10000 hits
      /api/search?q=a&page=1&page=2            | duplicate_parameter     | page is given 2 times
      /api/search?q=a&sesion=37                | unknown_parameter       | unknown parameter 'sesion'; use one of [concern, cursor
      /api/search?q=a&sort=score               | bad_parameter           | unknown sort 'score'; use one of [relevance, date, -date, -indexed]
      /api/search?q=a&session=banana           | bad_query               | not a session
      /api/search?from=2018-13-01              | bad_parameter           | from must be a date as YYYY-MM-DD
      /api/search?from=2020&to=2019            | bad_parameter           | from (2020-01-01) is after to (2019-12-31)
      /api/search?q=a&cursor=bm9wZQ            | invalid_cursor          | not one this server made
      /api/search?q=type:memo                  | bad_query               | unknown type 'memo'
      /api/search?q=symbol:hello               | bad_query               | is not a UN symbol
      /api/search?q=%2A                        | bad_query               | leave q empty to list every document
      /api/facets/colour                       | unknown_facet           | unknown facet 'colour'; use one of [session, type, year
      /api/facets/session?q=%22open            | bad_query               | unbalanced quote
      /api/facets/session?sort=best            | bad_parameter           | unknown sort 'best'
      /api/export?q=a&page=2                   | unknown_parameter       | unknown parameter 'page'
      /api/signatories?q=a                     | unknown_parameter       | use one of [prefix, size]
      /api/nothing                             | not_found               | no such route: GET /api/nothing
      """)
    void badRequestsGetAnErrorThatSaysWhatToFix(String path, String code, String message) {
        int status = code.equals("not_found") ? 404 : 400;
        JsonNode body = get(path, status);
        assertThat(body.get("error").get("code").asText()).isEqualTo(code);
        assertThat(body.get("error").get("message").asText()).contains(message);
    }

    @Test
    void aFilterTakesAtMostTwentyValues() {
        String many = "session=1" + "&session=1".repeat(20);
        assertThat(get("/api/search?" + many, 400).get("error").get("code").asText())
                .isEqualTo("too_many_values");
    }

    @Test
    void anEmptyQueryListsEveryDocumentSortedByDate() {
        JsonNode body = get("/api/search?sort=-date&size=2", 200);
        assertThat(body.get("total").asInt()).isEqualTo(4);
        assertThat(body.get("hits")).hasSize(2);
        assertThat(symbols(body)).containsExactly("A/HRC/RES/S-35/1", "A/HRC/RES/43/21");
        assertThat(body.get("next_cursor").isNull()).isFalse();
    }
}
