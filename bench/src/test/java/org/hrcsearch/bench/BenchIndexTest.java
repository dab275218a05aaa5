package org.hrcsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIndexTest {

    @TempDir
    Path tmp;

    @Test
    void speechesAreIndexedThroughTheJsonLinesInputBesideTheFolders() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(folder.resolve("letter.txt"), "A joint letter about reprisals against defenders.");
        Path speeches = Files.writeString(tmp.resolve("ungdc.jsonl"), """
                {"id": "ARG_01_1946", "iso3": "ARG", "session": 1, "year": 1946, "text": "At the resumption..."}
                {"id": "AUS_01_1946", "iso3": "AUS", "session": 1, "year": 1946, "text": "Hi."}
                """);
        Path index = tmp.resolve("index");
        Path work = Files.createDirectories(tmp.resolve("work"));

        int documents = BenchIndex.build(
                List.of(folder),
                Optional.of(speeches),
                index,
                work,
                false,
                new PrintStream(OutputStream.nullOutputStream()));

        assertThat(documents).isEqualTo(3);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            List<String> titles = new ArrayList<>();
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                titles.add(stored.document(i).get(HrcField.TITLE.fieldName()));
            }
            // titled by GeneralDebate.MAPPING, as hrc index --jsonl titles them
            assertThat(titles).contains("ARG statement, UNGA session 1 (1946)", "AUS statement, UNGA session 1 (1946)");
            Map<String, String> commit = reader.getIndexCommit().getUserData();
            assertThat(commit).containsEntry(BenchIndex.SPEECHES_ADDED_KEY, "2");
            assertThat(commit)
                    .containsEntry(
                            org.hrcsearch.corpus.index.CommitKey.SCHEMA_VERSION.key(),
                            Integer.toString(HrcSchema.VERSION));
            assertThat(commit).containsKey(org.hrcsearch.corpus.index.CommitKey.PATHS_BASE.key());
        }
    }
}
