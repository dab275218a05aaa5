package org.hrcsearch.api.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query that stops matching at a deadline: past it, its documents end, for every collector at once (the hits,
 * and the facet counts of drill-sideways, which a collector that stops only itself leaves running), and
 * {@link #expired()} says that what was found is partial. The clock is read every {@link #CHECK_EVERY} candidate
 * documents, before the expensive check of a phrase's positions. Equal only to itself, and never cached: a cut
 * answer must not serve another search.
 *
 * <p>Lucene's own {@code IndexSearcher.setTimeout} cannot be used here: drill-sideways scoring refuses the windowed
 * bulk scorer that it installs. Ending the documents works under every scorer.
 */
public final class DeadlineQuery extends Query {

    /** How many candidate documents are visited between two looks at the clock. */
    static final int CHECK_EVERY = 256;

    private final Query in;
    private final Deadline deadline;
    private final AtomicBoolean expired;

    public DeadlineQuery(Query in, Deadline deadline) {
        this(in, deadline, new AtomicBoolean());
    }

    public DeadlineQuery(Query in, Deadline deadline, AtomicBoolean expired) {
        this.in = in;
        this.deadline = deadline;
        this.expired = expired;
    }

    /** True when the deadline stopped matching: totals, facet counts and hits may be low. */
    public boolean expired() {
        return expired.get();
    }

    private boolean stopNow() {
        if (expired.get() || deadline.passed()) {
            expired.set(true);
            return true;
        }
        return false;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new DeadlineQuery(rewritten, deadline, expired);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new FilterWeight(this, searcher.createWeight(in, scoreMode, boost)) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier == null || stopNow()) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new Stopping(supplier.get(leadCost));
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "deadline(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The wrapped scorer, whose documents (or, for a phrase, candidate documents) end at the deadline. */
    private final class Stopping extends Scorer {
        private final Scorer scorer;
        private final DocIdSetIterator iterator;
        private final TwoPhaseIterator twoPhase;

        Stopping(Scorer scorer) {
            this.scorer = scorer;
            TwoPhaseIterator inner = scorer.twoPhaseIterator();
            if (inner == null) {
                twoPhase = null;
                iterator = new Until(scorer.iterator());
            } else {
                twoPhase = new TwoPhaseIterator(new Until(inner.approximation())) {
                    @Override
                    public boolean matches() throws IOException {
                        return inner.matches();
                    }

                    @Override
                    public float matchCost() {
                        return inner.matchCost();
                    }
                };
                iterator = TwoPhaseIterator.asDocIdSetIterator(twoPhase);
            }
        }

        @Override
        public int docID() {
            return iterator.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public float score() throws IOException {
            return scorer.score();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return scorer.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return scorer.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            scorer.setMinCompetitiveScore(minScore);
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(scorer, "MUST"));
        }
    }

    /** An iterator that ends at the deadline, looking at the clock every {@link #CHECK_EVERY} documents. */
    private final class Until extends DocIdSetIterator {
        private final DocIdSetIterator in;
        private int doc = -1;
        private int sinceCheck;

        Until(DocIdSetIterator in) {
            this.in = in;
        }

        private boolean stop() {
            if (++sinceCheck < CHECK_EVERY) {
                return false;
            }
            sinceCheck = 0;
            return stopNow();
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() throws IOException {
            return doc = stop() ? NO_MORE_DOCS : in.nextDoc();
        }

        @Override
        public int advance(int target) throws IOException {
            return doc = stop() ? NO_MORE_DOCS : in.advance(target);
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }
}
