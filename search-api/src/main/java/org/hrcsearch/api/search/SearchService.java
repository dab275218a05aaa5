package org.hrcsearch.api.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.query.QueryParser;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.query.QueryTranslator;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;

/**
 * Searches the index: parses the query, filters by facets with drill-sideways counts (selecting session 43 still
 * counts the other sessions), and returns a page of hits with snippets that say on which page they stand.
 */
public final class SearchService implements Closeable {

  /** Stored fields a hit needs; never the full text. */
  private static final Set<String> HIT_FIELDS = Set.of(
      HrcField.ID.fieldName(), HrcField.SYMBOL.fieldName(), HrcField.TITLE.fieldName(), HrcField.TYPE.fieldName(),
      HrcField.SESSION.fieldName(), HrcField.DATE.fieldName(), HrcField.SIGNATORY.fieldName(),
      HrcField.CONCERN.fieldName(), HrcField.PAGE_STARTS.fieldName());

  private static final int SNIPPETS_PER_HIT = 3;
  private static final int TOP_FACET_VALUES = 20;
  /** Totals are exact: the facet counts visit every match anyway. */
  private static final int TOTAL_HITS_THRESHOLD = Integer.MAX_VALUE;

  private final HrcSchema schema;
  private final SearcherManager manager;
  private final QueryParser parser;
  private final QueryLimits limits;
  private final Duration timeLimit;
  private volatile IndexSnapshot snapshot;

  public SearchService(HrcSchema schema, SearcherManager manager, QueryLimits limits, Duration timeLimit) {
    this.schema = schema;
    this.manager = manager;
    this.limits = limits;
    this.parser = new QueryParser(limits);
    this.timeLimit = timeLimit;
  }

