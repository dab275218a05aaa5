package org.hrcsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * Wraps a collector manager so that collection stops at a deadline and the answer is flagged partial.
 *
 * <p>Lucene's own {@code IndexSearcher.setTimeout} cannot be used here: drill-sideways scoring refuses the
 * windowed bulk scorer that it installs. Stopping in the collector works for every query.
 */
final class DeadlineCollectorManager<C extends Collector, R>
    implements CollectorManager<DeadlineCollectorManager.Bounded<C>, R> {

  /** How many documents are collected between two looks at the clock. */
  private static final int CHECK_EVERY = 256;

  private final CollectorManager<C, R> delegate;
  private final Deadline deadline;
  private final AtomicBoolean expired = new AtomicBoolean();

  DeadlineCollectorManager(CollectorManager<C, R> delegate, Deadline deadline) {
    this.delegate = delegate;
    this.deadline = deadline;
  }

  /** True when the deadline stopped collection: totals and facets may be low. */
  boolean expired() {
    return expired.get();
  }

  private void checkDeadline() {
    if (expired.get() || deadline.passed()) {
      expired.set(true);
      throw new CollectionTerminatedException();
    }
  }

  @Override
  public Bounded<C> newCollector() throws IOException {
    return new Bounded<>(delegate.newCollector(), this);
  }

  @Override
  public R reduce(Collection<Bounded<C>> collectors) throws IOException {
    List<C> inner = new ArrayList<>(collectors.size());
    for (Bounded<C> b : collectors) {
      inner.add(b.inner);
    }
    return delegate.reduce(inner);
  }

  /** A collector that looks at the clock every {@link #CHECK_EVERY} documents. */
  static final class Bounded<C extends Collector> extends FilterCollector {
    private final C inner;
    private final DeadlineCollectorManager<C, ?> owner;

    Bounded(C inner, DeadlineCollectorManager<C, ?> owner) {
      super(inner);
      this.inner = inner;
      this.owner = owner;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      owner.checkDeadline();
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        private int count;

        @Override
        public void collect(int doc) throws IOException {
          if (++count % CHECK_EVERY == 0) {
            owner.checkDeadline();
          }
          super.collect(doc);
        }
      };
    }
  }
}
