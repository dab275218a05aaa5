package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * {@link FoldingCharFilter} gives the words, and the offsets in the printed text, that Lucene's
 * {@link MappingCharFilter} gave with {@link TextFolding#analyzerCharMap}, the analyzer's filter before it: on random
 * texts of soft hyphens, apostrophe and dash variants, letters, spaces and characters outside the BMP, short and
 * long enough to cross the readers' buffers.
 */
class FoldingCharFilterTest {

    private static final NormalizeCharMap MAP = map();

    private static NormalizeCharMap map() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        TextFolding.analyzerCharMap().forEach(b::add);
        return b.build();
    }

    private static final String[] PIECES = {
        "a",
        "Bc",
        "de",
        "\u00AD",
        "\u00AD\u00AD",
        "\u2019",
        "\u2018",
        "\u02BC",
        "\u2032",
        "\uFF07",
        "'",
        "\u2010",
        "\u2011",
        "\u2013",
        "\u2014",
        "\u2212",
        "-",
        " ",
        "  ",
        "\n",
        "é",
        "1",
        "𝐀",
        "women",
        "s",
        "non",
        "cooperation"
    };

    @Test
    void givesTheWordsAndOffsetsOfTheMappingFilter() throws IOException {
        RandomPieces random = new RandomPieces(PIECES);
        for (int round = 0; round < 3_000; round++) {
            String t = random.of(round % 10 == 0 ? 2_000 + random.nextInt(3_000) : 1 + random.nextInt(30));
            assertThat(tokens(t, FoldingCharFilter::new))
                    .as(random.describe(t))
                    .isEqualTo(tokens(t, in -> new MappingCharFilter(MAP, in)));
        }
    }

    @Test
    void dropsSoftHyphensAndKeepsThePrintedWordsOffsets() throws IOException {
        assertThat(tokens("de\u00ADfenders’ non\u2013cooperation", FoldingCharFilter::new))
                .containsExactly("defenders[0,10)", "non[12,15)", "cooperation[16,27)", "end 27");
    }

    @Test
    void readsAsTheMappingFilterReadsOneCharacterAtATime() throws IOException {
        String text = "\u00AD\u00ADa\u2019b\u00AD";
        try (Reader folding = new FoldingCharFilter(new StringReader(text));
                Reader mapping = new MappingCharFilter(MAP, new StringReader(text))) {
            for (int c = mapping.read(); ; c = mapping.read()) {
                assertThat(folding.read()).isEqualTo(c);
                if (c < 0) {
                    break;
                }
            }
        }
    }

    /** The words of {@code text} through a standard tokenizer after {@code filter}, each with its offsets. */
    private static List<String> tokens(String text, Function<Reader, CharFilter> filter) throws IOException {
        List<String> out = new ArrayList<>();
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(filter.apply(new StringReader(text)));
        try (TokenStream ts = tokenizer) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "[" + offsets.startOffset() + "," + offsets.endOffset() + ")");
            }
            ts.end();
            out.add("end " + offsets.endOffset());
        }
        return out;
    }
}
