package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.schema.HrcField;
import org.junit.jupiter.api.Test;

/**
 * Documents that share a symbol are versions of one text: a hit names the other languages, the document view
 * lists the versions, and {@code one_version} keeps one version of each text, in the language asked for, else in
 * English, else the first by id, with facet counts that count what the hits show.
 */
class LanguageVersionsApiTest {

    /** Resolution 55/1 in English, in French twice (two files), in Russian. */
    private static final HrcDocument EN_1 = version("A/HRC/RES/55/1", "en", "Cooperation with the mechanisms.");

    private static final HrcDocument FR_1A = version("A/HRC/RES/55/1", "fr", "Coopération avec les mécanismes.");
    private static final HrcDocument FR_1B = version("A/HRC/RES/55/1", "fr", "Coopération avec les mécanismes.");
    private static final HrcDocument RU_1 = version("A/HRC/RES/55/1", "ru", "Сотрудничество с механизмами.");
    /** Resolution 55/2 in Spanish and Russian only: no French, no English. */
    private static final HrcDocument ES_2 = version("A/HRC/RES/55/2", "es", "Cooperación con los mecanismos.");

    private static final HrcDocument RU_2 = version("A/HRC/RES/55/2", "ru", "Сотрудничество с механизмами.");
    /** Alone with its symbol, and without one: each is its only version. */
    private static final HrcDocument ALONE = version("A/HRC/RES/55/3", "ru", "Сотрудничество с механизмами.");

    private static final HrcDocument NO_SYMBOL = version(null, "ru", "Сотрудничество с механизмами.");

    private static final List<HrcDocument> ALL = List.of(EN_1, FR_1A, FR_1B, RU_1, ES_2, RU_2, ALONE, NO_SYMBOL);

