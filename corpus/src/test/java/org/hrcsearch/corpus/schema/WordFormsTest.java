package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.model.SourceFile;
import org.junit.jupiter.api.Test;

class WordFormsTest {

    private static final Analyzer ANALYZER = new HrcAnalyzer();

    /** The terms the analyzer makes of {@code text} in the word-forms field of {@code language}. */
    private static List<String> forms(Language language, String text) throws IOException {
        return HrcAnalyzerTest.tokens(WordForms.field(language).orElseThrow(), text);
    }

    @Test
    void russianCaseEndingsAreOneWord() throws IOException {
        assertThat(forms(Language.RUSSIAN, "человеческая семья"))
                .isEqualTo(forms(Language.RUSSIAN, "человеческой семьи"))
                .hasSize(2);
    }

    @Test
    void frenchPluralsAndElisionWithEitherApostropheAreOneWord() throws IOException {
        assertThat(forms(Language.FRENCH, "droit de l'homme")).isEqualTo(forms(Language.FRENCH, "droits de l’homme"));
        assertThat(forms(Language.FRENCH, "dignité")).isEqualTo(forms(Language.FRENCH, "Dignite"));
    }

    @Test
    void spanishPluralsAreOneWord() throws IOException {
        assertThat(forms(Language.SPANISH, "derecho humano")).isEqualTo(forms(Language.SPANISH, "derechos humanos"));
    }

    @Test
    void theArabicArticleAndPrefixesFold() throws IOException {
        assertThat(forms(Language.ARABIC, "الكرامة"))
                .isEqualTo(forms(Language.ARABIC, "بالكرامة"))
                .isEqualTo(forms(Language.ARABIC, "كرامة"));
        assertThat(forms(Language.ARABIC, "الإعلان")).isEqualTo(forms(Language.ARABIC, "الاعلان")); // hamza forms
    }

    @Test
    void noWordIsDroppedAndOffsetsPointIntoThePrintedText() throws IOException {
        String text = "Considérant que les droits de l’homme";
        List<Integer> increments = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        try (TokenStream ts =
                ANALYZER.tokenStream(WordForms.field(Language.FRENCH).orElseThrow(), text)) {
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                increments.add(inc.getPositionIncrement());
                printed.add(text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        }
        assertThat(increments).containsOnly(1);
        assertThat(printed).containsExactly("Considérant", "que", "les", "droits", "de", "l’homme");
    }

    /** Chinese is split into words where the plain text field keeps one character a word. */
    @Test
    void chineseIsSplitIntoWordsNotCharacters() throws IOException {
        assertThat(forms(Language.CHINESE, "世界人权宣言")).containsExactly("世界", "人权", "宣言");
        assertThat(HrcAnalyzerTest.tokens(HrcField.TEXT.fieldName(), "世界人权宣言"))
                .containsExactly("世", "界", "人", "权", "宣", "言");
        // the two characters of 人权 side by side, in two words: individual rights
        assertThat(forms(Language.CHINESE, "个人权利")).doesNotContain("人权");
        assertThat(forms(Language.CHINESE, "人人生而自由，在尊严和权利上一律平等。"))
                .doesNotContain("，", "。")
                .contains("尊严", "权利");
        // a Latin word in a Chinese text is lower-cased (smartcn splits it at an accent; the text field has it whole)
        assertThat(forms(Language.CHINESE, "联合国 Resolution A/HRC")).contains("resolution", "hrc");
    }

    @Test
    void chineseWordsOffsetsPointIntoThePrintedText() throws IOException {
        String text = "鉴于对人类家庭所有成员的固有尊严";
        List<String> printed = new ArrayList<>();
        try (TokenStream ts =
                ANALYZER.tokenStream(WordForms.field(Language.CHINESE).orElseThrow(), text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                printed.add(text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        }
        assertThat(String.join("", printed)).isEqualTo(text);
        assertThat(printed).contains("固有", "尊严");
    }

    @Test
    void theLanguagesWithAFieldOfWordForms() {
        assertThat(WordForms.languages())
                .containsExactlyInAnyOrder(
                        Language.ARABIC, Language.CHINESE, Language.FRENCH, Language.RUSSIAN, Language.SPANISH);
        assertThat(WordForms.field(Language.ENGLISH)).isEmpty();
        assertThat(WordForms.field(Language.RUSSIAN)).contains("text_ru");
        assertThat(WordForms.languageOf("text_ru")).contains(Language.RUSSIAN);
        assertThat(WordForms.languageOf(HrcField.TEXT.fieldName())).isEmpty();
    }

    @Test
    void aDocumentGetsTheFieldOfItsLanguageOnly() {
        SourceFile source = new SourceFile(List.of("udhr-rus.html"), "b".repeat(64), "text/html", 10);
        Document russian = new HrcSchema()
                .mapper()
                .toLucene(HrcDocument.builder(source)
                        .language(Language.RUSSIAN)
                        .pageTexts(List.of("человеческой семьи"))
                        .build());
        assertThat(russian.getField("text_ru")).isNotNull();
        assertThat(russian.getField("text_fr")).isNull();
        Document english = new HrcSchema()
                .mapper()
                .toLucene(HrcDocument.builder(source)
                        .language(Language.ENGLISH)
                        .pageTexts(List.of("human family"))
                        .build());
        WordForms.languages()
                .forEach(l -> assertThat(english.getField(WordForms.field(l).orElseThrow()))
                        .isNull());
    }
}
