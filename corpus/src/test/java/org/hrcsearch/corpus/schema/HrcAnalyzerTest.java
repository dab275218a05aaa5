package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class HrcAnalyzerTest {

    private static final Analyzer ANALYZER = new HrcAnalyzer();

    /** The words the analyzer makes of a text in the full-text field. */
    static List<String> tokens(String text) throws IOException {
        return tokens(HrcField.TEXT.fieldName(), text);
    }

    /** The terms the analyzer makes of a text in {@code field}. */
    static List<String> tokens(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void curlyAndStraightApostrophesAreOneWord() throws IOException {
        assertThat(tokens("Lawyers’ Rights Watch Canada’s")).isEqualTo(tokens("Lawyers' Rights Watch Canada's"));
    }

    @Test
    void aCurlyApostropheInAWordIsTheStraightOne() throws IOException {
        // The words themselves, not only the equality above (which two analyzers that both dropped or both kept the
        // curly form would pass): the printed State’s is the typed State's, one word.
        assertThat(tokens("the State’s obligations and Women’s rights"))
                .containsExactly("the", "state's", "obligations", "and", "women's", "rights");
        assertThat(tokens("Côte d’Ivoire")).containsExactly("cote", "d'ivoire");
    }

    @Test
    void enDashIsAHyphen() throws IOException {
        assertThat(tokens("Twenty–fourth session")).containsExactly("twenty", "fourth", "session");
    }

    @Test
    void softHyphensAndLigaturesVanish() throws IOException {
        assertThat(tokens("de\u00ADfenders ﬁnd")).containsExactly("defenders", "find");
    }

    @Test
    void accentsFoldSoFederationFindsFederation() throws IOException {
        assertThat(tokens("Fédération internationale")).containsExactly("federation", "internationale");
    }

    @Test
    void stopWordsAreKeptForPhrases() throws IOException {
        assertThat(tokens("is the only viable option")).containsExactly("is", "the", "only", "viable", "option");
    }

    @Test
    void anImmenseTermIsSplit() throws IOException {
        List<String> tokens = tokens("x".repeat(10_000));
        // Split into pieces that each fit, and nothing lost: an analyzer that dropped the term would pass a check of
        // the pieces' lengths alone.
        assertThat(tokens).isNotEmpty().allMatch(t -> t.length() <= HrcAnalyzer.MAX_TOKEN_LENGTH);
        assertThat(String.join("", tokens)).isEqualTo("x".repeat(10_000));
    }
}
