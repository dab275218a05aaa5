package org.hrcsearch.api.signatory;

import java.util.List;
import java.util.Optional;

/**
 * The other names of signatories and sponsors, e.g. {@code FIDH} for {@code International Federation for Human
 * Rights (FIDH)}: acronyms, translations, old names. Backed by the alias table of the corpus vocabulary; until
 * the server is given one, {@link #NONE} knows no aliases and names match only as indexed (ignoring case).
 */
public interface SignatoryAliases {

    /** The canonical name that {@code nameOrAlias} stands for, if the table knows it. */
    Optional<String> canonical(String nameOrAlias);

    /** The other names of a canonical name, in the table's order; empty when none are known. */
    List<String> aliases(String canonical);

    /** No alias table. */
    SignatoryAliases NONE = new SignatoryAliases() {
        @Override
        public Optional<String> canonical(String nameOrAlias) {
            return Optional.empty();
        }

        @Override
        public List<String> aliases(String canonical) {
            return List.of();
        }
    };
}
