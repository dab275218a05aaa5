package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * The language detector on the 10,952 speeches of the UN General Debate corpus
 * ({@code ../shared/corpus/bulk/ungdc}, all in English), the most documents of one language the shared corpus
 * holds, none of them tuned for: not one may be taken for another language. A text too short to tell is
 * {@code other}, never a guess.
 */
@NeedsSharedCorpus
class GeneralDebateLanguageTest {

    @Test
    void noSpeechOfTheGeneralDebateIsTakenForAnotherLanguage() throws Exception {
        Path speeches = ProjectPaths.sharedCorpus().resolve("bulk/ungdc/ungdc_1946-2024.jsonl.gz");
        LanguageGuesser guesser = new LanguageGuesser();
        ObjectMapper json = new ObjectMapper();
        Map<Language, Integer> counts = new TreeMap<>();
        Map<String, String> others = new TreeMap<>();
        int speechCount = 0;
        long t0 = System.nanoTime();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(speeches), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode speech = json.readTree(line);
                String text = speech.get("text").asText();
                Language lang = guesser.guess(text);
                counts.merge(lang, 1, Integer::sum);
                speechCount++;
                long letters = text.codePoints()
                        .filter(Character::isLetter)
                        .limit(1000)
                        .count();
                if (lang != Language.ENGLISH && letters >= 1000) {
                    others.put(
                            speech.get("id").asText(),
                            lang.code() + ": " + text.strip().substring(0, 80));
                }
            }
        }
        System.out.printf(
                "languages of the %,d General Debate speeches: %s (%d ms)%n",
                speechCount, counts, (System.nanoTime() - t0) / 1_000_000);
        assertThat(speechCount).isEqualTo(10_952);
        assertThat(others).as("English speeches taken for another language").isEmpty();
    }
}
