package org.hrcsearch.corpus.schema;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.hrcsearch.corpus.model.Language;

/**
 * The full text of a document in Arabic, French, Russian or Spanish indexed once more, in a field of its language
 * ({@code text_ru}), as the stems a reader counts as one word: {@code человеческой семьи} and
 * {@code человеческая семья}, {@code droits de l’homme} and {@code droit de l'homme}, {@code بالكرامة} and
 * {@code الكرامة} give the same terms there. A word of a query matches either the printed form in
 * {@link HrcField#TEXT} or its stem in the field of each language the index holds; an exact phrase matches the
 * printed words only, in {@link HrcField#TEXT}.
 *
 * <p>Lucene's own light stemmers do the work: French elision ({@code l’}, {@code d’}) and plurals, Spanish plurals
 * and genders, Russian case endings, Arabic normalisation (hamza forms, teh marbuta, tatweel, diacritics) and its
 * article and prefixes ({@code ال}, {@code بال}, {@code وال}). Words are split, lower-cased and folded as in every
 * other text field, and no word is dropped, so positions are those of {@link HrcField#TEXT} and the offsets point
 * into the same text, which is how a snippet marks a word found by its stem. English and Chinese have no such
 * field: English is matched as printed (the reference analysis), Chinese characters have no inflections.
 */
public final class WordForms {

    private WordForms() {}

    /** The languages that have a field of word forms, each with its field's name. */
    private static final Map<Language, String> FIELDS = fields();

    /** Positions (a word that splits into two is a phrase), frequencies for scoring, offsets for snippets. */
    static final FieldType FIELD_TYPE =
            DocumentMapper.textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    private static Map<Language, String> fields() {
        Map<Language, String> m = new EnumMap<>(Language.class);
        for (Language l : Set.of(Language.ARABIC, Language.FRENCH, Language.RUSSIAN, Language.SPANISH)) {
            m.put(l, HrcField.TEXT.fieldName() + "_" + l.code());
        }
        return Collections.unmodifiableMap(m);
    }

    /** The languages whose documents have a field of word forms. */
    public static Set<Language> languages() {
        return FIELDS.keySet();
    }

    /** The field of word forms of {@code language}, e.g. {@code text_fr}; empty for English, Chinese and others. */
    public static Optional<String> field(Language language) {
        return Optional.ofNullable(FIELDS.get(language));
    }

    /** The language whose field of word forms is {@code fieldName}; empty for every other field. */
    public static Optional<Language> languageOf(String fieldName) {
        return FIELDS.entrySet().stream()
                .filter(e -> e.getValue().equals(fieldName))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * The stems of {@code language} of a stream of lower-cased words, folded as {@link HrcAnalyzer} folds (after
     * stemming: the stemmers read accents and apostrophes).
     */
    static TokenStream forms(Language language, TokenStream lowerCased) {
        TokenStream s = switch (language) {
            case FRENCH -> new FrenchLightStemFilter(new ElisionFilter(lowerCased, FrenchAnalyzer.DEFAULT_ARTICLES));
            case SPANISH -> new SpanishLightStemFilter(lowerCased);
            case RUSSIAN -> new RussianLightStemFilter(lowerCased);
            case ARABIC -> new ArabicStemFilter(new ArabicNormalizationFilter(lowerCased));
            default -> throw new IllegalArgumentException(language + " has no field of word forms");
        };
        return new ASCIIFoldingFilter(s);
    }
}
