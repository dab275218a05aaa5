package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.IndexedCorpus;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation the alias table does not know is as findable as one it knows, on the sample corpus indexed by
 * the real indexer: its printed name, typed with other case, accents and quotes, finds its documents in the
 * signatory directory, through the {@code signatory} filter and through {@code signatory:"..."}; and the country a
 * letter prints after a name is shown with the document and in the directory, the organisation staying one.
 */
class UnknownSignatoryApiTest {

    /** Printed in letter-hrc56-wrapped-names with an accent and a curly apostrophe; not in organisations.tsv. */
    private static final String RESEAU =
            "Réseau ouest-africain des défenseurs des droits de l’homme (West African Human Rights Defenders Network)";

    private static final String RESEAU_TYPED =
            "reseau OUEST-africain des defenseurs des droits de l'homme (west african human rights defenders network)";
    private static final String WRAPPED_LETTER_TITLE =
            "Joint letter on draft resolution A/HRC/56/L.3: protect the defenders of land and environmental rights"
                    + " in West Africa";

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

    @Test
    void theNamesUsedHereAreUnknownToTheAliasTable() {
        var organisations = Vocabularies.bundled().organisations();
        assertThat(organisations.find(RESEAU)).isEmpty();
        assertThat(organisations.find("Eastern Plains Women’s Network")).isEmpty();
        assertThat(organisations.find("Centre for Law and Rights (CLR)")).isEmpty();
    }

    @Test
    void anUnknownNameTypedWithOtherCaseAccentsAndQuotesFindsItsDocumentsInTheDirectory() throws Exception {
        TestApi.run(SearchApp.create(services), api -> {
            JsonNode found = api.json("/api/signatories/" + path(RESEAU_TYPED) + "/documents", 200);
            assertThat(found.get("name").asText()).isEqualTo(RESEAU);
            assertThat(found.get("total").asInt()).isEqualTo(1);
            assertThat(titles(found)).containsExactly(WRAPPED_LETTER_TITLE);

            JsonNode women = api.json("/api/signatories/" + path("EASTERN PLAINS WOMEN'S NETWORK") + "/documents", 200);
            assertThat(women.get("name").asText()).isEqualTo("Eastern Plains Women’s Network");
            assertThat(women.get("total").asInt()).isEqualTo(1);
        });
    }

    @Test
    void anUnknownNameTypedWithOtherCaseAccentsAndQuotesIsASignatoryFilterAndAQueryField() throws Exception {
        TestApi.run(SearchApp.create(services), api -> {
            JsonNode filtered = api.json("/api/search?signatory=" + param(RESEAU_TYPED), 200);
            assertThat(filtered.get("total").asLong()).isEqualTo(1);
            assertThat(filtered.get("hits").get(0).get("title").asText()).isEqualTo(WRAPPED_LETTER_TITLE);

            JsonNode queried = api.json("/api/search?" + TestApi.q("signatory:\"" + RESEAU_TYPED + "\""), 200);
            assertThat(queried.get("total").asLong()).isEqualTo(1);
            assertThat(queried.get("hits").get(0).get("signatories").toString()).contains("Réseau ouest-africain");

            JsonNode women = api.json("/api/search?" + TestApi.q("signatory:\"eastern plains women's network\""), 200);
            assertThat(women.get("total").asLong()).isEqualTo(1);
        });
    }

    @Test
    void theCountryALetterPrintsIsShownWithTheDocumentAndInTheDirectory() throws Exception {
        TestApi.run(SearchApp.create(services), api -> {
            JsonNode clr = api.json("/api/signatories/" + path("centre for law and rights (clr)") + "/documents", 200);
            JsonNode letter = clr.get("sessions").get(0).get("documents").get(0);
            assertThat(letter.get("country").asText()).isEqualTo("Malawi");

            JsonNode document = api.json("/api/documents/" + letter.get("id").asText(), 200);
            assertThat(document.get("signatories").toString())
                    .contains("\"Action 10\"", "\"Centre for Law and Rights (CLR)\"")
                    .doesNotContain("Malawi", "Chad");
            assertThat(document.get("signatory_countries").toString())
                    .contains("{\"name\":\"Action 10\",\"country\":\"Chad\"}")
                    .contains("{\"name\":\"Centre for Law and Rights (CLR)\",\"country\":\"Malawi\"}")
                    .contains("{\"name\":\"Zimbabwe Lawyers for Human Rights (ZLHR)\",\"country\":\"Zimbabwe\"}");

            // one organisation whatever its country: ZLHR signs one letter from Zimbabwe and another with no country
            JsonNode zlhr = api.json("/api/signatories/zlhr/documents", 200);
            assertThat(zlhr.get("total").asInt()).isEqualTo(2);
            List<String> countries = new ArrayList<>();
            zlhr.get("sessions")
                    .forEach(g -> g.get("documents")
                            .forEach(d -> countries.add(d.get("country").asText())));
            assertThat(countries).containsExactlyInAnyOrder("Zimbabwe", "null");
            assertThat(api.json("/api/signatories?prefix=zimbabwe", 200)
                            .get("total")
                            .asInt())
                    .isEqualTo(1);
        });
    }

    private static List<String> titles(JsonNode signatoryDocuments) {
        List<String> out = new ArrayList<>();
        for (JsonNode session : signatoryDocuments.get("sessions")) {
            for (JsonNode d : session.get("documents")) {
                out.add(d.get("title").asText());
            }
        }
        return out;
    }

    private static String path(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
