package org.hrcsearch.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.search.SearchRequest;
import org.hrcsearch.corpus.model.DocumentType;
import org.junit.jupiter.api.Test;

class IndexRefresherTest {

    @Test
    void aNewCommitIsServedWithoutARestart() throws Exception {
        TestIndex.Fixture index = TestIndex.open(TestIndex.standard());
        try (ApiServices services = index.services();
                IndexRefresher refresher = new IndexRefresher(services.search()::refresh, Duration.ofMillis(50))) {
            assertThat(services.index().status().documents()).isEqualTo(4);
            index.add(TestIndex.doc(null, "55", DocumentType.JOINT_LETTER, "A new letter on reprisals.")
                    .build());
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (services.index().status().documents() == 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(services.index().status().documents()).isEqualTo(5);
            assertThat(services.search()
                            .search(SearchRequest.of("\"new letter\""))
                            .total())
                    .isEqualTo(1);
        }
    }
}
