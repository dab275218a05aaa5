package org.hrcsearch.corpus.action;

import java.util.Objects;
import java.util.Optional;

/**
 * One sponsor of a proposal as the report names it: a State ({@code China}), or a group the State spoke for, kept as
 * one sponsor named as printed and linked to that State, e.g. {@code Burkina Faso, on behalf of the Group of African
 * States} is printed {@code Burkina Faso, on behalf of the Group of African States}, State {@code Burkina Faso},
 * group {@code Group of African States}.
 *
 * @param printed the words of the report, footnote marks dropped
 * @param state the canonical name ({@code states.tsv}) of the State that sponsors or speaks for the group; empty
 *     when the name is not a State's (an observer, an organisation)
 * @param group the group the State spoke for, as printed without a leading "the"; empty for a State on its own
 */
public record Sponsor(String printed, Optional<String> state, Optional<String> group) {
    public Sponsor {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(group, "group");
        if (printed == null || printed.isBlank()) {
            throw new IllegalArgumentException("a sponsor needs a name");
        }
    }

    /** A State on its own, by its canonical name. */
    public static Sponsor state(String canonicalName) {
        return new Sponsor(canonicalName, Optional.of(canonicalName), Optional.empty());
    }
}
