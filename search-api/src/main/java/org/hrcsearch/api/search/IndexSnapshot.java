package org.hrcsearch.api.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * What the server derives once per index commit rather than per request: the facet ordinals state for
 * drill-sideways counting, and every facet value by its lower-case form, so that {@code signatory:civicus} finds
 * {@code CIVICUS}.
 */
final class IndexSnapshot {

  private final IndexReader reader;
  private final SortedSetDocValuesReaderState facetState;
  private final Map<HrcField, Map<String, String>> valuesByLowerCase;

  private IndexSnapshot(
      IndexReader reader, SortedSetDocValuesReaderState facetState, Map<HrcField, Map<String, String>> values) {
    this.reader = reader;
    this.facetState = facetState;
    this.valuesByLowerCase = values;
  }

  static IndexSnapshot of(IndexReader reader, FacetsConfig config) throws IOException {
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException e) {
      return new IndexSnapshot(reader, null, Map.of()); // an empty index has no facet field yet
    }
    Map<HrcField, Map<String, String>> values = new HashMap<>();
    SortedSetDocValues dv = state.getDocValues();
    for (long ord = 0; ord < dv.getValueCount(); ord++) {
      BytesRef term = dv.lookupOrd(ord);
      String[] path = FacetsConfig.stringToPath(term.utf8ToString());
      if (path.length != 2) {
        continue;
      }
      HrcField.fromParam(path[0]).ifPresent(field -> values
          .computeIfAbsent(field, f -> new HashMap<>())
          .putIfAbsent(path[1].toLowerCase(Locale.ROOT), path[1]));
    }
    return new IndexSnapshot(reader, state, values);
  }

  IndexReader reader() {
    return reader;
  }

  /** Null when the index has no facet values at all (it is empty). */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  boolean hasDimension(HrcField field) {
    return valuesByLowerCase.containsKey(field);
  }

  /** The value as indexed, found case-insensitively. */
  Optional<String> indexedValue(HrcField field, String typed) {
    return Optional.ofNullable(valuesByLowerCase.getOrDefault(field, Map.of()).get(typed.toLowerCase(Locale.ROOT)));
  }
}
