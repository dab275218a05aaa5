package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.IndexedCorpus;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actions of a votes file through the API, beside a session report's, indexed by the real indexer: the sample
 * report A/HRC/52/2 prints L.20/Rev.1's tally (27-6-14) without its State lists and L.3's with them; the votes file
 * gives L.20/Rev.1's lists, L.3's with one State otherwise, and a draft of session 37 no report in the folder tells.
 */
class VotesFileApiTest {

    /** The 47 members that vote on L.3 in the sample report, in its order: in favour, against, abstaining. */
    private static final List<String> MEMBERS = List.of(
            "Argentina",
            "Armenia",
            "Belgium",
            "Benin",
            "Bolivia (Plurinational State of)",
            "Botswana",
            "Cameroon",
            "Chile",
            "Costa Rica",
            "Czechia",
            "Ecuador",
            "Finland",
            "France",
            "Gabon",
            "Gambia",
            "Georgia",
            "Germany",
            "Honduras",
            "Kazakhstan",
            "Lithuania",
            "Luxembourg",
            "Malawi",
            "Malaysia",
            "Maldives",
            "Mexico",
            "Montenegro",
            "Morocco",
            "Nepal",
            "Paraguay",
            "Romania",
            "Senegal",
            "Somalia",
            "South Africa",
            "Ukraine",
            "United States of America",
            "Uzbekistan",
            "China",
            "Cuba",
            "Eritrea",
            "Sudan",
            "Algeria",
            "Bangladesh",
            "India",
            "Kyrgyzstan",
            "Pakistan",
            "Qatar",
            "Viet Nam");

    @TempDir
    static Path tmp;

    private static ApiServices services;

    @BeforeAll
    static void indexAReportAndAVotesFile() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(ProjectPaths.samplePdfs().resolve("A_HRC_52_2.pdf"), corpus.resolve("A_HRC_52_2.pdf"));
        StringBuilder csv = new StringBuilder("symbol,draft,date,title,state,vote\n");
        for (int i = 0; i < MEMBERS.size(); i++) { // L.20/Rev.1: 27 for, 6 against, 14 abstaining
            String vote = i < 27 ? "Yes" : i < 33 ? "No" : "Abstain";
            csv.append("A/HRC/RES/52/24,A/HRC/52/L.20/Rev.1,2023-04-03,Situation of human rights in Veloria,")
                    .append(quoted(MEMBERS.get(i)))
                    .append(',')
                    .append(vote)
                    .append('\n');
        }
        for (int i = 0; i < MEMBERS.size(); i++) { // L.3 as the report prints it, but Czechia against
            String state = MEMBERS.get(i);
            String vote = state.equals("Czechia") ? "N" : i < 36 ? "Y" : i < 40 ? "N" : "A";
            csv.append("A/HRC/52/L.3,,2023-04-03,The rights of older persons,")
                    .append(quoted(state))
                    .append(',')
                    .append(vote)
                    .append('\n');
        }
        csv.append("A/HRC/37/L.40,,2018-03-23,\"Cooperation with Veloria, and its people\",Czech Republic,N\n")
                .append("A/HRC/37/L.40,,2018-03-23,\"Cooperation with Veloria, and its people\",China,Y\n")
                .append("A/HRC/37/L.40,,2018-03-23,\"Cooperation with Veloria, and its people\",Brazil,N\n");
        Files.writeString(corpus.resolve("votes.votes.csv"), csv);
        IndexingReport report = IndexedCorpus.index(corpus, tmp.resolve("index"));
        assertThat(report.failures()).isEmpty();
        services = IndexedCorpus.services(tmp.resolve("index"));
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("(") ? "\"" + s + "\"" : s;
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

