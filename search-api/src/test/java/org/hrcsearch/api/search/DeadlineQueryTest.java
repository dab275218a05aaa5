package org.hrcsearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.facet.FacetService;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.junit.jupiter.api.Test;

/**
 * The time limit of a search stops its facet counts too, not only its hits: drill-sideways counts every match
 * for the facets, and a collector that stops only itself left that counting running to the end however long it
 * took. Cut or not, the counts never exceed what was matched, and a search inside its limit is exact.
 */
class DeadlineQueryTest {

    private static final int DOCUMENTS = 3000;

    private static List<HrcDocument> documents() {
        List<HrcDocument> docs = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            docs.add(TestIndex.doc(
                            null,
                            i % 2 == 0 ? "37" : "43",
                            DocumentType.JOINT_LETTER,
                            "Mutually beneficial cooperation, letter " + i + ".")
                    .build());
        }
        return docs;
    }

    private static long sessionCounts(SearchResponse r) {
        return r.facets().get("session").stream()
                .mapToLong(SearchResponse.FacetValue::count)
                .sum();
    }

    @Test
    void aSearchPastItsLimitStopsItsFacetCountsWithItsHits() throws Exception {
        try (ApiServices hurried = TestIndex.services(documents(), Duration.ZERO)) {
            for (String query : List.of("cooperation", "\"mutually beneficial cooperation\"")) {
                SearchResponse r = hurried.search().search(SearchRequest.of(query));
                assertThat(r.partial()).as(query).isTrue();
                assertThat(sessionCounts(r))
                        .as(query + ": facet counts of a cut search")
                        .isLessThan(DOCUMENTS)
                        .isLessThanOrEqualTo(r.total());
                FacetService.FacetList list =
                        hurried.facets().values(Criteria.of(query), org.hrcsearch.corpus.schema.HrcField.SESSION);
                assertThat(list.partial()).as(query + ": /api/facets").isTrue();
            }
        }
    }

    @Test
    void aSearchWithinItsLimitCountsEveryMatch() throws Exception {
        try (ApiServices services = TestIndex.services(documents())) {
            SearchResponse r = services.search().search(SearchRequest.of("\"mutually beneficial cooperation\""));
            assertThat(r.partial()).isFalse();
            assertThat(r.total()).isEqualTo(DOCUMENTS);
            assertThat(sessionCounts(r)).isEqualTo(DOCUMENTS);
        }
    }
}
