package org.hrcsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UngdcLoaderTest {

    @TempDir
    Path dir;

    @Test
    void eachLineIsOneSpeechTitledByCountryAndYear() throws Exception {
        Path file = dir.resolve("ungdc.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("""
          {"id": "ARG_01_1946", "iso3": "ARG", "session": 1, "year": 1946, "source_file": "Session 01 - 1946/ARG_01_1946.txt", "chars": 21, "text": "At the resumption..."}

          {"id": "AUS_01_1946", "iso3": "AUS", "session": 1, "year": 1946, "source_file": "x.txt", "chars": 3, "text": "Hi."}
          """).getBytes(StandardCharsets.UTF_8));
        }
        List<HrcDocument> docs = new ArrayList<>();
        assertThat(new UngdcLoader().load(file, docs::add)).isEqualTo(2);
        HrcDocument arg = docs.getFirst();
        assertThat(arg.title()).isEqualTo("ARG 1946");
        assertThat(arg.date()).contains(LocalDate.of(1946, 1, 1));
        assertThat(arg.type()).isEqualTo(DocumentType.OTHER);
        assertThat(arg.session()).isEmpty();
        assertThat(arg.language()).isEqualTo("en");
        assertThat(arg.pages()).hasSize(1);
        assertThat(arg.pages().getFirst().text()).isEqualTo("At the resumption...");
        // the id comes from the speech's id, so reloading gives the same documents
        assertThat(arg.id())
                .isEqualTo(new UngdcLoader()
                        .document("{\"id\": \"ARG_01_1946\", \"iso3\": \"ARG\", \"year\": 1946, \"text\": \"other\"}")
                        .id());
        assertThat(docs.get(1).id()).isNotEqualTo(arg.id());
    }
}
