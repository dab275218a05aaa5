package org.hrcsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaledCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void everyCopyKeepsTheDocumentAndDiffersAfterItsEnd() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("corpus"));
        Path a = Files.writeString(Files.createDirectories(base.resolve("res")).resolve("a.pdf"), "%PDF-1.4 a\n%%EOF");
        Path b = Files.writeString(base.resolve("b.pdf"), "%PDF-1.4 b\n%%EOF");

        List<Path> copies = ScaledCorpus.make(List.of(a, b), base, 3, tmp.resolve("scaled"));

        assertThat(copies).hasSize(6);
        assertThat(copies.get(0)).isEqualTo(tmp.resolve("scaled/copy-1/res/a.pdf"));
        assertThat(copies.get(5)).isEqualTo(tmp.resolve("scaled/copy-3/b.pdf"));
        Set<String> contents = new HashSet<>();
        for (Path copy : copies) {
            String text = Files.readString(copy, StandardCharsets.US_ASCII);
            String original = copy.getFileName().toString().equals("a.pdf") ? Files.readString(a) : Files.readString(b);
            assertThat(text).startsWith(original + "\n%hrc-bench copy ");
            contents.add(text);
        }
        assertThat(contents).as("no two copies alike, so none is deduplicated").hasSize(6);
    }

    @Test
    void aScaleBelowOneIsRefused() {
        assertThatThrownBy(() -> ScaledCorpus.make(List.of(), tmp, 0, tmp.resolve("scaled")))
                .hasMessageContaining("--scale must be at least 1, got 0");
    }
}
