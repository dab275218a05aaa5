package org.hrcsearch.api.search;

import java.util.Locale;
import org.hrcsearch.api.index.IndexSnapshot;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.query.ValueResolver;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.vocab.Vocabularies;

/**
 * Resolves typed keyword values against the grammar of each field and the values present in the index: sessions
 * and types are parsed ({@code s35} is {@code S-35}), organisations and States go through the vocabularies the
 * indexer used ({@code FIDH} is {@code International Federation for Human Rights (FIDH)}, {@code Turkey} is
 * {@code Türkiye}), other names are matched without regard to case.
 */
public final class IndexValueResolver implements ValueResolver {

    /** The bundled vocabularies: immutable tables, loaded once. */
    private static final Vocabularies VOCABULARIES = Vocabularies.bundled();

    private final IndexSnapshot snapshot;
    private final Vocabularies vocabularies;

    public IndexValueResolver(IndexSnapshot snapshot) {
        this(snapshot, VOCABULARIES);
    }

    public IndexValueResolver(IndexSnapshot snapshot, Vocabularies vocabularies) {
        this.snapshot = snapshot;
        this.vocabularies = vocabularies;
    }

    @Override
    public String resolve(HrcField field, String typed) throws QuerySyntaxException {
        String value = typed.strip();
        return switch (field) {
            case SESSION ->
                Session.parse(value)
                        .map(Session::label)
                        .orElseThrow(() -> new QuerySyntaxException(
                                "session '" + typed
                                        + "' is not a session: use a number (37) or a special session (S-35)",
                                -1));
            case UPR_SESSION, YEAR -> {
                if (!value.matches("\\d{1,4}")) {
                    throw new QuerySyntaxException(field + " '" + typed + "' must be a number", -1);
                }
                yield Integer.toString(Integer.parseInt(value));
            }
            case TYPE ->
                DocumentType.fromKey(value)
                        .map(DocumentType::key)
                        .orElseThrow(() -> new QuerySyntaxException(
                                "unknown type '" + typed + "'; use one of " + DocumentType.allowedKeys(), -1));
            case LANGUAGE, CONCERN -> value.toLowerCase(Locale.ROOT);
            case SIGNATORY ->
                snapshot.indexedValue(field, vocabularies.organisations().canonical(value))
                        .orElse(value);
            case SPONSOR, STATE_UNDER_REVIEW, RECOMMENDING_STATE ->
                snapshot.indexedValue(
                                field, vocabularies.states().canonical(value).orElse(value))
                        .orElse(value);
            default -> snapshot.indexedValue(field, value).orElse(value);
        };
    }
}
