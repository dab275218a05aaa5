package org.hrcsearch.corpus.model;

import java.util.Objects;

/** One page of a document's text, numbered from 1 as printed by a PDF viewer (not the page label). */
public record Page(int number, String text) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + number);
        }
        Objects.requireNonNull(text, "text");
    }
}
