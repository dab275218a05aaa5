package org.hrcsearch.corpus.action;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * One text a session adopted, as Part One of its report lists it, e.g. {@code A/HRC/RES/43/21} "Promoting mutually
 * beneficial cooperation in the field of human rights", adopted on 22 June 2020.
 *
 * @param symbol a resolution's, decision's or President's statement's symbol
 * @param date the date of adoption; empty when the list does not print it
 * @param report the session report that lists it
 * @param printed where the report prints the text itself (older reports do, e.g. {@code A/HRC/14/37}); empty when it
 *     only lists it
 */
public record AdoptedText(
        UnSymbol symbol, String title, Optional<LocalDate> date, UnSymbol report, Optional<TextSpan> printed) {
    private static final EnumSet<DocumentType> ADOPTED =
            EnumSet.of(DocumentType.RESOLUTION, DocumentType.DECISION, DocumentType.PRESIDENT_STATEMENT);

    public AdoptedText {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(printed, "printed");
        if (!ADOPTED.contains(symbol.type())) {
            throw new IllegalArgumentException(
                    "an adopted text is a resolution, decision or President's statement, not " + symbol);
        }
    }

    /** A text the report lists without printing it. */
    public AdoptedText(UnSymbol symbol, String title, Optional<LocalDate> date, UnSymbol report) {
        this(symbol, title, date, report, Optional.empty());
    }

    /** This text, printed at {@code span} of its report. */
    public AdoptedText printedAt(TextSpan span) {
        return new AdoptedText(symbol, title, date, report, Optional.of(span));
    }
}
