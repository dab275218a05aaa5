package org.hrcsearch.indexer.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * A field of a Council action that {@code check-metadata --actions} compares, e.g. {@code tally}: its column in
 * {@code actions.csv}, how to read it off a {@link CouncilAction}, and what a cell may hold. Each has at most one
 * value, written as the action's JSON writes it: {@code A/HRC/14/L.1}, {@code adopted_by_vote}, {@code 32-3-9},
 * {@code A/HRC/RES/14/1}; an empty cell means the action has none.
 */
public enum ActionField {
    DRAFT("draft", a -> a.draft().map(UnSymbol::text)),
    OUTCOME("outcome", a -> Optional.of(a.outcome().key())),
    TALLY("tally", a -> a.tally().map(Tally::toString)),
    RESULTING("resulting", a -> a.resulting().map(UnSymbol::text));

    private final String column;
    private final Function<CouncilAction, Optional<String>> reader;

    ActionField(String column, Function<CouncilAction, Optional<String>> reader) {
        this.column = column;
        this.reader = reader;
    }

    public String column() {
        return column;
    }

    /** The action's value, as a cell of {@code actions.csv} would hold it. */
    public Optional<String> valueOf(CouncilAction action) {
        return reader.apply(action);
    }

    /** The value a non-empty cell holds, in the form {@link #valueOf} gives; or why it cannot be one. */
    public String parse(String cell) {
        return switch (this) {
            case DRAFT -> symbol(cell, DocumentType.DRAFT_RESOLUTION);
            case OUTCOME ->
                ActionOutcome.fromKey(cell)
                        .map(ActionOutcome::key)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "unknown outcome '" + cell + "'; use one of " + ActionOutcome.allowedKeys()));
            case TALLY -> tally(cell);
            case RESULTING -> {
                UnSymbol s = UnSymbol.parse(cell)
                        .orElseThrow(() -> new IllegalArgumentException("'" + cell + "' is no UN symbol"));
                if (!List.of(DocumentType.RESOLUTION, DocumentType.DECISION, DocumentType.PRESIDENT_STATEMENT)
                        .contains(s.type())) {
                    throw new IllegalArgumentException("a resulting text is a resolution, decision or President's "
                            + "statement, e.g. A/HRC/RES/43/21, not " + cell);
                }
                yield s.text();
            }
        };
    }

    private static String symbol(String cell, DocumentType type) {
        UnSymbol s = UnSymbol.parse(cell)
                .filter(u -> u.type() == type)
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + cell + "' is no draft's symbol (an L. document, e.g. A/HRC/43/L.31/Rev.1)"));
        return s.text();
    }

    private static String tally(String cell) {
        return Tally.parse(cell).toString(); // its message says how a tally is written
    }
}
