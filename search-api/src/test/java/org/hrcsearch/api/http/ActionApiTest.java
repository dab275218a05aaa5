package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.IndexedCorpus;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.search.ApiServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/actions}, {@code GET /api/actions/{symbol}}, {@code GET /api/states/{name}/votes} and the actions of
 * a document's view, over the sample corpus indexed by the real indexer: its session report A/HRC/52/2 tells five
 * actions (L.12 without a vote, L.3 by 36-4-7 with its State lists, L.20/Rev.1 by 27-6-14, decision L.1, L.27
 * withdrawn), and its votes file gives L.20/Rev.1's State lists and two actions of its own (A/HRC/55/L.12 by
 * 31-3-13, A/HRC/43/L.31/Rev.1 by 29-11-6 as resolution 43/21).
 */
class ActionApiTest {

    @TempDir
    static Path indexDir;

    private static ApiServices services;

    @BeforeAll
    static void indexTheSampleCorpus() throws Exception {
        services = IndexedCorpus.sampleServices(indexDir);
    }

    @AfterAll
    static void close() throws IOException {
        services.close();
    }

    private static void api(TestApi.Body body) {
        TestApi.run(SearchApp.create(services), body);
    }

    private static List<String> drafts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("actions").forEach(a -> out.add(a.get("draft").asText()));
        return out;
    }

    private static long count(JsonNode facet, String value) {
        for (JsonNode v : facet) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void theListHoldsEveryActionWithFacetCountsAndPages() throws Exception {
        api(api -> {
            JsonNode all = api.json("/api/actions", 200);
            assertThat(all.get("total").asInt()).isEqualTo(7);
            assertThat(drafts(all))
                    .containsExactly(
                            "A/HRC/55/L.12",
                            "A/HRC/52/L.12",
                            "A/HRC/52/L.3",
                            "A/HRC/52/L.20/Rev.1",
                            "A/HRC/52/L.1",
                            "A/HRC/52/L.27",
                            "A/HRC/43/L.31/Rev.1");
            JsonNode facets = all.get("facets");
            assertThat(count(facets.get("session"), "52")).isEqualTo(5);
            assertThat(count(facets.get("outcome"), "adopted_by_vote")).isEqualTo(4);
            assertThat(count(facets.get("outcome"), "withdrawn")).isEqualTo(1);
            assertThat(count(facets.get("sponsor"), "Fiji")).isEqualTo(2); // joined L.12, sponsored L.1
            // L.3 as the report prints it, L.20/Rev.1 as the votes file fills it
            assertThat(count(facets.get("in_favour"), "Czechia")).isEqualTo(2);
            assertThat(count(facets.get("against"), "China")).isEqualTo(2);
            assertThat(count(facets.get("abstaining"), "Viet Nam")).isEqualTo(2);

            JsonNode l3 = all.get("actions").get(2);
            assertThat(l3.get("summary").asText()).isEqualTo("adopted as resolution 52/3 by 36-4-7");
            assertThat(l3.get("vote").get("requested_by").get("state").asText()).isEqualTo("China");
            assertThat(l3.get("vote").get("positions").get("in_favour")).hasSize(36);
            assertThat(l3.get("report").get("symbol").asText()).isEqualTo("A/HRC/52/2");

            JsonNode second = api.json("/api/actions?size=2&page=2", 200);
            assertThat(second.get("total").asInt()).isEqualTo(7);
            assertThat(drafts(second)).containsExactly("A/HRC/52/L.3", "A/HRC/52/L.20/Rev.1");
        });
    }

    @Test
    void filtersSelectByOutcomeSponsorAndAStatesPositionUnderAnyOfItsNames() throws Exception {
        api(api -> {
            assertThat(drafts(api.json("/api/actions?outcome=adopted_by_vote", 200)))
                    .containsExactly("A/HRC/55/L.12", "A/HRC/52/L.3", "A/HRC/52/L.20/Rev.1", "A/HRC/43/L.31/Rev.1");
            assertThat(drafts(api.json("/api/actions?sponsor=Fiji", 200)))
                    .containsExactly("A/HRC/52/L.12", "A/HRC/52/L.1");
            assertThat(drafts(api.json("/api/actions?state=Czech%20Republic&position=in_favour", 200)))
                    .containsExactly("A/HRC/52/L.3", "A/HRC/52/L.20/Rev.1");
            assertThat(drafts(api.json("/api/actions?state=czechia&position=sponsor", 200)))
                    .containsExactly("A/HRC/52/L.12");
            assertThat(drafts(api.json("/api/actions?state=Czechia", 200)))
                    .containsExactly("A/HRC/52/L.12", "A/HRC/52/L.3", "A/HRC/52/L.20/Rev.1");
            assertThat(drafts(api.json("/api/actions?state=China&position=against", 200)))
                    .containsExactly("A/HRC/52/L.3", "A/HRC/52/L.20/Rev.1");
            JsonNode byVote = api.json("/api/actions?outcome=adopted_by_vote", 200);
            assertThat(count(byVote.get("facets").get("outcome"), "adopted_without_vote"))
                    .as("a facet's counts ignore its own filter")
                    .isEqualTo(2);
        });
    }

    @Test
    void qSearchesTheTitleAndTheAdoptedTextsDocument() throws Exception {
        api(api -> {
            assertThat(drafts(api.json("/api/actions?" + TestApi.q("older persons"), 200)))
                    .containsExactly("A/HRC/52/L.3");
            // only the text of resolution 52/7 (A_HRC_RES_52_7.pdf) speaks of shutdowns, not L.12's title
            assertThat(drafts(api.json("/api/actions?" + TestApi.q("\"Internet shutdowns\""), 200)))
                    .containsExactly("A/HRC/52/L.12");
        });
    }

    @Test
    void badValuesAre400sThatListTheAllowedOnes() throws Exception {
        api(api -> {
            assertThat(api.json("/api/actions?outcome=passed", 400).toString())
                    .contains("unknown outcome 'passed'")
                    .contains("adopted_without_vote, adopted_by_vote, rejected, withdrawn, no_action");
            assertThat(api.json("/api/actions?state=Czechia&position=yes", 400).toString())
                    .contains("in_favour, against, abstaining, sponsor");
            assertThat(api.json("/api/actions?position=against", 400).toString())
                    .contains("position needs state");
            assertThat(api.json("/api/actions?state=Atlantis", 400)
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("unknown_state");
            assertThat(api.json("/api/actions?session=fifty", 400).toString()).contains("Council session");
            assertThat(api.json("/api/actions?colour=red", 400).toString()).contains("unknown parameter");
        });
    }

    @Test
    void aProposalsStoryIsFoundByAnyRevisionOfItsDraftOrByItsResolution() throws Exception {
        api(api -> {
            JsonNode byBase = api.json("/api/actions/A/HRC/52/L.20", 200);
            assertThat(byBase.get("draft").asText()).isEqualTo("A/HRC/52/L.20/Rev.1");
            assertThat(byBase.get("resulting").asText()).isEqualTo("A/HRC/RES/52/24");
            assertThat(byBase.get("source").get("report").asText()).isEqualTo("A/HRC/52/2");
            assertThat(byBase.get("adopted_text").isNull())
                    .as("no document A/HRC/RES/52/24 is indexed")
                    .isTrue();
            assertThat(byBase.get("draft_text").isNull())
                    .as("no document A/HRC/52/L.20/Rev.1 is indexed")
                    .isTrue();

            JsonNode byResolution = api.json("/api/actions/A/HRC/RES/52/7", 200);
            assertThat(byResolution.get("draft").asText()).isEqualTo("A/HRC/52/L.12");
            assertThat(byResolution.get("joined_sponsors").toString()).contains("\"Chile\"", "\"Fiji\"");
            assertThat(byResolution.get("adopted_text").get("symbol").asText()).isEqualTo("A/HRC/RES/52/7");
            assertThat(byResolution.get("draft_text").get("symbol").asText())
                    .as("the draft's own document, A_HRC_52_L.12.pdf")
                    .isEqualTo("A/HRC/52/L.12");
            assertThat(byResolution.get("cited_by").toString()).contains("\"symbol\":\"A/HRC/52/2\"");

            assertThat(api.json("/api/actions/A/HRC/52/L.99", 404)
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("no action on A/HRC/52/L.99");
            assertThat(api.json("/api/actions/A/HRC/RES/52/99", 404)
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("A/HRC/RES/52/99");
        });
    }

    @Test
    void aStatesRecordGivesEachVoteWithItsPositionAndWhatItSponsored() throws Exception {
        api(api -> {
            JsonNode czechia = api.json("/api/states/Czech%20Republic/votes", 200);
            assertThat(czechia.get("state").asText()).isEqualTo("Czechia");
            assertThat(czechia.get("aliases").toString()).contains("Czech Republic");
            JsonNode s52 = czechia.get("sessions").get(0);
            assertThat(s52.get("session").asText()).isEqualTo("52");
            assertThat(s52.get("counts").toString())
                    .isEqualTo("{\"votes\":2,\"in_favour\":2,\"against\":0,\"abstaining\":0,\"sponsored\":1}");
            assertThat(s52.get("votes").get(0).get("draft").asText()).isEqualTo("A/HRC/52/L.3");
            assertThat(s52.get("votes").get(0).get("position").asText()).isEqualTo("in_favour");
            assertThat(s52.get("sponsored").get(0).get("draft").asText()).isEqualTo("A/HRC/52/L.12");
            assertThat(s52.get("sponsored").get(0).get("role").asText()).isEqualTo("sponsor");

            JsonNode fiji = api.json("/api/states/fiji/votes", 200);
            assertThat(fiji.get("counts").get("votes").asInt())
                    .as("Fiji is no member voting in the sample")
                    .isZero();
            assertThat(fiji.get("sessions").get(0).get("sponsored").toString())
                    .contains("\"role\":\"joined\"", "\"role\":\"sponsor\"");

            assertThat(api.json("/api/states/Atlantis/votes", 404)
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("unknown State 'Atlantis'");
        });
    }

    @Test
    void theExportGivesOneRowPerActionOrOnePerActionAndState() throws Exception {
        api(api -> {
            TestApi.Reply wide = api.get("/api/actions/export?outcome=adopted_by_vote");
            assertThat(wide.status()).isEqualTo(200);
            assertThat(wide.header("Content-Type").orElse("")).startsWith("text/csv");
            List<String> lines = wide.text().lines().toList();
            assertThat(lines).hasSize(5);
            assertThat(lines.get(0)).startsWith("report,session,draft,kind,title,date,outcome,resulting,in_favour");
            assertThat(lines.get(2))
                    .startsWith("A/HRC/52/2,52,A/HRC/52/L.3,resolution,The rights of older persons,,adopted_by_vote,"
                            + "A/HRC/RES/52/3,36,4,7,China,Argentina; Ecuador; Slovenia,,,Argentina; Armenia;")
                    .contains(",China; Cuba; Eritrea; Sudan,Algeria; Bangladesh;");

            List<String> long_ = api.get("/api/actions/export?format=csv-long&" + TestApi.q("older persons"))
                    .text()
                    .lines()
                    .toList();
            assertThat(long_.get(0))
                    .isEqualTo("report,session,draft,resulting,outcome,state,position,sponsor_role,votes_file");
            assertThat(long_).hasSize(1 + 47 + 1); // 47 voting States, and Slovenia, which sponsored without a vote
            assertThat(long_)
                    .contains(
                            "A/HRC/52/2,52,A/HRC/52/L.3,A/HRC/RES/52/3,adopted_by_vote,Argentina,in_favour,sponsor,",
                            "A/HRC/52/2,52,A/HRC/52/L.3,A/HRC/RES/52/3,adopted_by_vote,Slovenia,,sponsor,",
                            "A/HRC/52/2,52,A/HRC/52/L.3,A/HRC/RES/52/3,adopted_by_vote,China,against,,");
            assertThat(api.json("/api/actions/export?format=xlsx", 400).toString())
                    .contains("csv, csv-long");
        });
    }

    @Test
    void aDocumentThatIsOrCitesADraftShowsWhatBecameOfIt() throws Exception {
        api(api -> {
            String id = api.json("/api/search?" + TestApi.q("symbol:A/HRC/52/L.12") + "&type=draft_resolution", 200)
                    .get("hits")
                    .get(0)
                    .get("id")
                    .asText();
            JsonNode actions = api.json("/api/documents/" + id, 200).get("actions");
            assertThat(actions).hasSize(1);
            assertThat(actions.get(0).get("summary").asText()).isEqualTo("adopted without a vote as resolution 52/7");
            assertThat(actions.get(0).get("resulting").asText()).isEqualTo("A/HRC/RES/52/7");
        });
    }

    @Test
    void aSearchHitThatIsOrCitesADraftShowsWhatBecameOfIt() throws Exception {
        api(api -> {
            JsonNode hits = api.json("/api/search?" + TestApi.q("symbol:A/HRC/52/L.12"), 200)
                    .get("hits");
            List<String> types = new ArrayList<>();
            for (JsonNode hit : hits) {
                types.add(hit.get("type").asText());
                if (hit.get("type").asText().equals("session_report")) {
                    continue; // it tells all five actions: below
                }
                JsonNode actions = hit.get("actions");
                assertThat(actions).as(hit.get("id").asText()).hasSize(1);
                JsonNode a = actions.get(0);
                assertThat(a.get("draft").asText()).isEqualTo("A/HRC/52/L.12");
                assertThat(a.get("outcome").asText()).isEqualTo("adopted_without_vote");
                assertThat(a.get("resulting").asText()).isEqualTo("A/HRC/RES/52/7");
                assertThat(a.get("summary").asText()).isEqualTo("adopted without a vote as resolution 52/7");
            }
            // the draft itself and the letter that lobbied on it
            assertThat(types).contains("draft_resolution", "joint_letter");
            // the session report tells (and so cites) L.3: its hit carries the vote's tally too
            JsonNode report = api.json("/api/search?" + TestApi.q("symbol:A/HRC/52/2"), 200)
                    .get("hits")
                    .get(0);
            JsonNode l3 = null;
            for (JsonNode a : report.get("actions")) {
                if (a.get("draft").asText().equals("A/HRC/52/L.3")) {
                    l3 = a;
                }
            }
            assertThat(l3).isNotNull();
            assertThat(l3.get("tally").toString()).isEqualTo("{\"in_favour\":36,\"against\":4,\"abstaining\":7}");
            assertThat(l3.get("summary").asText()).isEqualTo("adopted as resolution 52/3 by 36-4-7");
            JsonNode uncited = api.json("/api/search?" + TestApi.q("symbol:A/HRC/WG.6/44/VLR/1"), 200)
                    .get("hits");
            assertThat(uncited).isNotEmpty();
            uncited.forEach(h -> assertThat(h.get("actions")).isEmpty());
        });
    }
}
