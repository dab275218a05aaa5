package org.hrcsearch.corpus.action;

import java.util.List;

/**
 * What a report of the Council on its session records of the Council's work: one {@link CouncilAction} per proposal
 * and the {@link AdoptedText texts} its Part One lists, e.g. for {@code A/HRC/43/2} 57 actions and 57 adopted texts.
 * Every other document records none ({@link #NONE}).
 */
public record ActionRecords(List<CouncilAction> actions, List<AdoptedText> adoptedTexts) {
    public static final ActionRecords NONE = new ActionRecords(List.of(), List.of());

    public ActionRecords {
        actions = List.copyOf(actions);
        adoptedTexts = List.copyOf(adoptedTexts);
    }

    public boolean isEmpty() {
        return actions.isEmpty() && adoptedTexts.isEmpty();
    }
}
