package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.StandardServices;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.schema.HrcField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/fields} and the labels of facet values: the page spells no field or concern label itself. */
class FieldsApiTest {

    @RegisterExtension
    final StandardServices standard = new StandardServices();

    private JsonNode fields() {
        JsonNode[] body = new JsonNode[1];
        TestApi.run(SearchApp.create(standard.get()), api -> body[0] = api.json("/api/fields", 200));
        return body[0].get("fields");
    }

    private static JsonNode field(JsonNode fields, String name) {
        for (JsonNode f : fields) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + fields);
    }

    @Test
    void theFacetsComeInTheOrderOfTheRegistryWithTheirLabelsAndPlurals() {
        JsonNode fields = fields();
        List<String> facets = new ArrayList<>();
        fields.forEach(f -> {
            if (f.get("facet").asBoolean()) {
                facets.add(f.get("name").asText());
            }
        });
        assertThat(facets)
                .isEqualTo(HrcField.facets().stream().map(HrcField::fieldName).toList())
                .startsWith("session", "type", "year");
        JsonNode upr = field(fields, "upr_session");
        assertThat(upr.get("label").asText()).isEqualTo("UPR Working Group session");
        assertThat(upr.get("complete").asBoolean()).isTrue();
        JsonNode signatory = field(fields, "signatory");
        assertThat(signatory.get("plural").asText()).isEqualTo("signatories");
        assertThat(signatory.get("complete").asBoolean()).isFalse();
        assertThat(signatory.get("query").asBoolean()).isTrue();
    }

    @Test
    void fieldsOnlyAQueryNamesAreListedToo() {
        JsonNode text = field(fields(), "text");
        assertThat(text.get("facet").asBoolean()).isFalse();
        assertThat(text.get("query").asBoolean()).isTrue();
        assertThat(text.get("plural").isNull()).isTrue();
    }

    @Test
    void typesAndConcernsComeWithTheLabelsOfTheirValues() {
        JsonNode fields = fields();
        assertThat(field(fields, "type").get("values").get("joint_letter").asText())
                .isEqualTo(DocumentType.JOINT_LETTER.label());
        JsonNode concerns = field(fields, "concern").get("values");
        assertThat(concerns.get("un_cooperation").asText()).isEqualTo("Cooperation with UN mechanisms");
        assertThat(concerns.get("upr_process").asText()).isEqualTo("Universal periodic review process");
    }

    @Test
    void theSixUnLanguagesAndOtherComeWithTheirNames() {
        JsonNode languages = field(fields(), "lang").get("values");
        assertThat(languages.get("ar").asText()).isEqualTo("Arabic / العربية");
        assertThat(languages.get("zh").asText()).isEqualTo("Chinese / 中文");
        assertThat(languages.get("ru").asText()).isEqualTo("Russian / Русский");
        assertThat(languages.get("en").asText()).isEqualTo("English");
        assertThat(languages.get("other").asText()).isEqualTo("Other language");
        assertThat(languages.size()).isEqualTo(7);
    }

    /** What the page needs to set Arabic right to left and to offer one version of each text, from the server. */
    @Test
    void arabicIsWrittenRightToLeftAndOneVersionTakesTheSixLanguages() {
        JsonNode[] body = new JsonNode[1];
        TestApi.run(SearchApp.create(standard.get()), api -> body[0] = api.json("/api/fields", 200));
        assertThat(field(body[0].get("fields"), "lang").get("right_to_left").toString())
                .isEqualTo("[\"ar\"]");
        assertThat(field(body[0].get("fields"), "type").get("right_to_left")).isEmpty();
        assertThat(body[0].get("one_version").toString()).isEqualTo("[\"ar\",\"zh\",\"en\",\"fr\",\"ru\",\"es\"]");
    }

    @Test
    void aLanguageFacetValueIsLabelledWithTheLanguagesNames() throws Exception {
        HrcDocument russian = TestIndex.doc(null, "52", DocumentType.REPORT, "Доклад о сотрудничестве.")
                .language("ru")
                .build();
        TestApi.overIndex(
                List.of(russian),
                api -> assertThat(api.json("/api/search", 200)
                                .get("facets")
                                .get("lang")
                                .toString())
                        .contains("{\"value\":\"ru\",\"label\":\"Russian / Русский\",\"count\":1}"));
    }

    @Test
    void theRouteTakesNoParameters() {
        JsonNode[] body = new JsonNode[1];
        TestApi.run(SearchApp.create(standard.get()), api -> body[0] = api.json("/api/fields?lang=fr", 400));
        assertThat(body[0].get("error").get("code").asText()).isEqualTo("unknown_parameter");
    }

    @Test
    void aConcernFacetValueIsLabelledFromTheTaxonomyNotFromItsId() throws Exception {
        HrcDocument report = TestIndex.doc(
                        "A/HRC/52/2", "52", DocumentType.SESSION_REPORT, "Cooperation with the review.")
                .concerns(List.of(
                        new ConcernTag("un_cooperation", "as tagged", List.of(new ConcernTag.Evidence("upr", 2))),
                        new ConcernTag("upr_process", "as tagged", List.of(new ConcernTag.Evidence("upr", 2)))))
                .build();
        TestApi.overIndex(List.of(report), api -> {
            for (String path : List.of("/api/search?q=cooperation", "/api/facets/concern?q=cooperation")) {
                JsonNode body = api.json(path, 200);
                JsonNode values = body.has("facets") ? body.get("facets").get("concern") : body.get("values");
                assertThat(values.toString())
                        .as(path)
                        .contains(
                                "{\"value\":\"un_cooperation\",\"label\":\"Cooperation with UN mechanisms\",\"count\":1}",
                                "{\"value\":\"upr_process\",\"label\":\"Universal periodic review process\",\"count\":1}");
            }
        });
    }
}
