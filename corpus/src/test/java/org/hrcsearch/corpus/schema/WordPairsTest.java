package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class WordPairsTest {

    private final Analyzer analyzer = new HrcAnalyzer();

    /** Each token of {@code field} as "position:term". */
    private List<String> tokens(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(position + ":" + term);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void thePairsFieldHoldsEachPairOfAdjacentWordsAtItsFirstWordsPosition() throws IOException {
        assertThat(tokens(WordPairs.FIELD, "Win–win cooperation is the only viable option."))
                .containsExactly(
                        "0:win win",
                        "1:win cooperation",
                        "2:cooperation is",
                        "3:is the",
                        "4:the only",
                        "5:only viable",
                        "6:viable option");
        assertThat(tokens(HrcField.TEXT.fieldName(), "Win–win cooperation"))
                .containsExactly("0:win", "1:win", "2:cooperation");
    }

    @Test
    void pairsAreAnalysedAsTheWordsAre() throws IOException {
        assertThat(tokens(WordPairs.FIELD, "Fédération de\u00ADfenders ﬁnd"))
                .containsExactly("0:federation defenders", "1:defenders find");
    }

    @Test
    void aTextOfOneWordHasNoPairs() throws IOException {
        assertThat(tokens(WordPairs.FIELD, "Geneva")).isEmpty();
        assertThat(tokens(WordPairs.FIELD, "  ,; ")).isEmpty();
    }

    @Test
    void aWordLongerThanTheTokenLimitIsSplitIntoConsecutivePieces() throws IOException {
        String word = "x".repeat(HrcAnalyzer.MAX_TOKEN_LENGTH + 10);
        assertThat(tokens(WordPairs.FIELD, "a " + word))
                .containsExactly(
                        "0:a " + "x".repeat(HrcAnalyzer.MAX_TOKEN_LENGTH),
                        "1:" + "x".repeat(HrcAnalyzer.MAX_TOKEN_LENGTH) + " " + "x".repeat(10));
    }

    @Test
    void twoWordsAreOneTerm() {
        assertThat(WordPairs.phrase(List.of("human", "rights")))
                .isEqualTo(new TermQuery(new Term(WordPairs.FIELD, "human rights")));
    }

    @Test
    void longerPhrasesArePhrasesOfPairsThatCoverEveryWord() {
        assertThat(WordPairs.phrase(words("universal periodic review")))
                .isEqualTo(pairs("universal periodic", 0, "periodic review", 1));
        assertThat(WordPairs.phrase(words("international peace and security")))
                .isEqualTo(pairs("international peace", 0, "and security", 2));
        assertThat(WordPairs.phrase(words("the only viable option for all")))
                .isEqualTo(pairs("the only", 0, "viable option", 2, "for all", 4));
        assertThat(WordPairs.phrase(words("is the only viable option")))
                .isEqualTo(pairs("is the", 0, "only viable", 2, "viable option", 3));
    }

    @Test
    void oneWordIsNotAPhraseOfPairs() {
        assertThatThrownBy(() -> WordPairs.phrase(List.of("rights"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    private static Query pairs(Object... pairAndPosition) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < pairAndPosition.length; i += 2) {
            b.add(new Term(WordPairs.FIELD, (String) pairAndPosition[i]), (Integer) pairAndPosition[i + 1]);
        }
        return b.build();
    }
}