    private static HrcDocument version(String symbol, String lang, String text) {
        return org.hrcsearch.api.TestIndex.doc(symbol, "55", DocumentType.RESOLUTION, text)
                .language(lang)
                .build();
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static Map<String, Integer> langFacet(JsonNode body) {
        Map<String, Integer> counts = new TreeMap<>();
        body.get("facets")
                .get(HrcField.LANGUAGE.fieldName())
                .forEach(v -> counts.put(v.get("value").asText(), v.get("count").asInt()));
        return counts;
    }

    private static Map<String, Integer> langsOfHits(JsonNode body) {
        Map<String, Integer> counts = new TreeMap<>();
        body.get("hits").forEach(h -> counts.merge(h.get("lang").asText(), 1, Integer::sum));
        return counts;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String firstById(HrcDocument... docs) {
        return java.util.Arrays.stream(docs)
                .map(HrcDocument::id)
                .sorted()
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aHitSaysWhichOtherLanguagesItIsInAndTheDocumentListsEveryOtherVersion() throws Exception {
        TestApi.overIndex(ALL, api -> {
            JsonNode hit = null;
            for (JsonNode h : api.json("/api/search?size=20", 200).get("hits")) {
                if (h.get("id").asText().equals(RU_1.id())) {
                    hit = h;
                }
            }
            assertThat(hit).isNotNull();
            List<String> alsoIn = new ArrayList<>();
            hit.get("also_in").forEach(v -> alsoIn.add(v.get("lang").asText()));
            assertThat(alsoIn).containsExactly("en", "fr"); // one link per other language, French once
            List<String> versions = new ArrayList<>();
            api.json("/api/documents/" + RU_1.id(), 200)
                    .get("versions")
                    .forEach(v -> versions.add(
                            v.get("lang").asText() + " " + v.get("id").asText()));
            assertThat(versions).containsExactlyInAnyOrder("en " + EN_1.id(), "fr " + FR_1A.id(), "fr " + FR_1B.id());
            assertThat(api.json("/api/documents/" + ALONE.id(), 200).get("versions"))
                    .isEmpty();
            assertThat(api.json("/api/documents/" + NO_SYMBOL.id(), 200).get("versions"))
                    .isEmpty();
        });
    }

    @Test
    void oneVersionKeepsTheAskedLanguageElseEnglishElseTheFirst() throws Exception {
        TestApi.overIndex(ALL, api -> {
            JsonNode fr = api.json("/api/search?size=20&one_version=fr", 200);
            assertThat(ids(fr))
                    .containsExactlyInAnyOrder(
                            firstById(FR_1A, FR_1B), firstById(ES_2, RU_2), ALONE.id(), NO_SYMBOL.id());
            JsonNode es = api.json("/api/search?size=20&one_version=es", 200);
            assertThat(ids(es)).containsExactlyInAnyOrder(EN_1.id(), ES_2.id(), ALONE.id(), NO_SYMBOL.id());
            JsonNode ru = api.json("/api/search?size=20&one_version=RU", 200);
            assertThat(ids(ru)).containsExactlyInAnyOrder(RU_1.id(), RU_2.id(), ALONE.id(), NO_SYMBOL.id());
            assertThat(api.json("/api/search?size=20", 200).get("total").asInt())
                    .isEqualTo(ALL.size());
        });
    }

    @Test
    void theVersionKeptIsChosenAmongWhatTheQueryFinds() throws Exception {
        TestApi.overIndex(ALL, api -> {
            // of 55/2 only the Russian version says сотрудничество: it is kept, though Spanish comes first by id
            JsonNode body =
                    api.json("/api/search?size=20&one_version=fr&" + TestApi.q("Сотрудничество OR Coopération"), 200);
            assertThat(ids(body))
                    .containsExactlyInAnyOrder(firstById(FR_1A, FR_1B), RU_2.id(), ALONE.id(), NO_SYMBOL.id());
            assertThat(firstById(ES_2, RU_2)).isEqualTo(ES_2.id());
        });
    }

    @Test
    void facetCountsAndTotalsCountTheVersionsKept() throws Exception {
        TestApi.overIndex(ALL, api -> {
            JsonNode body = api.json("/api/search?size=20&one_version=fr", 200);
            assertThat(body.get("total").asInt())
                    .isEqualTo(body.get("hits").size())
                    .isLessThan(ALL.size());
            assertThat(langFacet(body)).isEqualTo(langsOfHits(body));
            JsonNode facet = api.json("/api/facets/lang?one_version=fr", 200);
            Map<String, Integer> listed = new TreeMap<>();
            facet.get("values")
                    .forEach(v ->
                            listed.put(v.get("value").asText(), v.get("count").asInt()));
            assertThat(listed).isEqualTo(langsOfHits(body));
            // choosing a language in the facet finds as many as it counted
            langFacet(body).forEach((lang, count) -> {
                try {
                    assertThat(api.json("/api/search?size=20&one_version=fr&lang=" + lang, 200)
                                    .get("total")
                                    .asInt())
                            .as(lang)
                            .isEqualTo(count);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        });
    }

    @Test
    void aCursorOfOneVersionPagesOnlyThatSearch() throws Exception {
        TestApi.overIndex(ALL, api -> {
            String cursor = api.json("/api/search?size=1&one_version=fr", 200)
                    .get("next_cursor")
                    .asText();
            assertThat(api.json("/api/search?size=1&cursor=" + encode(cursor), 400)
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("invalid_cursor");
            List<String> paged = new ArrayList<>();
            String next = null;
            do {
                JsonNode page = api.json(
                        "/api/search?size=1&one_version=fr" + (next == null ? "" : "&cursor=" + encode(next)), 200);
                paged.addAll(ids(page));
                next = page.path("next_cursor").isTextual()
                        ? page.get("next_cursor").asText()
                        : null;
            } while (next != null);
            assertThat(paged).hasSameElementsAs(ids(api.json("/api/search?size=20&one_version=fr", 200)));
        });
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheCodesItTakes() throws Exception {
        TestApi.overIndex(ALL, api -> {
            for (String bad : List.of("de", "other", "french")) {
                JsonNode error = api.json("/api/search?one_version=" + bad, 400).get("error");
                assertThat(error.get("code").asText()).isEqualTo("unknown_language");
                assertThat(error.get("message").asText())
                        .contains("one_version")
                        .contains(Language.official().stream()
                                .map(Language::code)
                                .toList()
                                .toString());
            }
            assertThat(api.json("/api/search?one_version=fr&one_version=en", 400)
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("duplicate_parameter");
        });
    }
}
