package org.hrcsearch.api.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** The unified highlighter, opened up to return {@link SnippetFormatter}'s objects (passages with offsets). */
final class PageHighlighter extends UnifiedHighlighter {

  PageHighlighter(Builder builder) {
    super(builder);
  }

  /** Per field, one entry per doc id (ascending ids), each a list of {@link SnippetFormatter.Formatted}. */
  Map<String, Object[]> passages(String[] fields, Query query, int[] sortedDocIds, int[] maxPassages)
      throws IOException {
    return highlightFieldsAsObjects(fields, query, sortedDocIds, maxPassages);
  }
}
