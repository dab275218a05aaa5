package org.hrcsearch.corpus.schema;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * One document's words as its full-text field indexes them, kept so that its pairs field ({@link WordPairs}) is made
 * of them rather than by analysing the text a second time: the two fields of one text, one analysis. The text field
 * records its words as Lucene inverts it; the pairs field, added after it, pairs what was recorded. Lucene inverts a
 * document's fields in the order they were added; should the pairs field ever come first, or the words not stand at
 * consecutive positions (the analyzer leaves no gap today), the pairs field analyses the text itself, as before.
 * {@code RecordedWordsTest} holds the recorded pairs to the analyzer's own.
 */
final class RecordedWords {

    private char[] chars = new char[4096];
    private int length;
    /** For each word: where its characters end in {@link #chars}, its start and end offsets. */
    private int[] ends = new int[512];

    private int[] starts = new int[512];
    private int[] stops = new int[512];
    private int count;
    /** True once the text field's words were all read, each one position after the one before. */
    private boolean complete;

    /** The full-text field of {@code text}, recording its words here as Lucene reads them. */
    Field textField(String name, String text, FieldType type) {
        return new Field(name, text, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return new Recorder(super.tokenStream(analyzer, reuse));
            }
        };
    }

    /** The pairs field of {@code text}: the recorded words paired, or the text analysed when nothing was recorded. */
    Field pairsField(String text) {
        return new Field(WordPairs.FIELD, text, WordPairs.FIELD_TYPE) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return complete ? new Pairs() : super.tokenStream(analyzer, reuse);
            }
        };
    }

    private void add(CharTermAttribute term, OffsetAttribute offsets) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
            stops = Arrays.copyOf(stops, count * 2);
        }
        if (length + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + term.length()));
        }
        System.arraycopy(term.buffer(), 0, chars, length, term.length());
        length += term.length();
        ends[count] = length;
        starts[count] = offsets.startOffset();
        stops[count] = offsets.endOffset();
        count++;
    }

    /** Passes the text field's words on to Lucene and keeps them. */
    private final class Recorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private boolean consecutive = true;

        Recorder(TokenStream words) {
            super(words);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            consecutive &= increment.getPositionIncrement() == 1;
            add(term, offsets);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            length = 0;
            count = 0;
            complete = false;
            consecutive = true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            complete = consecutive;
        }
    }

    /** Each pair of adjacent recorded words, at its first word's position, as {@link WordPairs#pairs} makes them. */
    private final class Pairs extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next + 1 >= count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : ends[next - 1];
            int first = ends[next] - from;
            int second = ends[next + 1] - ends[next];
            char[] buffer = term.resizeBuffer(first + 1 + second);
            System.arraycopy(chars, from, buffer, 0, first);
            buffer[first] = WordPairs.SEPARATOR;
            System.arraycopy(chars, ends[next], buffer, first + 1, second);
            term.setLength(first + 1 + second);
            offsets.setOffset(starts[next], stops[next + 1]);
            increment.setPositionIncrement(1);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