    @Test
    void theVotesFileFillsThePositionsAReportDidNotPrint() throws Exception {
        api(api -> {
            JsonNode l20 = api.json("/api/actions/A/HRC/52/L.20/Rev.1", 200);
            assertThat(l20.get("vote").get("tally").toString())
                    .isEqualTo("{\"in_favour\":27,\"against\":6,\"abstaining\":14}");
            assertThat(l20.get("vote").get("positions").get("in_favour")).hasSize(27);
            assertThat(l20.get("vote").get("positions").get("against").get(0).asText())
                    .isEqualTo("Nepal");
            assertThat(l20.get("positions_from").asText()).isEqualTo("votes_file");
            assertThat(l20.get("report").get("symbol").asText()).isEqualTo("A/HRC/52/2");
            assertThat(l20.get("votes_file").get("type").asText()).isEqualTo("voting_record");
            assertThat(l20.get("source").get("kind").asText()).isEqualTo("report");
            assertThat(l20.get("warnings")).isEmpty();
        });
    }

    @Test
    void whenTheVotesFileSaysOtherwiseTheReportIsKeptAndTheStorySaysWhere() throws Exception {
        api(api -> {
            JsonNode l3 = api.json("/api/actions/A/HRC/52/L.3", 200);
            assertThat(l3.get("positions_from").asText()).isEqualTo("report");
            assertThat(l3.get("vote").get("positions").get("in_favour").toString())
                    .contains("\"Czechia\"");
            assertThat(l3.get("warnings").get(0).asText())
                    .isEqualTo("the votes file gives other positions for 1 State; the report's are kept: Czechia"
                            + " in_favour (votes file: against)");
        });
    }

    @Test
    void anActionOnlyTheVotesFileGivesIsListedFilteredAndInAStatesRecord() throws Exception {
        api(api -> {
            JsonNode all = api.json("/api/actions", 200);
            assertThat(all.get("total").asInt()).isEqualTo(6);
            assertThat(drafts(all).getLast()).isEqualTo("A/HRC/37/L.40");

            JsonNode s37 = api.json("/api/actions?session=37", 200);
            assertThat(drafts(s37)).containsExactly("A/HRC/37/L.40");
            JsonNode l40 = s37.get("actions").get(0);
            assertThat(l40.get("report").isNull()).isTrue();
            assertThat(l40.get("votes_file").get("title").asText())
                    .isEqualTo("Recorded votes on 3 proposals of" + " sessions 37, 52");
            assertThat(l40.get("source").get("kind").asText()).isEqualTo("votes_file");
            assertThat(l40.get("outcome").asText()).isEqualTo("rejected");
            assertThat(l40.get("title").asText()).isEqualTo("Cooperation with Veloria, and its people");

            assertThat(drafts(api.json("/api/actions?state=Czechia&position=against", 200)))
                    .containsExactly("A/HRC/37/L.40");
            assertThat(drafts(api.json("/api/actions?outcome=rejected", 200))).containsExactly("A/HRC/37/L.40");
            assertThat(drafts(api.json("/api/actions?" + TestApi.q("Veloria") + "&session=37", 200)))
                    .containsExactly("A/HRC/37/L.40");

            JsonNode record = api.json("/api/states/Czech%20Republic/votes", 200);
            JsonNode session37 = null;
            for (JsonNode s : record.get("sessions")) {
                if ("37".equals(s.get("session").asText())) {
                    session37 = s;
                }
            }
            assertThat(session37).isNotNull();
            JsonNode vote = session37.get("votes").get(0);
            assertThat(vote.get("draft").asText()).isEqualTo("A/HRC/37/L.40");
            assertThat(vote.get("position").asText()).isEqualTo("against");
            assertThat(vote.get("report").isNull()).isTrue();
            assertThat(vote.get("votes_file").get("type").asText()).isEqualTo("voting_record");
        });
    }

    @Test
    void theExportNamesTheVotesFile() throws Exception {
        api(api -> {
            List<String> lines =
                    api.get("/api/actions/export?session=37").text().lines().toList();
            assertThat(lines.get(0)).endsWith(",pages,votes_file");
            assertThat(lines.get(1)) // no report: the first cell is empty
                    .startsWith("\"\",37,A/HRC/37/L.40,resolution,")
                    .matches(".*,[0-9a-f]{16}$");
        });
    }
}
