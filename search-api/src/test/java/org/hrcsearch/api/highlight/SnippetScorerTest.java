package org.hrcsearch.api.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {

    private static final List<BytesRef> TERMS = List.of(
            new BytesRef("human"), new BytesRef("rights"), new BytesRef("defenders"), new BytesRef("reprisals"));

    @Test
    void scoresEveryPassageExactlyAsLucenesOwnScorer() {
        PassageScorer lucene = new PassageScorer();
        SnippetScorer ours = new SnippetScorer();
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            Passage p = new Passage();
            int start = random.nextInt(100_000);
            p.setStartOffset(start);
            p.setEndOffset(start + 600 + random.nextInt(200)); // room for 12 matches
            int offset = start;
            int matches = random.nextInt(12);
            for (int m = 0; m < matches; m++) {
                offset += 1 + random.nextInt(40);
                BytesRef term = TERMS.get(random.nextInt(TERMS.size()));
                // a term has one frequency in the document, whichever match reports it
                p.addMatch(offset, offset + term.length, term, 1 + TERMS.indexOf(term) * 7);
                offset += term.length;
            }
            int contentLength = p.getEndOffset() + random.nextInt(500_000);
            assertThat(Float.floatToIntBits(ours.score(p, contentLength)))
                    .as("passage %s in %d characters", p, contentLength)
                    .isEqualTo(Float.floatToIntBits(lucene.score(p, contentLength)));
        }
    }
}