  /** Opens the index in {@code indexDir}, which must hold at least one commit. */
  public static SearchService open(HrcSchema schema, Path indexDir) throws IOException {
    FSDirectory dir = FSDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new IOException("no index in " + indexDir + ": run ./hrc index <folder> --index " + indexDir + " first");
    }
    SearcherManager manager = new SearcherManager(dir, null);
    return new SearchService(schema, manager, QueryLimits.DEFAULT, Duration.ofSeconds(5));
  }

  /** Sees the latest commit, if there is a new one. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  public SearchResponse search(SearchRequest request) throws QuerySyntaxException, IOException {
    IndexSearcher shared = manager.acquire();
    try {
      IndexSnapshot snap = snapshotFor(shared.getIndexReader());
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      Query query = parse(request.query(), snap);
      DrillDownQuery drill = new DrillDownQuery(schema.facetsConfig(), query);
      IndexValueResolver resolver = new IndexValueResolver(snap);
      for (Map.Entry<HrcField, List<String>> f : request.filters().entrySet()) {
        for (String v : f.getValue()) {
          drill.add(f.getKey().fieldName(), resolver.resolve(f.getKey(), v));
        }
      }
      int topN = request.page() * request.size();
      CollectorManager<?, ? extends TopDocs> hitsManager = request.sort() == SearchRequest.SortOrder.RELEVANCE
          ? new TopScoreDocCollectorManager(topN, null, TOTAL_HITS_THRESHOLD)
          : new TopFieldCollectorManager(sort(request.sort()), topN, null, TOTAL_HITS_THRESHOLD);
      DeadlineCollectorManager<?, ? extends TopDocs> bounded = bounded(hitsManager);
      TopDocs top;
      Facets facets = null;
      if (snap.facetState() != null) {
        DrillSideways ds = new DrillSideways(searcher, schema.facetsConfig(), snap.facetState());
        DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> r = ds.search(drill, bounded);
        top = r.collectorResult;
        facets = r.facets;
      } else {
        top = searcher.search(drill, bounded);
      }
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
          Math.min(top.scoreDocs.length, (request.page() - 1) * request.size()), top.scoreDocs.length);
      List<SearchResponse.Hit> hits = hits(searcher, query, page);
      return new SearchResponse(total(top.totalHits), hits, facetCounts(facets, snap), null, bounded.expired());
    } finally {
      manager.release(shared);
    }
  }

  /** Parses and translates a query as {@link #search} does; blank means every document. */
  Query parse(String text, IndexSnapshot snap) throws QuerySyntaxException {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    QueryTranslator translator = new QueryTranslator(schema.analyzer(), new IndexValueResolver(snap), limits);
    return translator.toLucene(parser.parse(text));
  }

  private <C extends org.apache.lucene.search.Collector, R extends TopDocs> DeadlineCollectorManager<C, R> bounded(
      CollectorManager<C, R> manager) {
    return new DeadlineCollectorManager<>(manager, timeLimit.toMillis());
  }

  private static Sort sort(SearchRequest.SortOrder order) {
    boolean reverse = order == SearchRequest.SortOrder.DATE_DESCENDING;
    return new Sort(
        new SortedNumericSortField(DocumentMapper.DATE_DAY_FIELD, SortField.Type.LONG, reverse),
        SortField.FIELD_SCORE);
  }

  private static long total(TotalHits totalHits) {
    return totalHits.value();
  }

  private List<SearchResponse.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    PageHighlighter highlighter = new PageHighlighter(UnifiedHighlighter.builder(searcher, schema.analyzer())
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withFormatter(new SnippetFormatter())
        .withMaxNoHighlightPassages(1));
    int[] order = sortedIndexes(docIds);
    int[] sortedDocIds = Arrays.stream(order).map(i -> docIds[i]).toArray();
    Map<String, Object[]> highlights = highlighter.passages(
        new String[] {HrcField.TEXT.fieldName()}, query, sortedDocIds, new int[] {SNIPPETS_PER_HIT});
    Object[] passages = highlights.get(HrcField.TEXT.fieldName());
    Object[] byHit = new Object[page.length];
    for (int k = 0; k < order.length; k++) {
      byHit[order[k]] = passages[k];
    }
    StoredFields stored = searcher.storedFields();
    List<SearchResponse.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc, HIT_FIELDS);
      int[] pageStarts = DocumentMapper.pageStarts(doc);
      List<SearchResponse.Snippet> snippets = new ArrayList<>();
      if (byHit[i] instanceof List<?> formatted) {
        for (Object o : formatted) {
          SnippetFormatter.Formatted f = (SnippetFormatter.Formatted) o;
          snippets.add(new SearchResponse.Snippet(f.html(), DocumentMapper.pageAt(pageStarts, f.startOffset())));
        }
      }
      String id = doc.get(HrcField.ID.fieldName());
      hits.add(new SearchResponse.Hit(
          id,
          doc.get(HrcField.SYMBOL.fieldName()),
          doc.get(HrcField.TITLE.fieldName()),
          doc.get(HrcField.TYPE.fieldName()),
          doc.get(HrcField.SESSION.fieldName()),
          doc.get(HrcField.DATE.fieldName()),
          List.of(doc.getValues(HrcField.SIGNATORY.fieldName())),
          List.of(doc.getValues(HrcField.CONCERN.fieldName())),
          "/api/documents/" + id + "/file",
          pageStarts.length,
          Float.isNaN(page[i].score) ? 0f : page[i].score,
          snippets));
    }
    return hits;
  }

  /** The highlighter wants doc ids in ascending order; these are the positions that sort them. */
  private static int[] sortedIndexes(int[] docIds) {
    Integer[] idx = new Integer[docIds.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.comparingInt(i -> docIds[i]));
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }

  private Map<String, List<SearchResponse.FacetValue>> facetCounts(Facets facets, IndexSnapshot snap)
      throws IOException {
    Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
    for (HrcField field : HrcField.facets()) {
      List<SearchResponse.FacetValue> values = new ArrayList<>();
      if (facets != null && snap.hasDimension(field)) {
        boolean all = field == HrcField.SESSION || field == HrcField.YEAR || field == HrcField.UPR_SESSION
            || field == HrcField.TYPE;
        FacetResult r = all
            ? facets.getAllChildren(field.fieldName())
            : facets.getTopChildren(TOP_FACET_VALUES, field.fieldName());
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            if (lv.value.longValue() > 0) {
              values.add(new SearchResponse.FacetValue(lv.label, label(field, lv.label), lv.value.longValue()));
            }
          }
        }
      }
      values.sort(order(field));
      out.put(field.fieldName(), values);
    }
    return out;
  }

  private static Comparator<SearchResponse.FacetValue> order(HrcField field) {
    return switch (field) {
      case SESSION -> Comparator.comparingInt(
          (SearchResponse.FacetValue v) -> Session.parse(v.value()).map(Session::sortKey).orElse(9999));
      case YEAR, UPR_SESSION -> Comparator.comparingInt((SearchResponse.FacetValue v) -> Integer.parseInt(v.value()));
      default -> Comparator.comparingLong(SearchResponse.FacetValue::count).reversed()
          .thenComparing(SearchResponse.FacetValue::value);
    };
  }

  private static String label(HrcField field, String value) {
    return switch (field) {
      case TYPE -> DocumentType.fromKey(value).map(DocumentType::label).orElse(value);
      case SESSION -> Session.parse(value)
          .map(s -> s.special() ? "Special session " + s.number() : "Session " + s.number())
          .orElse(value);
      default -> value;
    };
  }

  private IndexSnapshot snapshotFor(IndexReader reader) throws IOException {
    IndexSnapshot s = snapshot;
    if (s != null && s.reader() == reader) {
      return s;
    }
    synchronized (this) {
      if (snapshot == null || snapshot.reader() != reader) {
        snapshot = IndexSnapshot.of(reader, schema.facetsConfig());
      }
      return snapshot;
    }
  }

  /** Whether the index can be read, how many documents it holds and when its last commit landed. */
  public record IndexStatus(boolean readable, int documents, String lastCommit, Map<String, String> commitData) {}

  public IndexStatus status() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
      IndexCommit commit = reader.getIndexCommit();
      Map<String, String> data = commit.getUserData().entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
      return new IndexStatus(true, reader.numDocs(), data.getOrDefault("hrc.committed.at", ""), data);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }
}
