package org.hrcsearch.corpus.schema;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The full text indexed a second time as pairs of adjacent words ({@code "human rights"}, {@code "rights council"}),
 * each pair at the position of its first word, so that an exact phrase is matched without reading the positions of
 * its common words.
 *
 * <p>Matching {@code "human rights"} on the words alone reads, in every document that has both words, where each
 * of them stands, and compares the lists: in the General Debate speeches that is most documents and dozens of
 * positions each, and {@code "international peace and security"} reads every "and". As a pair it is one term whose
 * postings say in which documents, and how often, the phrase occurs. A longer phrase is a phrase of pairs that
 * covers its words ({@code "a b"} at 0 and {@code "c d"} at 2 for four words): rarer terms, and fewer of them.
 *
 * <p>The two are equivalent for exact phrases: the analyzer never leaves a gap between words (no stop words), so
 * words {@code w0..wn} stand at consecutive positions exactly when their pairs do. Sloppy phrases and {@code NEAR}
 * still use the words' positions, and so does highlighting, which needs the words' offsets.
 */
public final class WordPairs {

    /** The field of the pairs; its value is the full text, which {@link HrcAnalyzer} turns into pairs. */
    public static final String FIELD = HrcField.TEXT.fieldName() + "_pairs";

    /** Positions for longer phrases, frequencies for scoring; no offsets (highlighting reads the words). */
    static final FieldType FIELD_TYPE = DocumentMapper.textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    /** Between the two words of a pair's term: {@code "human rights"}. */
    static final char SEPARATOR = ' ';

    private WordPairs() {}

    /** The pairs of adjacent words of an analysed word stream, each at its first word's position, without the words. */
    static TokenStream pairs(TokenStream words) {
        ShingleFilter pairs = new ShingleFilter(words, 2, 2);
        pairs.setOutputUnigrams(false);
        pairs.setTokenSeparator(String.valueOf(SEPARATOR));
        return pairs;
    }

    /** The term of two adjacent analysed words. */
    public static Term pair(String first, String second) {
        return new Term(FIELD, first + SEPARATOR + second);
    }

    /**
     * The exact phrase of {@code words} (analysed, at consecutive positions, at least two) as a query on the pairs:
     * one term for two words; for more, a phrase of the pairs at even offsets and, for an odd count, the last pair,
     * which together cover every word.
     */
    public static Query phrase(List<String> words) {
        if (words.size() < 2) {
            throw new IllegalArgumentException("a phrase of pairs needs two words or more, not " + words);
        }
        if (words.size() == 2) {
            return new TermQuery(pair(words.get(0), words.get(1)));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int last = words.size() - 2;
        for (int at = 0; at < last; at += 2) {
            b.add(pair(words.get(at), words.get(at + 1)), at);
        }
        b.add(pair(words.get(last), words.get(last + 1)), last);
        return b.build();
    }
}
