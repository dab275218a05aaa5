package org.hrcsearch.corpus.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusFoldersTest {

    private static final Path WORK = Path.of("/srv/hrc");

    @Test
    void foldersAreResolvedAgainstTheRunsFolderAndRoundTripThroughTheCommit() {
        CorpusFolders folders = CorpusFolders.of(List.of(Path.of("corpus"), Path.of("../shared/corpus")), WORK);
        assertThat(folders.folders()).containsExactly(Path.of("/srv/hrc/corpus"), Path.of("/srv/shared/corpus"));
        assertThat(folders.encode()).isEqualTo("[\"/srv/hrc/corpus\",\"/srv/shared/corpus\"]");
        assertThat(CorpusFolders.in(Map.of(CommitKey.CORPUS_FOLDERS.key(), folders.encode())))
                .contains(folders);
        assertThat(CorpusFolders.in(Map.of()))
                .as("a commit made before folders were recorded")
                .isEmpty();
    }

    @Test
    void aFileIsHeldOnlyInsideAFolderNotBesideOrAboveIt() {
        CorpusFolders folders = CorpusFolders.of(List.of(Path.of("corpus")), WORK);
        assertThat(folders.hold(Path.of("/srv/hrc/corpus/letters/a.pdf"))).isTrue();
        assertThat(folders.hold(Path.of("/srv/hrc/corpus-private/a.pdf")))
                .as("a name that starts alike")
                .isFalse();
        assertThat(folders.hold(Path.of("/srv/hrc/secret.txt"))).isFalse();
        assertThat(folders.hold(Path.of("/srv/hrc/corpus")))
                .as("the folder itself")
                .isFalse();
        assertThat(new CorpusFolders(List.of()).hold(Path.of("/srv/hrc/corpus/a.pdf")))
                .as("a JSON-lines run read no folder")
                .isFalse();
    }

    @Test
    void aRelativeOrUnnormalizedFolderIsRefused() {
        assertThatThrownBy(() -> new CorpusFolders(List.of(Path.of("corpus"))))
                .hasMessageContaining("absolute and normalized");
        assertThatThrownBy(() -> new CorpusFolders(List.of(Path.of("/srv/hrc/../x"))))
                .hasMessageContaining("absolute and normalized");
        assertThatThrownBy(() -> CorpusFolders.in(Map.of(CommitKey.CORPUS_FOLDERS.key(), "corpus")))
                .hasMessageContaining("hrc.corpus.folders is not a JSON array");
    }
}
