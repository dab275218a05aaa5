package org.hrcsearch.indexer.enrich;

import java.util.List;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.action.CouncilAction;

/**
 * What a session report says the Council did: one action per proposal, the texts Part One lists, and what could not
 * be read or does not add up, e.g. {@code A/HRC/14/37 p. 55, paragraph 50: the vote on 'draft resolution
 * A/HRC/14/L.1' lists 32-3-8 but prints 32-3-9}.
 */
public record ReportActions(List<CouncilAction> actions, List<AdoptedText> adoptedTexts, List<String> warnings) {
    public ReportActions {
        actions = List.copyOf(actions);
        adoptedTexts = List.copyOf(adoptedTexts);
        warnings = List.copyOf(warnings);
    }
}
