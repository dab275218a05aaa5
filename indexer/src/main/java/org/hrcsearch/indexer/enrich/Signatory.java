package org.hrcsearch.indexer.enrich;

import java.util.Objects;
import java.util.Optional;

/**
 * One organisation that signed a letter, as the letter gives it: its canonical name (or its printed name, cleaned,
 * when the alias table does not know it) and the country printed after it, e.g. {@code Centre for Law and Rights
 * (CLR)} of {@code Malawi} for the line "Centre for Law and Rights (CLR) – Malawi".
 */
public record Signatory(String name, Optional<String> country) {

    public Signatory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        if (name.isBlank() || !name.equals(name.strip())) {
            throw new IllegalArgumentException("a signatory's name must be non-blank and stripped, got '" + name + "'");
        }
    }

    public static Signatory of(String name) {
        return new Signatory(name, Optional.empty());
    }
}
