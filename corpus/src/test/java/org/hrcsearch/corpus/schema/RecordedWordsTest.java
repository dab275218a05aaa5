package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.junit.jupiter.api.Test;

/**
 * The pairs field made of the words the text field recorded is the pairs field the analyzer makes of the text: the
 * same terms at the same positions with the same offsets, on random texts of words, punctuation, accents, soft
 * hyphens and ideographs; and when the text field was not read first, the pairs field analyses the text itself.
 */
class RecordedWordsTest {

    private static final Analyzer ANALYZER = new HrcAnalyzer();
    private static final String[] PIECES = {
        "human",
        "Rights",
        "Council",
        "win–win",
        "de\u00ADfenders",
        "Fédération",
        "l’homme",
        "ﬁnd",
        "1,000",
        "人权",
        "عربي",
        " ",
        " ",
        "  ",
        "\n\n",
        ", ",
        ". ",
        "(",
        ")",
        "-",
        "x",
        "𝐀"
    };

    @Test
    void pairsTheRecordedWordsAsTheAnalyzerPairsTheText() throws IOException {
        RandomPieces random = new RandomPieces(PIECES);
        for (int round = 0; round < 3_000; round++) {
            String text = random.of(random.nextInt(round % 50 == 0 ? 3_000 : 25));
            RecordedWords words = new RecordedWords();
            Field textField = words.textField(HrcField.TEXT.fieldName(), text, DocumentMapper.FULL_TEXT_TYPE);
            assertThat(tokens(textField.tokenStream(ANALYZER, null)))
                    .as(random.describe(text))
                    .isEqualTo(tokens(ANALYZER.tokenStream(HrcField.TEXT.fieldName(), text)));
            assertThat(tokens(words.pairsField(text).tokenStream(ANALYZER, null)))
                    .as(random.describe(text))
                    .isEqualTo(tokens(ANALYZER.tokenStream(WordPairs.FIELD, text)));
        }
    }

    @Test
    void aPairsFieldReadBeforeTheWordsAnalysesTheTextItself() throws IOException {
        String text = "Win–win cooperation is the only viable option.";
        RecordedWords words = new RecordedWords();
        assertThat(tokens(words.pairsField(text).tokenStream(ANALYZER, null)))
                .isEqualTo(tokens(ANALYZER.tokenStream(WordPairs.FIELD, text)))
                .first()
                .isEqualTo("0:win win[0,7)");
    }

    /**
     * Lucene inverts the text field before it asks the pairs field for its words, so an index of the two never
     * analyses the text for the pairs: the analyzer is asked for the words alone, and the pairs field holds each pair
     * at its first word's position.
     */
    @Test
    void anIndexWriterAnalysesTheTextOnceForBothFields() throws IOException {
        java.util.Set<String> analysed = new java.util.HashSet<>();
        Analyzer counting = new org.apache.lucene.analysis.AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return ANALYZER;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents c) {
                analysed.add(fieldName); // a field's analysis is built at its first token stream
                return c;
            }
        };
        try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
                var writer = new org.apache.lucene.index.IndexWriter(
                        dir, new org.apache.lucene.index.IndexWriterConfig(counting))) {
            String text = "Win–win cooperation is the only viable option.";
            RecordedWords words = new RecordedWords();
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(words.textField(HrcField.TEXT.fieldName(), text, DocumentMapper.FULL_TEXT_TYPE));
            doc.add(words.pairsField(text));
            writer.addDocument(doc);
            writer.commit();
            try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
                var postings = org.apache.lucene.index.MultiTerms.getTermPostingsEnum(
                        reader,
                        WordPairs.FIELD,
                        new org.apache.lucene.util.BytesRef("viable option"),
                        org.apache.lucene.index.PostingsEnum.POSITIONS);
                assertThat(postings.nextDoc()).isZero();
                assertThat(postings.nextPosition()).isEqualTo(6);
            }
        }
        assertThat(analysed).containsExactly(HrcField.TEXT.fieldName());
    }

    /** Each token as "position:term[start,end)". */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(position + ":" + term + "[" + offsets.startOffset() + "," + offsets.endOffset() + ")");
            }
            ts.end();
        }
        return out;
    }
}
