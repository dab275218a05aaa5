package org.hrcsearch.corpus.action;

import java.util.List;
import java.util.Objects;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Where in a session report an action is told, e.g. {@code A/HRC/43/2}, pages 44, paragraphs 260-265.
 *
 * @param pages the report's pages, counted from 1, in order
 * @param paragraphs the report's paragraph numbers, in order
 */
public record ActionSource(UnSymbol report, List<Integer> pages, List<Integer> paragraphs) {
    public ActionSource {
        Objects.requireNonNull(report, "report");
        pages = List.copyOf(pages);
        paragraphs = List.copyOf(paragraphs);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("an action is told on at least one page of " + report);
        }
        if (pages.stream().anyMatch(p -> p < 1)) {
            throw new IllegalArgumentException("pages are counted from 1: " + pages);
        }
    }
}
