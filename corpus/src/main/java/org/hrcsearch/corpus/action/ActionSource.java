package org.hrcsearch.corpus.action;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Where an action is told: in a session report, e.g. {@code A/HRC/43/2}, pages 44, paragraphs 260-265; or in a
 * votes file ({@code *.votes.csv}, one row per State), e.g. on its lines 2-48. The document it is told in (the
 * report's or the votes file's) is the one that stores it.
 *
 * @param kind a report or a votes file
 * @param report the report's symbol; empty for a votes file
 * @param pages the report's pages, counted from 1, in order; none for a votes file
 * @param paragraphs the report's paragraph numbers, in order; none for a votes file
 * @param lines the first and the last line of the votes file (counted from 1, the header is line 1) that hold
 *     the action's rows; none for a report
 */
public record ActionSource(
        Kind kind, Optional<UnSymbol> report, List<Integer> pages, List<Integer> paragraphs, List<Integer> lines) {

    /** What kind of document tells the action; the {@link #key()} is its written form. */
    public enum Kind {
        /** A report of the Council on its session, which prints the action paragraph by paragraph. */
        REPORT("report"),
        /** A CSV of votes, one row per (symbol, State), as the UN Digital Library's voting exports are. */
        VOTES_FILE("votes_file");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Kind> fromKey(String text) {
            return Arrays.stream(values()).filter(k -> k.key.equals(text)).findFirst();
        }
    }

    public ActionSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(report, "report");
        pages = List.copyOf(pages);
        paragraphs = List.copyOf(paragraphs);
        lines = List.copyOf(lines);
        switch (kind) {
            case REPORT -> {
                if (report.isEmpty() || !lines.isEmpty()) {
                    throw new IllegalArgumentException("an action told in a report names the report, not lines");
                }
                if (pages.isEmpty()) {
                    throw new IllegalArgumentException("an action is told on at least one page of " + report.get());
                }
            }
            case VOTES_FILE -> {
                if (report.isPresent() || !pages.isEmpty() || !paragraphs.isEmpty()) {
                    throw new IllegalArgumentException("a votes file has lines, not a report's pages or paragraphs");
                }
                if (lines.isEmpty()) {
                    throw new IllegalArgumentException("an action of a votes file is on at least one of its lines");
                }
            }
        }
        if (pages.stream().anyMatch(p -> p < 1) || lines.stream().anyMatch(l -> l < 1)) {
            throw new IllegalArgumentException("pages and lines are counted from 1: " + pages + " " + lines);
        }
    }

    /** An action told in the report {@code report}. */
    public ActionSource(UnSymbol report, List<Integer> pages, List<Integer> paragraphs) {
        this(Kind.REPORT, Optional.of(Objects.requireNonNull(report, "report")), pages, paragraphs, List.of());
    }

    /** An action whose rows are on {@code lines} of a votes file. */
    public static ActionSource votesFile(List<Integer> lines) {
        return new ActionSource(Kind.VOTES_FILE, Optional.empty(), List.of(), List.of(), lines);
    }

    /** True when a session report tells the action. */
    public boolean isReport() {
        return kind == Kind.REPORT;
    }
}
