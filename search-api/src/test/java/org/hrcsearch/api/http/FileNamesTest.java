package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md 4.2, case F1 on the server's side: files with awkward names are served from
 * {@code GET /api/documents/{id}/file} byte for byte, each the right one, with a {@code Content-Disposition} whose
 * RFC 5987 {@code filename*} gives the exact name back (NFC and NFD names stay apart).
 */
class FileNamesTest {

    @TempDir
    Path corpus;

    private static final List<String> NAMES = List.of(
            "with spaces in it.pdf",
            "\u062a\u0642\u0631\u064a\u0631 \u0627\u0644\u0641\u0631\u064a\u0642.pdf",
            "\u4eba\u6743\u7406\u4e8b\u4f1a\u62a5\u544a.pdf",
            Normalizer.normalize("r\u00e9sum\u00e9.pdf", Normalizer.Form.NFC),
            Normalizer.normalize("r\u00e9sum\u00e9.pdf", Normalizer.Form.NFD),
            "100% sure %20.pdf",
            "hash#tag.pdf",
            "\"double\" and 'single' quotes.pdf",
            "-rf leading dash.pdf",
            "star*and~tilde;semi,comma.pdf",
            "n".repeat(251) + ".pdf");

    /** RFC 5987 attr-char, and percent-encoded octets: all that an ext-value may hold. */
    private static final Pattern EXT_VALUE = Pattern.compile("(?:[A-Za-z0-9!#$&+\\-.^_`|~]|%[0-9A-F]{2})*");

    @Test
    void f1_everyAwkwardNameIsServedAsItsOwnFileWithItsExactName() throws Exception {
        List<HrcDocument> docs = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String relative = "names/" + NAMES.get(i);
            byte[] bytes = ("%PDF-1.4 file number " + i).getBytes(StandardCharsets.US_ASCII);
            Path file = corpus.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            docs.add(HrcDocument.builder(
                            new SourceFile(List.of(relative), sha256(bytes), "application/pdf", bytes.length))
                    .title("File " + i)
                    .pageTexts(List.of("file number " + i))
                    .build());
        }
        TestIndex.Fixture index =
                TestIndex.open(docs, Duration.ofSeconds(5), Map.of(CommitKey.PATHS_BASE.key(), corpus.toString()));
        try (ApiServices services = index.services()) {
            TestApi.run(SearchApp.create(services), api -> {
                for (int i = 0; i < NAMES.size(); i++) {
                    HrcDocument doc = docs.get(i);
                    assertThat(api.json("/api/documents/" + doc.id(), 200)
                                    .get("file_name")
                                    .asText())
                            .isEqualTo(NAMES.get(i));
                    TestApi.Reply reply = api.get("/api/documents/" + doc.id() + "/file");
                    assertThat(reply.status()).isEqualTo(200);
                    assertThat(reply.text()).isEqualTo("%PDF-1.4 file number " + i);
                    String disposition = reply.header("Content-Disposition").orElseThrow();
                    Matcher m = Pattern.compile("filename\\*=UTF-8''([^;\\s]*)").matcher(disposition);
                    assertThat(m.find()).as(disposition).isTrue();
                    assertThat(m.group(1)).as("an RFC 5987 ext-value").matches(EXT_VALUE);
                    assertThat(percentDecode(m.group(1))).isEqualTo(NAMES.get(i));
                    assertThat(disposition)
                            .as("the ASCII fallback is one quoted string")
                            .matches("inline; filename=\"[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]*\"; filename\\*=.*");
                }
            });
        }
    }

    private static String percentDecode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
