package org.hrcsearch.corpus.vocab;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The editable vocabularies of the domain: the States ({@code states.tsv}), the organisation alias table
 * ({@code organisations.tsv}) and the concern taxonomy ({@code concerns.tsv}). The bundled files live in
 * {@code corpus/src/main/resources/org/hrcsearch/corpus/vocab/}; a folder given to {@link #load(Optional)} can
 * replace any of them with a file of the same name. A malformed line fails loudly with its file and line number.
 */
public record Vocabularies(StateNames states, OrganisationNames organisations, ConcernTaxonomy concerns) {

    public static final String STATES_FILE = "states.tsv";
    public static final String ORGANISATIONS_FILE = "organisations.tsv";
    public static final String CONCERNS_FILE = "concerns.tsv";

    public Vocabularies {
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(concerns, "concerns");
    }

    /** The vocabularies bundled with hrc-search. */
    public static Vocabularies bundled() {
        return load(Optional.empty());
    }

    /** The bundled vocabularies, each replaced by the file of the same name in {@code dir} when it has one. */
    public static Vocabularies load(Optional<Path> dir) {
        return new Vocabularies(
                new StateNames(TsvResource.load(STATES_FILE, dir)),
                new OrganisationNames(TsvResource.load(ORGANISATIONS_FILE, dir)),
                new ConcernTaxonomy(TsvResource.load(CONCERNS_FILE, dir)));
    }
}
