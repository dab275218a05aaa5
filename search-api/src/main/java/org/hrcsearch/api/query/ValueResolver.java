package org.hrcsearch.api.query;

import org.hrcsearch.corpus.schema.HrcField;

/**
 * Turns a value typed for a keyword field into the canonical value the index holds, e.g. {@code s35} for
 * {@code session} into {@code S-35}, or {@code fidh} for {@code signatory} into
 * {@code International Federation for Human Rights (FIDH)}.
 */
@FunctionalInterface
public interface ValueResolver {

    /**
     * The canonical value, or the typed value itself when nothing better is known (it then simply finds nothing).
     *
     * @throws QuerySyntaxException when the value can never be right for the field (a session that is not a
     *     number), with a message that says what is allowed
     */
    String resolve(HrcField field, String typed) throws QuerySyntaxException;
}
