package org.hrcsearch.corpus.schema;

import java.io.Reader;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hrcsearch.corpus.model.Language;

/**
 * The analyzer of every text field, at index and at query time: Unicode word breaks, lower case, and folding of
 * the forms that differ between a printed PDF and what a user types, so that {@code Lawyers' Rights Watch} finds
 * {@code Lawyers’ Rights Watch}, {@code Federation} finds {@code Fédération} and {@code ﬁnd} is {@code find}.
 *
 * <p>No stop words and no stemming: phrase search must match what was printed ("is the only viable option").
 * The field {@link WordPairs#FIELD} gets the same words, paired; the fields of {@link WordForms} their stems in
 * the document's language.
 */
public final class HrcAnalyzer extends Analyzer {

    /** Longer tokens are split by the tokenizer, so an immense unbroken "word" cannot bloat the index. */
    public static final int MAX_TOKEN_LENGTH = 255;

    /** Components per field: the pairs field's differ from the others'. */
    public HrcAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Optional<Language> forms = WordForms.languageOf(fieldName);
        if (forms.isPresent()) {
            return WordForms.components(forms.get());
        }
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(MAX_TOKEN_LENGTH);
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        if (WordPairs.FIELD.equals(fieldName)) {
            stream = WordPairs.pairs(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }
}
