package org.hrcsearch.api.signatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcsearch.corpus.vocab.StateNames;
import org.hrcsearch.corpus.vocab.Vocabularies;

/**
 * The {@link SignatoryAliases} of the corpus vocabularies the indexer used: organisations from
 * {@code organisations.tsv} ({@code FIDH} for {@code International Federation for Human Rights (FIDH)}) and
 * States from {@code states.tsv} ({@code People's Republic of China} for {@code China}).
 */
public final class VocabularyAliases implements SignatoryAliases {

    private final Vocabularies vocabularies;
    private final Map<String, List<String>> organisationAliases = new HashMap<>();

    public VocabularyAliases(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        vocabularies.organisations().printedNames().forEach((printed, canonical) -> {
            if (!printed.equals(canonical)) {
                organisationAliases
                        .computeIfAbsent(canonical, c -> new ArrayList<>())
                        .add(printed);
            }
        });
        organisationAliases.values().forEach(list -> list.sort(String.CASE_INSENSITIVE_ORDER));
    }

    @Override
    public Optional<String> canonical(String nameOrAlias) {
        return vocabularies
                .organisations()
                .find(nameOrAlias)
                .or(() -> vocabularies.states().canonical(nameOrAlias));
    }

    @Override
    public List<String> aliases(String canonical) {
        List<String> organisation = organisationAliases.get(canonical);
        if (organisation != null) {
            return List.copyOf(organisation);
        }
        return vocabularies
                .states()
                .find(canonical)
                .filter(s -> s.name().equals(canonical))
                .map(StateNames.State::aliases)
                .orElse(List.of());
    }
}
