package org.hrcsearch.indexer.check;

/**
 * What {@code check-metadata --actions} asks of the extractor: the least precision and recall of each
 * {@link ActionField}, and of the State positions over (action, State, position).
 */
public record ActionTargets(double fields, double positions) {

    /** Issue 14's: every action's draft, outcome, tally and resulting text right; positions at least 0.99. */
    public static final ActionTargets ISSUE_14 = new ActionTargets(1.0, 0.99);

    public ActionTargets {
        if (!(fields >= 0 && fields <= 1) || !(positions >= 0 && positions <= 1)) {
            throw new IllegalArgumentException(
                    "a target is a share between 0 and 1, got " + fields + " and " + positions);
        }
    }
}
