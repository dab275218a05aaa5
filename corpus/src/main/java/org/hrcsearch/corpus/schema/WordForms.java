package org.hrcsearch.corpus.schema;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.hrcsearch.corpus.model.Language;

/**
 * The full text of a document in Arabic, Chinese, French, Russian or Spanish indexed once more, in a field of its
 * language ({@code text_ru}), as the words a reader counts: {@code человеческой семьи} and
 * {@code человеческая семья}, {@code droits de l’homme} and {@code droit de l'homme}, {@code بالكرامة} and
 * {@code الكرامة} give the same stems there, and Chinese, printed without spaces, is split into its words
 * ({@code 人权}, "human rights", is a word of {@code 世界人权宣言} and not of {@code 个人权利}, "individual rights",
 * though both print its two characters side by side). A word of a query matches either the printed form in
 * {@link HrcField#TEXT} or its stem in the field of each language the index holds; an exact phrase matches the
 * printed words only, in {@link HrcField#TEXT}.
 *
 * <p>Lucene's own light stemmers do the work: French elision ({@code l’}, {@code d’}) and plurals, Spanish plurals
 * and genders, Russian case endings, Arabic normalisation (hamza forms, teh marbuta, tatweel, diacritics) and its
 * article and prefixes ({@code ال}, {@code بال}, {@code وال}); Lucene's smartcn segments Chinese. Outside Chinese,
 * words are split, lower-cased and folded as in every other text field, and no word is dropped, so positions are
 * those of {@link HrcField#TEXT}; in every such field the offsets point into the same text, which is how a snippet
 * marks a word found by its stem, or a Chinese word whole. {@link HrcField#TEXT} keeps each Chinese character a
 * word of its own, so that a Chinese word of a query finds all it found before (its characters side by side) and
 * ranks first the texts where they are a word. English has no such field: it is matched as printed (the
 * reference analysis).
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
        for (Language l :
                Set.of(Language.ARABIC, Language.CHINESE, Language.FRENCH, Language.RUSSIAN, Language.SPANISH)) {
            m.put(l, HrcField.TEXT.fieldName() + "_" + l.code());
        }
        return Collections.unmodifiableMap(m);
    }

    /** The languages whose documents have a field of word forms. */
    public static Set<Language> languages() {
        return FIELDS.keySet();
    }

    /** The field of word forms of {@code language}, e.g. {@code text_fr}; empty for English and others. */
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
     * The analysis of the field of word forms of {@code language}: Chinese split into words by Lucene's smartcn
     * segmenter ({@code 世界人权宣言} gives {@code 世界 人权 宣言}, its punctuation dropped); any other language split as
     * every text field is, then stemmed.
     */
    static Analyzer.TokenStreamComponents components(Language language) {
        if (language == Language.CHINESE) {
            HMMChineseTokenizer words = new HMMChineseTokenizer();
            TokenStream s = new StopFilter(new LowerCaseFilter(words), SmartChineseAnalyzer.getDefaultStopSet());
            return new Analyzer.TokenStreamComponents(words, new ASCIIFoldingFilter(s));
        }
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(HrcAnalyzer.MAX_TOKEN_LENGTH);
        return new Analyzer.TokenStreamComponents(tokenizer, forms(language, new LowerCaseFilter(tokenizer)));
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
