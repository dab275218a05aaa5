package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.junit.jupiter.api.Test;

/** {@code GET /api/signatories} and {@code GET /api/signatories/{name}/documents}. */
class SignatoryApiTest {

    @Test
    void theListGivesEachNameWithItsDocumentCountsMostDocumentsFirst() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            JsonNode list = api.json("/api/signatories", 200);
            assertThat(list.get("total").asInt()).isEqualTo(4);
            assertThat(list.get("signatories").get(0).toString())
                    .isEqualTo("{\"name\":\"China\",\"documents\":2,"
                            + "\"signed\":0,\"sponsored\":2,\"aliases\":[\"People's Republic of China\"]}");
            assertThat(list.toString()).contains("{\"name\":\"CIVICUS\",\"documents\":1,\"signed\":1,\"sponsored\":0");
            assertThat(api.json("/api/signatories?size=1", 200).get("signatories"))
                    .hasSize(1);
        });
    }

    @Test
    void aPrefixMatchesTheStartOfTheNameOrOfAWordInItIgnoringCase() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            assertThat(api.json("/api/signatories?prefix=civ", 200)
                            .get("signatories")
                            .get(0)
                            .get("name")
                            .asText())
                    .isEqualTo("CIVICUS");
            assertThat(api.json("/api/signatories?prefix=fidh", 200)
                            .get("signatories")
                            .get(0)
                            .get("name")
                            .asText())
                    .isEqualTo("International Federation for Human Rights (FIDH)");
            assertThat(api.json("/api/signatories?prefix=federation", 200)
                            .get("total")
                            .asInt())
                    .isEqualTo(1);
            assertThat(api.json("/api/signatories?prefix=zz", 200).get("total").asInt())
                    .isZero();
            assertThat(api.json("/api/signatories?size=0", 400)
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("size must be 1-1000");
        });
    }

    @Test
    void aSignatorysDocumentsComeBySessionThenDateWithTheRoleItHad() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            JsonNode china = api.json("/api/signatories/china/documents", 200);
            assertThat(china.get("name").asText()).isEqualTo("China");
            assertThat(china.get("total").asInt()).isEqualTo(2);
            assertThat(china.get("sessions").get(0).get("session").asText()).isEqualTo("37");
            assertThat(china.get("sessions").get(1).get("label").asText()).isEqualTo("Session 43");
            JsonNode draft = china.get("sessions").get(0).get("documents").get(0);
            assertThat(draft.get("symbol").asText()).isEqualTo("A/HRC/37/L.36");
            assertThat(draft.get("roles").toString()).isEqualTo("[\"sponsor\"]");

            JsonNode fidh = api.json(
                    "/api/signatories/international%20federation%20for%20human%20rights%20(fidh)/documents", 200);
            assertThat(fidh.get("sessions")
                            .get(0)
                            .get("documents")
                            .get(0)
                            .get("roles")
                            .toString())
                    .isEqualTo("[\"signatory\"]");
        });
    }

    @Test
    void anAliasOrAcronymResolvesToTheSameAnswer() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            JsonNode byAcronym = api.json("/api/signatories/FIDH/documents", 200);
            assertThat(byAcronym.get("name").asText()).isEqualTo("International Federation for Human Rights (FIDH)");
            assertThat(byAcronym.get("total").asInt()).isEqualTo(1);
            assertThat(byAcronym.get("aliases").toString()).contains("Fédération internationale des ligues des droits");
            JsonNode byOfficialName = api.json("/api/signatories/People's%20Republic%20of%20China/documents", 200);
            assertThat(byOfficialName.get("name").asText()).isEqualTo("China");
            assertThat(byOfficialName.get("total").asInt()).isEqualTo(2);
            assertThat(api.json("/api/signatories?prefix=ligues", 200)
                            .get("signatories")
                            .get(0)
                            .get("name")
                            .asText())
                    .isEqualTo("International Federation for Human Rights (FIDH)");
        });
    }

    @Test
    void aNameNoDocumentHasGivesNoDocumentsAndNamesStartingAlike() throws Exception {
        TestApi.overIndex(TestIndex.standard(), api -> {
            JsonNode none = api.json("/api/signatories/civicus%20alliance/documents", 200);
            assertThat(none.get("name").asText()).isEqualTo("civicus alliance");
            assertThat(none.get("total").asInt()).isZero();
            assertThat(none.get("sessions")).isEmpty();
            assertThat(none.get("suggestions").toString()).isEqualTo("[\"CIVICUS\"]");
            assertThat(api.json("/api/signatories/CIVICUS/documents", 200).get("suggestions"))
                    .isEmpty();
        });
    }
}
