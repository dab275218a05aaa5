package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchApiTest {

  private final ObjectMapper json = new ObjectMapper();
  private SearchService service;

  @BeforeEach
  void open() throws Exception {
    service = TestIndex.service(TestIndex.standard());
  }

  @AfterEach
  void close() throws Exception {
    service.close();
  }

  private JsonNode get(String pathAndQuery, int expectedStatus) throws Exception {
    JsonNode[] body = new JsonNode[1];
    JavalinTest.test(SearchApp.create(service), (server, client) -> {
      Response r = client.get(pathAndQuery);
      String text = r.body().string();
      assertThat(r.code()).as(text).isEqualTo(expectedStatus);
      assertThat(r.headers().get("Content-Type").toString()).containsIgnoringCase("application/json");
      body[0] = json.readTree(text);
    });
    return body[0];
  }

  private static String q(String query) {
    return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static List<String> symbols(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("hits").forEach(h -> out.add(h.get("symbol").isNull() ? "letter" : h.get("symbol").asText()));
    return out;
  }

  @Test
  void aPhraseFindsTheDocumentAndMarksItOnItsPage() throws Exception {
    JsonNode body = get(q("\"persistent non-cooperation\""), 200);
    assertThat(body.get("total").asInt()).isEqualTo(2);
    JsonNode letter = body.get("hits").get(0).get("symbol").isNull() ? body.get("hits").get(0) : body.get("hits").get(1);
    JsonNode snippet = letter.get("snippets").get(0);
    assertThat(snippet.get("text").asText()).contains("<mark>persistent non-cooperation</mark>");
    assertThat(snippet.get("page").asInt()).isEqualTo(2);
    assertThat(letter.get("pages").asInt()).isEqualTo(2);
  }

  @Test
  void curlyDashesAndApostrophesMatchWhatUsersType() throws Exception {
    assertThat(get(q("\"win-win cooperation is the only viable option\""), 200).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void aSymbolFindsTheDocumentAndEveryDocumentCitingIt() throws Exception {
    JsonNode body = get(q("A/HRC/37/L.36"), 200);
    assertThat(symbols(body)).containsExactly("A/HRC/37/L.36", "letter");
  }

  @Test
  void facetCountsIgnoreTheirOwnFilter() throws Exception {
    JsonNode body = get(q("cooperation") + "&session=37", 200);
    assertThat(body.get("total").asInt()).isEqualTo(2);
    JsonNode sessions = body.get("facets").get("session");
    assertThat(sessions.toString()).contains("\"value\":\"37\"", "\"value\":\"43\"");
    assertThat(body.get("facets").get("type").toString()).contains("joint_letter", "draft_resolution")
        .doesNotContain("\"resolution\"");
  }

  @Test
  void specialSessionsAreTheirOwnFacetValue() throws Exception {
    JsonNode body = get(q("\"persistent non-cooperation\"") + "&session=s35", 200);
    assertThat(symbols(body)).containsExactly("A/HRC/RES/S-35/1");
  }

  @Test
  void healthSaysHowManyDocuments() throws Exception {
    JsonNode body = get("/health", 200);
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("documents").asInt()).isEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      /api/search?q=%22open                    | bad_query     | unbalanced quote
      /api/search?q=*rights                    | bad_query     | may only end a word
      /api/search?q=a&size=500                 | bad_parameter | size must be 1-100, got 500
      /api/search?q=a&size=-1                  | bad_parameter | size must be 1-100
      /api/search?q=a&page=x                   | bad_parameter | page must be a whole number
      /api/search?q=a&page=5000&size=100       | bad_parameter | beyond the first 10000 hits
      /api/search?q=a&sort=score               | bad_parameter | unknown sort 'score'; use one of [relevance, date, -date]
      /api/search?q=a&session=banana           | bad_query     | not a session
      /api/search?q=type:memo                  | bad_query     | unknown type 'memo'
      /api/search?q=symbol:hello               | bad_query     | is not a UN symbol
      /api/nothing                             | not_found     | no such route
      """)
  void badRequestsGetAnErrorThatSaysWhatToFix(String path, String code, String message) throws Exception {
    int status = code.equals("not_found") ? 404 : 400;
    JsonNode body = get(path, status);
    assertThat(body.get("error").get("code").asText()).isEqualTo(code);
    assertThat(body.get("error").get("message").asText()).contains(message);
  }

  @Test
  void anEmptyQueryListsEveryDocumentSortedByDate() throws Exception {
    JsonNode body = get("/api/search?sort=-date&size=2", 200);
    assertThat(body.get("total").asInt()).isEqualTo(4);
    assertThat(body.get("hits")).hasSize(2);
    String first = body.get("hits").get(0).get("date").asText();
    String second = body.get("hits").get(1).get("date").asText();
    assertThat(first).isGreaterThanOrEqualTo(second);
  }
}
