package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paging past any depth with {@code cursor}/{@code next_cursor}, and what a cursor refuses. */
class CursorPagingTest {

    /** Documents that all match "reprisals", some on the same day (ties that only the id breaks). */
    private static List<HrcDocument> reprisalDocuments(int n) {
        List<HrcDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(TestIndex.doc(
                            null,
                            Integer.toString(30 + i % 5),
                            DocumentType.JOINT_LETTER,
                            "Letter " + i + " on reprisals" + " and reprisals".repeat(i % 3))
                    .date(LocalDate.of(2019, 1 + i % 4, 1))
                    .build());
        }
        return docs;
    }

    private static String cursorParam(JsonNode page) {
        return "&cursor=" + URLEncoder.encode(page.get("next_cursor").asText(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "sort={0}")
    @ValueSource(strings = {"relevance", "date", "-date"})
    void followingNextCursorVisitsEveryMatchOnceInTheSameOrderAsPages(String sort) throws Exception {
        TestIndex.Fixture index = TestIndex.open(reprisalDocuments(23));
        TestApi.run(SearchApp.create(index.services()), api -> {
            String base = "/api/search?q=reprisals&size=5&sort=" + sort;
            List<String> byCursor = new ArrayList<>();
            JsonNode page = api.json(base, 200);
            while (true) {
                page.get("hits").forEach(h -> byCursor.add(h.get("id").asText()));
                assertThat(page.get("total").asInt()).isEqualTo(23);
                if (page.get("next_cursor").isNull()) {
                    break;
                }
                page = api.json(base + cursorParam(page), 200);
            }
            List<String> byPage = new ArrayList<>();
            for (int p = 1; p <= 5; p++) {
                api.json(base + "&page=" + p, 200)
                        .get("hits")
                        .forEach(h -> byPage.add(h.get("id").asText()));
            }
            assertThat(byCursor).hasSize(23).doesNotHaveDuplicates().isEqualTo(byPage);
        });
        index.services().close();
    }

    @Test
    void aCursorGoesOnAfterItsLastHitWhenTheIndexChangedInBetween() throws Exception {
        TestIndex.Fixture index = TestIndex.open(reprisalDocuments(6));
        TestApi.run(SearchApp.create(index.services()), api -> {
            String base = "/api/search?sort=date&size=3";
            JsonNode first = api.json(base, 200);
            List<String> seen = new ArrayList<>();
            first.get("hits")
                    .forEach(h ->
                            seen.add(h.get("date").asText() + " " + h.get("id").asText()));

            // a new commit with one document before the cursor and one after it
            index.add(
                    TestIndex.doc(null, "30", DocumentType.OTHER, "earlier")
                            .date(LocalDate.of(2000, 1, 1))
                            .build(),
                    TestIndex.doc(null, "30", DocumentType.OTHER, "later")
                            .date(LocalDate.of(2030, 1, 1))
                            .build());
            index.services().search().refresh();

            JsonNode second = api.json(base + cursorParam(first), 200);
            assertThat(second.get("total").asInt()).isEqualTo(8);
            List<String> next = new ArrayList<>();
            second.get("hits")
                    .forEach(h ->
                            next.add(h.get("date").asText() + " " + h.get("id").asText()));
            assertThat(next)
                    .hasSize(3)
                    .doesNotContainAnyElementsOf(seen)
                    .allSatisfy(key -> assertThat(key).isGreaterThan(seen.getLast()));
        });
        index.services().close();
    }

    @Test
    void theLastPageHasNoNextCursor() throws Exception {
        TestIndex.Fixture index = TestIndex.open(reprisalDocuments(4));
        TestApi.run(SearchApp.create(index.services()), api -> {
            assertThat(api.json("/api/search?size=4", 200).get("next_cursor").isNull())
                    .isTrue();
            assertThat(api.json("/api/search?size=3", 200).get("next_cursor").isNull())
                    .isFalse();
            assertThat(api.json("/api/search?size=2&page=2", 200)
                            .get("next_cursor")
                            .isNull())
                    .isTrue();
        });
        index.services().close();
    }

    @Test
    void aCursorServesOnlyTheSearchItCameFrom() throws Exception {
        TestIndex.Fixture index = TestIndex.open(reprisalDocuments(4));
        TestApi.run(SearchApp.create(index.services()), api -> {
            JsonNode first = api.json("/api/search?q=reprisals&size=1", 200);
            String cursor = cursorParam(first);
            assertThat(api.json("/api/search?q=letter&size=1" + cursor, 400)
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("belongs to another query");
            assertThat(api.json("/api/search?q=reprisals&size=1&sort=date" + cursor, 400)
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("invalid_cursor");
            assertThat(api.json("/api/search?q=reprisals&size=1&page=2" + cursor, 400)
                            .get("error")
                            .get("message")
                            .asText())
                    .contains("page or cursor, not both");
            assertThat(api.json("/api/search?q=reprisals&size=1" + cursor.replace("cursor=", "cursor=x"), 400)
                            .get("error")
                            .get("code")
                            .asText())
                    .isEqualTo("invalid_cursor");
        });
        index.services().close();
    }
}
