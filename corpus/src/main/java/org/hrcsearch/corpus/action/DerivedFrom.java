package org.hrcsearch.corpus.action;

import java.util.Objects;
import java.util.Optional;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Where a document read out of a session report comes from: resolution {@code A/HRC/RES/14/1} is printed on pages
 * 4-5 of the report {@code A/HRC/14/37} (whose document id is {@code reportId}), and was adopted by a recorded vote
 * of 32-3-9. Such a document goes and comes with its report, in the same commit.
 *
 * @param outcome what the report says the Council did with the text's draft, when an action was read for it
 * @param tally the recorded vote, when there was one
 */
public record DerivedFrom(
        String reportId,
        UnSymbol report,
        int firstPage,
        int lastPage,
        Optional<ActionOutcome> outcome,
        Optional<Tally> tally) {
    public DerivedFrom {
        Objects.requireNonNull(reportId, "reportId");
        if (!reportId.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("a report's document id is 16 lowercase hex digits, got " + reportId);
        }
        Objects.requireNonNull(report, "report");
        if (firstPage < 1 || lastPage < firstPage) {
            throw new IllegalArgumentException(
                    "pages are counted from 1, the last not before the first: " + firstPage + "-" + lastPage);
        }
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(tally, "tally");
    }

    /** The pages as a reader cites them: {@code 4-5}, or {@code 4} for one page. */
    public String pages() {
        return firstPage == lastPage ? Integer.toString(firstPage) : firstPage + "-" + lastPage;
    }

    /** Reads what {@link #pages()} wrote. */
    public static int[] parsePages(String pages) {
        String[] p = pages.split("-", -1);
        int first = Integer.parseInt(p[0].strip());
        return new int[] {first, p.length > 1 ? Integer.parseInt(p[1].strip()) : first};
    }
}
