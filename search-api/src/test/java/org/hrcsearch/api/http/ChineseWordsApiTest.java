package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.junit.jupiter.api.Test;

/**
 * Chinese is searched by its words, where it matters for ranking and snippets: {@code 人权} ("human rights") is a word
 * of one text and only two characters side by side in another ({@code 个人权利}, "individual rights"). A word of a
 * query still finds every text that prints its characters side by side, as when each character was a word; the
 * text where it is a word ranks first and its snippet marks the word whole; a phrase matches as printed.
 */
class ChineseWordsApiTest {

    /** 人权 as a word, once. */
    private static final HrcDocument HUMAN_RIGHTS = chinese("理事会审议了世界人权宣言的执行情况，并通过了决议。");

    /** 人权's characters twice, across two words each time (个人 权利), in a text as long. */
    private static final HrcDocument INDIVIDUAL = chinese("理事会审议了个人权利的保护情况，并重申个人权利。");

    private static HrcDocument chinese(String text) {
        return TestIndex.doc(null, "55", DocumentType.REPORT, text)
                .language("zh")
                .build();
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void aWordFindsItsCharactersSideBySideAndRanksTheTextWhereItIsAWordFirst() throws Exception {
        TestApi.overIndex(List.of(INDIVIDUAL, HUMAN_RIGHTS), api -> {
            JsonNode body = api.json("/api/search?" + TestApi.q("人权"), 200);
            assertThat(ids(body)).containsExactly(HUMAN_RIGHTS.id(), INDIVIDUAL.id());
            assertThat(body.get("hits")
                            .get(0)
                            .get("snippets")
                            .get(0)
                            .get("text")
                            .asText())
                    .contains("<mark>人权</mark>");
            // a phrase is the printed characters: both, as before
            assertThat(ids(api.json("/api/search?" + TestApi.q("\"人权\""), 200)))
                    .containsExactlyInAnyOrder(HUMAN_RIGHTS.id(), INDIVIDUAL.id());
        });
    }

    @Test
    void aWordOfSeveralWordsStillFindsThemSideBySideOnly() throws Exception {
        TestApi.overIndex(List.of(INDIVIDUAL, HUMAN_RIGHTS), api -> {
            assertThat(ids(api.json("/api/search?" + TestApi.q("人权宣言"), 200))).containsExactly(HUMAN_RIGHTS.id());
            assertThat(ids(api.json("/api/search?" + TestApi.q("宣言人权"), 200))).isEmpty();
        });
    }
}
