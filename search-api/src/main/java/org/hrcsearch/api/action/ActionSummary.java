package org.hrcsearch.api.action;

import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * What became of a proposal, in one line a reader takes in at a glance, e.g. {@code adopted as resolution 43/21 by
 * 23-16-8}, {@code adopted without a vote as decision 52/101}, {@code rejected by 14-23-10}, {@code withdrawn}.
 */
public final class ActionSummary {
    private ActionSummary() {}

    public static String of(CouncilAction a) {
        String tally = a.tally().map(t -> " by " + t).orElse("");
        String as = a.resulting()
                .map(r -> " as " + kindWord(r) + " " + shortNumber(r))
                .orElse("");
        return switch (a.outcome()) {
            case ADOPTED_BY_VOTE -> "adopted" + as + tally;
            case ADOPTED_WITHOUT_VOTE -> "adopted without a vote" + as;
            case REJECTED -> "rejected" + tally;
            case WITHDRAWN -> "withdrawn";
            case NO_ACTION -> "no action taken" + tally;
        };
    }

    private static String kindWord(UnSymbol s) {
        return s.type() == DocumentType.PRESIDENT_STATEMENT
                ? "President's statement"
                : s.type().key();
    }

    /** {@code 43/21} of {@code A/HRC/RES/43/21}: the number the Council gives its texts. */
    static String shortNumber(UnSymbol s) {
        String[] parts = s.text().split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : s.text();
    }
}
