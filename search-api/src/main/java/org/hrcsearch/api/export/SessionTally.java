package org.hrcsearch.api.export;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.hrcsearch.api.facet.DimensionValues;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.WordForms;

/**
 * Counts, per session, the matching documents and, when asked, the occurrences of the query in their text (each
 * phrase or word match once), e.g. session 37: 2 documents, 5 occurrences. Documents without a session count
 * under the empty label.
 */
final class SessionTally implements CollectorManager<SessionTally.PerSlice, Map<String, long[]>> {

    private final FacetsConfig config;
    private final Weight occurrences;

    /** {@code occurrences}: a weight of the text query to count matches with, or null to count documents only. */
    SessionTally(FacetsConfig config, Weight occurrences) {
        this.config = config;
        this.occurrences = occurrences;
    }

    @Override
    public PerSlice newCollector() {
        return new PerSlice();
    }

    /** Session label ("" for none) to {documents, occurrences}. */
    @Override
    public Map<String, long[]> reduce(Collection<PerSlice> collectors) {
        Map<String, long[]> total = new HashMap<>();
        for (PerSlice c : collectors) {
            c.counts.forEach((session, n) -> {
                long[] t = total.computeIfAbsent(session, s -> new long[2]);
                t[0] += n[0];
                t[1] += n[1];
            });
        }
        return total;
    }

    /** Counts of the segments one thread searched. */
    final class PerSlice implements Collector {
        private final Map<String, long[]> counts = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            DimensionValues sessions = DimensionValues.of(context.reader(), config, HrcField.SESSION);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    List<String> values = sessions.valuesOf(doc);
                    long[] n = counts.computeIfAbsent(values.isEmpty() ? "" : values.getFirst(), s -> new long[2]);
                    n[0]++;
                    if (occurrences != null) {
                        n[1] += occurrencesIn(context, doc);
                    }
                }
            };
        }

        private long occurrencesIn(LeafReaderContext context, int doc) throws IOException {
            Matches matches = occurrences.matches(context, doc);
            if (matches == null) {
                return 0;
            }
            MatchesIterator it = matches.getMatches(HrcField.TEXT.fieldName());
            long n = 0;
            Set<Integer> printed = new HashSet<>();
            while (it != null && it.next()) {
                n++;
                printed.add(it.startPosition());
            }
            // a word found by its stem only (семья for семьи) counts too; a word found both ways, once
            for (String field : matches) {
                if (WordForms.languageOf(field).isPresent()) {
                    MatchesIterator forms = matches.getMatches(field);
                    while (forms != null && forms.next()) {
                        if (!printed.contains(forms.startPosition())) {
                            n++;
                        }
                    }
                }
            }
            return n;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
