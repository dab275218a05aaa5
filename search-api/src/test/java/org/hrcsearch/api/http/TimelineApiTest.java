package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.TestApi.q;

import com.fasterxml.jackson.databind.JsonNode;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.junit.jupiter.api.Test;

/** {@code GET /api/timeline} and {@code POST /api/batch}. */
class TimelineApiTest {

    @Test
    void aTimelineCountsDocumentsAndOccurrencesPerSessionInSessionOrder() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            JsonNode t = api.json("/api/timeline?" + q("cooperation"), 200);
            assertThat(t.get("query").asText()).isEqualTo("cooperation");
            assertThat(t.get("documents").asInt()).isEqualTo(4);
            // the letter says cooperation twice (once in non-cooperation), the draft once
            assertThat(t.get("sessions").toString())
                    .isEqualTo(
                            "["
                                    + "{\"session\":\"37\",\"label\":\"Session 37\",\"documents\":2,\"occurrences\":3},"
                                    + "{\"session\":\"43\",\"label\":\"Session 43\",\"documents\":1,\"occurrences\":1},"
                                    + "{\"session\":\"S-35\",\"label\":\"Special session 35\",\"documents\":1,\"occurrences\":1}]");
            assertThat(t.get("occurrences").asInt()).isEqualTo(5);
            assertThat(t.get("partial").asBoolean()).isFalse();
        });
    }

    @Test
    void aPhraseOccursOncePerPlaceItStandsAndFiltersApply() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            JsonNode t = api.json("/api/timeline?" + q("\"persistent non-cooperation\"") + "&from=2019", 200);
            assertThat(t.get("sessions").toString())
                    .isEqualTo(
                            "[{\"session\":\"S-35\",\"label\":\"Special session 35\",\"documents\":1,\"occurrences\":1}]");
            assertThat(api.json("/api/timeline?" + q("\"open"), 400)
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("bad_query");
        });
    }

    @Test
    void aBatchOfJsonQueriesGivesEachItsTotalAndSessionsOrItsError() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            TestApi.Reply r = api.post(
                    "/api/batch?session=37&session=S-35",
                    "[\"cooperation\", \"\\\"persistent non-cooperation\\\"\", \"\\\"open\"]",
                    "Content-Type",
                    "application/json");
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            JsonNode results = r.json().get("results");
            assertThat(results.get(0).toString())
                    .isEqualTo(
                            "{\"query\":\"cooperation\",\"total\":3,\"sessions\":["
                                    + "{\"session\":\"37\",\"label\":\"Session 37\",\"documents\":2},"
                                    + "{\"session\":\"S-35\",\"label\":\"Special session 35\",\"documents\":1}],\"partial\":false}");
            assertThat(results.get(1).get("total").asInt()).isEqualTo(2);
            assertThat(results.get(2).get("error").get("code").asText()).isEqualTo("bad_query");
            assertThat(r.json().get("partial").asBoolean()).isFalse();
        });
    }

    @Test
    void aBatchCanBeOneQueryPerLineOrAnObjectWithQueries() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            JsonNode lines = api.post("/api/batch", "cooperation\n\n  reprisals  \r\n", "Content-Type", "text/plain")
                    .json();
            assertThat(lines.get("results")).hasSize(2);
            assertThat(lines.get("results").get(1).get("query").asText()).isEqualTo("reprisals");
            assertThat(lines.get("results").get(1).get("total").asInt()).isEqualTo(1);
            JsonNode curlDefault = api.post(
                            "/api/batch", "reprisals", "Content-Type", "application/x-www-form-urlencoded")
                    .json();
            assertThat(curlDefault.get("results").get(0).get("total").asInt()).isEqualTo(1);
            JsonNode object = api.post(
                            "/api/batch",
                            "{\"queries\": [\"reprisals\"]}",
                            "Content-Type",
                            "application/json; charset=utf-8")
                    .json();
            assertThat(object.get("results").get(0).get("total").asInt()).isEqualTo(1);
        });
    }

    @Test
    void aBatchIsBoundedAndStrict() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            String tooMany = "[" + "\"a\",".repeat(100) + "\"a\"]";
            assertThat(api.post("/api/batch", tooMany, "Content-Type", "application/json")
                            .json()
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("too_many_queries");
            String huge = "x".repeat(300 * 1024);
            TestApi.Reply big = api.post("/api/batch", huge, "Content-Type", "text/plain");
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.json().get("error").get("code").asText()).isEqualTo("payload_too_large");
            assertThat(api.post("/api/batch", "[\"a\"] trailing", "Content-Type", "application/json")
                            .json()
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("bad_json");
            assertThat(api.post("/api/batch", "[[[[[[[[[[\"a\"]]]]]]]]]]", "Content-Type", "application/json")
                            .status())
                    .isEqualTo(400);
            assertThat(api.post("/api/batch", "[1, 2]", "Content-Type", "application/json")
                            .json()
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("must be a string");
            assertThat(api.post("/api/batch", "", "Content-Type", "text/plain")
                            .json()
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("empty_batch");
            assertThat(api.post("/api/batch", "<q/>", "Content-Type", "application/xml")
                            .status())
                    .isEqualTo(415);
            TestApi.Reply get = api.get("/api/batch");
            assertThat(get.status()).isEqualTo(405);
            assertThat(get.json().get("error").get("code").asText()).isEqualTo("method_not_allowed");
        });
    }
}
