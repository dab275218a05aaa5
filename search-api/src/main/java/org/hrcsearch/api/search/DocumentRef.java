package org.hrcsearch.api.search;

import java.util.Set;
import org.apache.lucene.document.Document;
import org.hrcsearch.corpus.schema.HrcField;

/** A document as a list of links shows it: which one, what it is, when, e.g. a letter citing a draft. */
public record DocumentRef(String id, String symbol, String title, String type, String session, String date) {

    /** The stored fields {@link #of} reads. */
    public static final Set<String> FIELDS = Set.of(
            HrcField.ID.fieldName(),
            HrcField.SYMBOL.fieldName(),
            HrcField.TITLE.fieldName(),
            HrcField.TYPE.fieldName(),
            HrcField.SESSION.fieldName(),
            HrcField.DATE.fieldName());

    public static DocumentRef of(Document d) {
        return new DocumentRef(
                d.get(HrcField.ID.fieldName()),
                d.get(HrcField.SYMBOL.fieldName()),
                d.get(HrcField.TITLE.fieldName()),
                d.get(HrcField.TYPE.fieldName()),
                d.get(HrcField.SESSION.fieldName()),
                d.get(HrcField.DATE.fieldName()));
    }
}
