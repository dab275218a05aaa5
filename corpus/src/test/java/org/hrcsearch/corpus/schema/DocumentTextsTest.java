package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class DocumentTextsTest {

    private static BytesRef utf8(String text) {
        return new BytesRef(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Letters of one, two, three and four UTF-8 bytes (the last a surrogate pair in Java). */
    private static final String[] LETTERS = {"a", " ", "\n", "é", "–", "’", "中", "😀", "\u00ad"};

    @Test
    void theOpeningCharactersAreWhatSubstringGives() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(LETTERS[random.nextInt(LETTERS.length)]);
            }
            String text = sb.toString();
            int max = random.nextInt(text.length() + 3);
            String expected = text.substring(0, Math.min(max, text.length()));
            assertThat(DocumentTexts.decode(utf8(text), max))
                    .as("%s cut at %d", text, max)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aWholeTextComesBackAsItWent() {
        String text = "Win–win cooperation 😀 is the only viable option.\n\nPage two.";
        assertThat(DocumentTexts.decode(utf8(text), Integer.MAX_VALUE)).isEqualTo(text);
    }

    @Test
    void eachPartHoldsTwiceTheCharactersOfTheOneBefore() {
        String text = "a".repeat(1_000_000);
        List<Integer> lengths = DocumentTexts.fields(text).stream()
                .map(f -> f.binaryValue().length)
                .toList();
        int first = DocumentTexts.FIRST_PART_CHARS;
        assertThat(lengths).containsExactly(first, 2 * first, 4 * first, 8 * first, 16 * first, 1_000_000 - 31 * first);
        assertThat(DocumentTexts.fields(text).stream().map(f -> f.name()).toList())
                .containsExactly("text", "text_part1", "text_part2", "text_part3", "text_part4", "text_part5");
        assertThat(DocumentTexts.fields("")).hasSize(1);
        assertThat(DocumentTexts.fields("a".repeat(first))).hasSize(1);
        assertThat(DocumentTexts.fields("a".repeat(first + 1))).hasSize(2);
    }

    @Test
    void anyOpeningOfAnyTextReadsAsSubstringGivesIt() throws IOException {
        Random random = new Random(8);
        List<String> texts = new ArrayList<>();
        int first = DocumentTexts.FIRST_PART_CHARS;
        // a character outside the BMP across the first and second boundaries: the part ends before it
        texts.add("a".repeat(first - 1) + "😀" + "b".repeat(2 * first - 2) + "😀" + "c".repeat(10));
        texts.add("a".repeat(first));
        texts.add("");
        for (int i = 0; i < 12; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(i < 6 ? 200 : 300_000);
            for (int c = 0; c < n; c++) {
                sb.append(LETTERS[random.nextInt(LETTERS.length)]);
            }
            texts.add(sb.toString());
        }
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (String text : texts) {
                    Document doc = new Document();
                    DocumentTexts.fields(text).forEach(doc::add);
                    w.addDocument(doc);
                }
                w.addDocument(new Document()); // no text at all
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (int d = 0; d < texts.size(); d++) {
                    String text = texts.get(d);
                    assertThat(DocumentTexts.read(reader, d, Integer.MAX_VALUE)).isEqualTo(text);
                    List<Integer> cuts =
                            new ArrayList<>(List.of(0, 1, first - 1, first, first + 1, 3 * first, 3 * first + 1));
                    for (int k = 0; k < 10; k++) {
                        cuts.add(random.nextInt(text.length() + 2));
                    }
                    for (int max : cuts) {
                        assertThat(DocumentTexts.read(reader, d, max))
                                .as("text %d cut at %d", d, max)
                                .isEqualTo(text.substring(0, Math.min(max, text.length())));
                    }
                }
                assertThat(DocumentTexts.read(reader, texts.size(), 10)).isNull();
            }
        }
    }

    @Test
    void aTextKeptWholeInTheFirstFieldReadsTheSame() throws IOException {
        String text = "x".repeat(DocumentTexts.FIRST_PART_CHARS) + " and more, on a later page";
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                Document doc = new Document();
                doc.add(new BinaryDocValuesField(HrcField.TEXT.fieldName(), utf8(text)));
                w.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(DocumentTexts.read(reader, 0, Integer.MAX_VALUE)).isEqualTo(text);
                assertThat(DocumentTexts.read(reader, 0, 5)).isEqualTo("xxxxx");
            }
        }
    }
}
