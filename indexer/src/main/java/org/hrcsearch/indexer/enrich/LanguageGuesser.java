package org.hrcsearch.indexer.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hrcsearch.corpus.schema.TextFolding;

/**
 * Guesses a document's language (ISO 639-1) from its commonest function words: UN documents come in the six
 * official languages, and the corpus is mostly English, with French and Spanish letters. Defaults to {@code en}
 * when the text gives no sign. Pure.
 */
public final class LanguageGuesser {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "by", "are"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "du", "une", "dans", "pour", "que", "sur", "aux"),
            "es", Set.of("el", "los", "las", "y", "del", "es", "una", "por", "con", "para", "que", "en", "se"));

    public String guess(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        List<String> words = TextFolding.words(sample);
        String best = "en";
        int bestCount = 0;
        for (String lang : List.of("en", "fr", "es")) {
            Set<String> fw = FUNCTION_WORDS.get(lang);
            int n = (int) words.stream().filter(fw::contains).count();
            if (n > bestCount * 1.3 + 2) {
                best = lang;
                bestCount = n;
            }
        }
        return best;
    }
}
