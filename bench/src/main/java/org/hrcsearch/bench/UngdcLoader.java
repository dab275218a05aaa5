package org.hrcsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;

/**
 * Reads the UN General Debate corpus ({@code ungdc_1946-2024.jsonl.gz}: one speech per line, e.g.
 * {@code {"id": "ARG_01_1946", "iso3": "ARG", "year": 1946, "source_file": "...", "text": "..."}}) as documents
 * for the benchmark: the id from the SHA-256 of the speech's id, the title "ARG 1946", dated 1 January of its
 * year (the corpus has no day), type other, no Council session, English, the text as one page.
 */
final class UngdcLoader {

    /** What to do with each speech. */
    @FunctionalInterface
    interface Sink {
        void accept(HrcDocument doc) throws IOException;
    }

    private final ObjectMapper json = new ObjectMapper();

    /** Hands every speech of the gzipped JSON-lines file to {@code sink}; returns how many. */
    int load(Path jsonlGz, Sink sink) throws IOException {
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(jsonlGz), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    sink.accept(document(line));
                    n++;
                }
            }
        }
        return n;
    }

    HrcDocument document(String line) throws IOException {
        JsonNode s = json.readTree(line);
        String id = s.get("id").asText();
        String text = s.get("text").asText();
        int year = s.get("year").asInt();
        SourceFile source = new SourceFile(
                List.of("ungdc/" + s.path("source_file").asText(id)),
                sha256(id),
                "text/plain",
                text.getBytes(StandardCharsets.UTF_8).length);
        return HrcDocument.builder(source)
                .type(DocumentType.OTHER)
                .title(s.get("iso3").asText() + " " + year)
                .date(LocalDate.of(year, 1, 1))
                .language("en")
                .pageTexts(List.of(text))
                .build();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
