package org.hrcsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;

/**
 * Turns a page of Lucene hits into {@link SearchResponse.Hit}s: their stored metadata, and snippets from anywhere
 * in the text with the page on which each stands.
 */
final class HitReader {

  /** Stored fields a hit needs; never the full text. */
  private static final Set<String> HIT_FIELDS = Set.of(
      HrcField.ID.fieldName(), HrcField.SYMBOL.fieldName(), HrcField.TITLE.fieldName(), HrcField.TYPE.fieldName(),
      HrcField.SESSION.fieldName(), HrcField.DATE.fieldName(), HrcField.SIGNATORY.fieldName(),
      HrcField.CONCERN.fieldName(), HrcField.PAGE_STARTS.fieldName());

  private static final int SNIPPETS_PER_HIT = 3;
  /** How much of each text the first highlighting pass reads (about 10 pages). */
  static final int FIRST_PASS_CHARS = 30_000;

  private final HrcSchema schema;

  HitReader(HrcSchema schema) {
    this.schema = schema;
  }

  /** How many hits are highlighted between two looks at the clock. */
  private static final int HIGHLIGHT_BATCH = 10;

  /**
   * A page of hits, and whether the deadline passed before every hit had its snippets ({@code cut}): those that
   * come after have none.
   */
  record Page(List<SearchResponse.Hit> hits, boolean cut) {}

  /**
   * The hits, in the order given; {@code scores} false when the order was not by score. Highlighting stops at the
   * deadline: a query whose snippets are costly (a wildcard expanded to hundreds of words, a page of 100 long
   * reports) answers in time, with snippets for the hits highlighted so far.
   */
  Page read(IndexSearcher searcher, Query text, ScoreDoc[] page, boolean scores, Deadline deadline)
      throws IOException {
    if (page.length == 0) {
      return new Page(List.of(), false);
    }
    boolean[] cut = new boolean[1];
    Object[] snippetsByHit = snippets(searcher, text, page, deadline, cut);
    StoredFields stored = searcher.storedFields();
    List<SearchResponse.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc, HIT_FIELDS);
      int[] pageStarts = DocumentMapper.pageStarts(doc);
      List<SearchResponse.Snippet> snippets = new ArrayList<>();
      if (snippetsByHit[i] instanceof List<?> formatted) {
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
          fileUrl(id),
          pageStarts.length,
          scores ? score(page[i]) : 0f,
          snippets));
    }
    return new Page(hits, cut[0]);
  }

  /** Where the API serves a document's original file. */
  static String fileUrl(String id) {
    return "/api/documents/" + id + "/file";
  }

  private static float score(ScoreDoc sd) {
    float s = sd instanceof FieldDoc fd && fd.fields != null && fd.fields.length > 0
        && fd.fields[0] instanceof Float f ? f : sd.score;
    return Float.isNaN(s) ? 0f : s;
  }

  /**
   * Per hit (in the order given), a list of {@link SnippetFormatter.Formatted}, or null. The highlighter first
   * reads the opening {@link #FIRST_PASS_CHARS} characters of each text, where most documents match, and reads
   * the whole text only of the hits that matched nowhere in it: a 200-page report that says "human rights" on
   * every page costs no more than a letter, and a phrase on page 150 still gets its snippet.
   */
  private Object[] snippets(IndexSearcher searcher, Query text, ScoreDoc[] page, Deadline deadline, boolean[] cut)
      throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    Object[] byHit = new Object[docIds.length];
    List<Integer> unmatched = new ArrayList<>();
    for (int from = 0; from < docIds.length; from += HIGHLIGHT_BATCH) {
      if (deadline.passed()) {
        cut[0] = true;
        return byHit;
      }
      int to = Math.min(docIds.length, from + HIGHLIGHT_BATCH);
      Object[] batch = highlight(searcher, text, Arrays.copyOfRange(docIds, from, to), FIRST_PASS_CHARS);
      System.arraycopy(batch, 0, byHit, from, batch.length);
      for (int i = from; i < to; i++) {
        if (!(text instanceof MatchAllDocsQuery) && !hasMatch(byHit[i])) {
          unmatched.add(i);
        }
      }
    }
    for (int from = 0; from < unmatched.size(); from += HIGHLIGHT_BATCH) {
      if (deadline.passed()) {
        cut[0] = true;
        return byHit;
      }
      List<Integer> batch = unmatched.subList(from, Math.min(unmatched.size(), from + HIGHLIGHT_BATCH));
      Object[] whole = highlight(searcher, text, batch.stream().mapToInt(i -> docIds[i]).toArray(),
          Integer.MAX_VALUE - 1);
      for (int k = 0; k < batch.size(); k++) {
        byHit[batch.get(k)] = whole[k];
      }
    }
    return byHit;
  }

  private static boolean hasMatch(Object passages) {
    return passages instanceof List<?> list
        && list.stream().anyMatch(p -> ((SnippetFormatter.Formatted) p).matches() > 0);
  }

  /** Passages of the first {@code maxLength} characters of each document, in the order of {@code docIds}. */
  private Object[] highlight(IndexSearcher searcher, Query text, int[] docIds, int maxLength) throws IOException {
    PageHighlighter highlighter = new PageHighlighter(UnifiedHighlighter.builder(searcher, schema.analyzer())
        .withMaxLength(maxLength)
        .withFormatter(new SnippetFormatter())
        .withBreakIterator(SnippetBreaks::new)
        .withMaxNoHighlightPassages(1));
    // the highlighter wants doc ids in ascending order: highlight in that order, then put back in hit order
    Integer[] order = new Integer[docIds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> docIds[i]));
    int[] sortedDocIds = Arrays.stream(order).mapToInt(i -> docIds[i]).toArray();
    Map<String, Object[]> highlights = highlighter.passages(
        new String[] {HrcField.TEXT.fieldName()}, text, sortedDocIds, new int[] {SNIPPETS_PER_HIT});
    Object[] passages = highlights.get(HrcField.TEXT.fieldName());
    Object[] byDoc = new Object[docIds.length];
    for (int k = 0; k < order.length; k++) {
      byDoc[order[k]] = passages[k];
    }
    return byDoc;
  }
}
