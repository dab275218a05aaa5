package org.hrcsearch.indexer.enrich;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's date: the one after {@code Distr.} on a UN cover, else after a place ("Geneva, 15 March
 * 2013"), else the first full date of the first page. Forgives "5 July2013" and "20 JULY 2009".
 */
public final class DateFinder {

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String DAY_MONTH_YEAR =
            "(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*(" + MONTHS + ")\\s*,?\\s*((?:19|20)\\d{2})";
    private static final String MONTH_DAY_YEAR = "(" + MONTHS + ")\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})";

    private static final Pattern DISTR = Pattern.compile(
            "(?is)Distr\\.?\\s*:?\\s*(?:General|Limited|Restricted)?[\\s\\S]{0,80}?\\b" + DAY_MONTH_YEAR);
    private static final Pattern PLACE =
            Pattern.compile("(?i)\\b(?:Geneva|New York|Brussels|London|Paris)\\s*,\\s*(?:the\\s+)?" + DAY_MONTH_YEAR);
    private static final Pattern ANY_DMY = Pattern.compile("(?i)\\b" + DAY_MONTH_YEAR + "\\b");
    private static final Pattern ANY_MDY = Pattern.compile("(?i)\\b" + MONTH_DAY_YEAR + "\\b");

    public Optional<LocalDate> find(String firstPage) {
        for (Pattern p : new Pattern[] {DISTR, PLACE, ANY_DMY}) {
            Matcher m = p.matcher(firstPage);
            while (m.find()) {
                Optional<LocalDate> d =
                        date(m.group(m.groupCount() - 2), m.group(m.groupCount() - 1), m.group(m.groupCount()));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Matcher m = ANY_MDY.matcher(firstPage);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(2), m.group(1), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String day, String month, String year) {
        try {
            Month mo = Month.valueOf(month.toUpperCase(Locale.ROOT));
            return Optional.of(LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty(); // "31 February" is a misprint, not a date
        }
    }
}
