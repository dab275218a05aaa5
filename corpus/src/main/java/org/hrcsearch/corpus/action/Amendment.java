package org.hrcsearch.corpus.action;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * An amendment to a proposal and its fate, e.g. {@code A/HRC/28/L.38} rejected by 14 votes to 23 with 10 abstentions,
 * or {@code A/HRC/43/L.45} withdrawn by its sponsor.
 *
 * @param symbol the amendment's own symbol; empty for an oral amendment
 * @param outcome what became of it; empty when the report does not say
 * @param vote the recorded vote on it, if one was taken
 */
public record Amendment(
        Optional<UnSymbol> symbol,
        List<Sponsor> sponsors,
        Optional<ActionOutcome> outcome,
        Optional<RecordedVote> vote) {
    public Amendment {
        Objects.requireNonNull(symbol, "symbol");
        sponsors = List.copyOf(sponsors);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(vote, "vote");
    }
}
