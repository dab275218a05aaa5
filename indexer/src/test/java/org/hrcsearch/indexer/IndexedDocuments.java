package org.hrcsearch.indexer;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexReader;
import org.hrcsearch.corpus.schema.DocumentTexts;
import org.hrcsearch.corpus.schema.HrcField;

/** What the tests read of an indexed document: its stored fields, and its text as one more field. */
public final class IndexedDocuments {
    private IndexedDocuments() {}

    /**
     * The stored fields of {@code doc} (a top-level id of {@code reader}), with its text (which the index keeps as doc
     * values, not stored) added as the field {@link HrcField#TEXT}.
     */
    public static Document withText(IndexReader reader, int doc) throws IOException {
        Document d = reader.storedFields().document(doc);
        String text = DocumentTexts.read(reader, doc, Integer.MAX_VALUE);
        if (text != null) {
            d.add(new StoredField(HrcField.TEXT.fieldName(), text));
        }
        return d;
    }
}
