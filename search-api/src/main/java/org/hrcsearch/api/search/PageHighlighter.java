package org.hrcsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The unified highlighter, opened up to return {@link SnippetFormatter}'s objects (passages with offsets), over
 * texts its caller has read already: a hit's stored document is decompressed once, for its metadata and its text
 * together, instead of once by the highlighter and once more for the hit. One instance serves one request.
 */
final class PageHighlighter extends UnifiedHighlighter {

  private final FieldInfos fieldInfos;
  private String[] texts = new String[0];
  private int nextText;
  private int maxLength;

  /** {@code fieldInfos}: the commit's merged field infos, derived once rather than by every highlighter. */
  PageHighlighter(Builder builder, FieldInfos fieldInfos) {
    super(builder);
    this.fieldInfos = fieldInfos;
  }

  /**
   * Per doc id (ascending ids), a list of {@link SnippetFormatter.Formatted}, or null: the passages of
   * {@code field} in the first {@code maxLength} characters of each text, {@code texts[i]} being the text of
   * {@code sortedDocIds[i]} (null when it has none).
   */
  Object[] passages(String field, Query query, int[] sortedDocIds, String[] texts, int maxPassages, int maxLength)
      throws IOException {
    if (texts.length != sortedDocIds.length) {
      throw new IllegalArgumentException(texts.length + " texts for " + sortedDocIds.length + " documents");
    }
    this.texts = texts;
    this.nextText = 0;
    this.maxLength = maxLength;
    try {
      return highlightFieldsAsObjects(new String[] {field}, query, sortedDocIds, new int[] {maxPassages}).get(field);
    } finally {
      this.texts = new String[0];
    }
  }

  /** The texts given to {@link #passages}, cut as Lucene's own loader cuts them, instead of the stored ones. */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = new ArrayList<>(texts.length);
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      String text = texts[nextText++];
      values.add(new CharSequence[] {text == null ? null : text.substring(0, Math.min(maxLength, text.length()))});
    }
    return values;
  }

  @Override
  protected FieldInfo getFieldInfo(String field) {
    return fieldInfos.fieldInfo(field);
  }
}
