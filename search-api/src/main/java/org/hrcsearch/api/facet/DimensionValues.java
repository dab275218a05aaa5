package org.hrcsearch.api.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * The values that one facet field has per document of one segment, read from the facet doc values rather than
 * the stored fields, e.g. session {@code 37} for a letter. Documents must be asked for in increasing order.
 */
public final class DimensionValues {

    private static final DimensionValues NONE = new DimensionValues(null, 0, List.of());

    private final SortedSetDocValues docValues;
    private final long firstOrd;
    private final List<String> labels;

    private DimensionValues(SortedSetDocValues docValues, long firstOrd, List<String> labels) {
        this.docValues = docValues;
        this.firstOrd = firstOrd;
        this.labels = labels;
    }

    public static DimensionValues of(LeafReader leaf, FacetsConfig config, HrcField field) throws IOException {
        String indexField = config.getDimConfig(field.fieldName()).indexFieldName;
        SortedSetDocValues dv = DocValues.getSortedSet(leaf, indexField);
        BytesRef prefix = new BytesRef(field.fieldName() + FacetsConfig.DELIM_CHAR);
        TermsEnum terms = dv.termsEnum();
        if (terms.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return NONE;
        }
        // the dimension's values sort together, so their ordinals form one range
        long first = terms.ord();
        List<String> labels = new ArrayList<>();
        for (BytesRef term = terms.term(); term != null && StringHelper.startsWith(term, prefix); term = terms.next()) {
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            labels.add(path.length > 1 ? path[1] : "");
        }
        return labels.isEmpty() ? NONE : new DimensionValues(dv, first, labels);
    }

    /** The values of {@code doc}; empty when it has none. */
    public List<String> valuesOf(int doc) throws IOException {
        if (docValues == null || !docValues.advanceExact(doc)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        long end = firstOrd + labels.size();
        for (int i = 0; i < docValues.docValueCount(); i++) {
            long ord = docValues.nextOrd();
            if (ord >= end) {
                break; // ordinals come in increasing order
            }
            if (ord >= firstOrd) {
                out.add(labels.get((int) (ord - firstOrd)));
            }
        }
        return out;
    }
}
