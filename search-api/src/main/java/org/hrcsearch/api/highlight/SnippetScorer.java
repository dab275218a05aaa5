package org.hrcsearch.api.highlight;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 over the distinct terms a passage matches, by its position in the text), with the
 * same sums in the same order, without a hash table per passage: Lucene's allocates 32 KB for each of the hundreds
 * of passages a long document offers, a third of all the memory a search allocated, for the two or three distinct
 * terms a passage holds.
 */
public final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // the distinct terms in the order they first appear, as Lucene numbers them
        BytesRef[] distinct = new BytesRef[matches];
        int[] freqInPassage = new int[matches];
        int[] freqInDoc = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int id = 0;
            while (id < count && !distinct[id].bytesEquals(terms[i])) {
                id++;
            }
            if (id == count) {
                distinct[count] = terms[i];
                freqInDoc[count] = freqsInDoc[i];
                count++;
            }
            freqInPassage[id]++;
        }
        double score = 0;
        for (int id = 0; id < count; id++) {
            score += tf(freqInPassage[id], passage.getLength()) * weight(contentLength, freqInDoc[id]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
