package org.hrcsearch.corpus.schema;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * The analyzer's character map ({@link TextFolding#analyzerCharMap}) applied one character at a time: soft hyphens
 * dropped, apostrophe and dash variants as {@code '} and {@code -}, offsets corrected for what is dropped, so the
 * highlighter still marks the printed word. It does what Lucene's {@code MappingCharFilter} does with that map
 * ({@code HrcAnalyzerTest} holds the two to the same tokens and offsets), without looking each character up in a
 * map of strings: every text goes through it twice (words and pairs), and the general filter took a twentieth of
 * an indexing run.
 */
final class FoldingCharFilter extends BaseCharFilter {

    /** Characters written out so far, where the next one goes in the output's offsets. */
    private int written;

    /** Characters dropped so far: the output's offsets from {@link #written} on are this many short of the input's. */
    private int dropped;

    FoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            int n = input.read(cbuf, off, len);
            if (n < 0) {
                return -1;
            }
            int out = off;
            for (int i = off; i < off + n; i++) {
                int c = TextFolding.analyzerForm(cbuf[i]);
                if (c == TextFolding.DROPPED) {
                    dropped++;
                    addOffCorrectMap(written + (out - off), dropped);
                } else {
                    cbuf[out++] = (char) c;
                }
            }
            int kept = out - off;
            written += kept;
            if (kept > 0) {
                return kept;
            }
        }
    }
}
