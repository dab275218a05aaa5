package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.extract.Extraction;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * The letters among the Human Rights Watch articles of {@code letters/hrw-2024/hrw_articles.csv.gz}, which open with
 * a salutation the rules were not written for ("Dear Prime Minister ...,", "Dear Professor ...,", "Dear Foreign
 * Secretary,") or were cut before their closing ("Dear President Noboa:"): each is a letter, signed by what it
 * prints (none when its names are cut off), as {@code expected-metadata/hrw-letters.csv} says; and no other article
 * (news releases, reports, a testimony) is taken for a letter by the way it opens.
 */
@NeedsSharedCorpus
class HrwLettersTest {

    private final DocumentEnricher enricher = new DocumentEnricher(Vocabularies.bundled());

    @Test
    void theHrwLettersAreLettersSignedByWhatTheyPrint() throws IOException {
        Map<String, String> articles = hrwArticles();
        Map<String, List<String>> wrong = new TreeMap<>();
        List<CSVRecord> expected = csv(expectedFile("hrw-letters.csv"));
        assertThat(expected).hasSizeGreaterThan(5);
        for (CSVRecord e : expected) {
            String text = articles.get(e.get("url"));
            assertThat(text).as("%s in hrw_articles.csv.gz", e.get("url")).isNotNull();
            HrcDocument d = enrich(e.get("url"), text);
            List<String> signatories = e.get("signatories").isEmpty()
                    ? List.of()
                    : Arrays.asList(e.get("signatories").split(" \\| "));
            if (!d.type().key().equals(e.get("type")) || !d.signatories().equals(signatories)) {
                wrong.put(e.get("url"), List.of(d.type().key(), String.join(" | ", d.signatories())));
            }
        }
        assertThat(wrong)
                .as("letters read otherwise than expected (type, signatories)")
                .isEmpty();
    }

    /**
     * The rule that reads a letter by its opening alone takes no article for one that is not a letter: every article
     * it takes is curated as a letter here or among the signatory lists of {@code hrw-signatory-lists.csv}.
     */
    @Test
    void noOtherArticleOpensAsALetter() throws IOException {
        Set<String> letters = new TreeSet<>();
        csv(expectedFile("hrw-letters.csv")).forEach(r -> letters.add(r.get("url")));
        csv(expectedFile("hrw-signatory-lists.csv")).forEach(r -> letters.add(r.get("url")));
        Map<String, String> articles = hrwArticles();
        assertThat(articles).hasSizeGreaterThan(380);
        List<String> taken = new ArrayList<>();
        articles.forEach((url, text) -> {
            if (TypeClassifier.opensAsALetter(text) && !letters.contains(url)) {
                taken.add(url);
            }
        });
        assertThat(taken)
                .as("articles that are no curated letter but open as one")
                .isEmpty();
    }

    private HrcDocument enrich(String id, String text) {
        SourceFile source = new SourceFile(List.of(id), "0".repeat(64), "text/plain", text.length());
        return enricher.enrich(source, id, new Extraction(List.of(text), "text/plain", Optional.empty()));
    }

    /** The text of each article, by URL (duplicate rows hold the same text). */
    private static Map<String, String> hrwArticles() throws IOException {
        Path file = ProjectPaths.sharedCorpus().resolve("letters/hrw-2024/hrw_articles.csv.gz");
        Map<String, String> byUrl = new LinkedHashMap<>();
        try (Reader in =
                        new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8);
                CSVParser csv = format().parse(in)) {
            for (CSVRecord r : csv) {
                byUrl.putIfAbsent(r.get("url"), r.get("text"));
            }
        }
        return byUrl;
    }

    private static String expectedFile(String name) {
        return "/expected-metadata/" + name;
    }

    private static List<CSVRecord> csv(String resource) throws IOException {
        try (Reader in = new InputStreamReader(
                        HrwLettersTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8);
                CSVParser p = format().parse(in)) {
            return p.getRecords();
        }
    }

    private static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }
}
