package org.hrcsearch.corpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommitKeyTest {

    /** The keys are on disk in every index already written: they never change. */
    @Test
    void theKeysAreThoseOfTheIndexesOnDisk() {
        assertThat(CommitKey.SCHEMA_VERSION.key()).isEqualTo("hrc.schema.version");
        assertThat(CommitKey.COMMITTED_AT.key()).isEqualTo("hrc.committed.at");
        assertThat(CommitKey.PATHS_BASE.key()).isEqualTo("hrc.paths.base");
        assertThat(CommitKey.FAILURES.key()).isEqualTo("hrc.indexer.failures");
    }

    @Test
    void aKeyReadsItsValueFromUserData() {
        Map<String, String> data = Map.of("hrc.schema.version", "4");
        assertThat(CommitKey.SCHEMA_VERSION.in(data)).contains("4");
        assertThat(CommitKey.PATHS_BASE.in(data)).isEmpty();
    }
}
