package org.hrcsearch.indexer.enrich;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.action.Tally;

/**
 * Reads the counts of a vote as a session report words them: "by 23 votes to 16, with 8 abstentions", "by 31 votes
 * in favour, 3 against, with 9 abstentions", "by 45 votes to 1" (no abstention), "by 35 votes to none", "a recorded vote of 32 to 3, with
 * 9 abstentions", "with 1 abstention". Footnote marks must be gone first ({@code abstention6}). Pure.
 */
final class TallyPhrase {

    private static final String NUMBER = "(\\d{1,3}|none|no|one|two|three)\\b";
    static final Pattern TALLY =
            Pattern.compile("(?:\\bby|\\bvote\\s+of)\\s+(\\d{1,3})\\s+(?:votes?\\s+)?(?:in\\s+favour\\s*)?"
                    + "(?:,|to|and|against)\\s*" + NUMBER + "(?:\\s+(?:votes?\\s+)?against)?"
                    + "(?:\\s*,?\\s*(?:with|and)\\s+" + NUMBER + "\\s+abstentions?)?");

    private TallyPhrase() {}

    /** The first tally in the text, and where it ends. */
    record Found(Tally tally, int start, int end) {}

    static Optional<Found> find(String text) {
        return find(text, 0);
    }

    static Optional<Found> find(String text, int from) {
        Matcher m = TALLY.matcher(text);
        if (!m.find(from)) {
            return Optional.empty();
        }
        int abstaining = m.group(3) == null ? 0 : count(m.group(3));
        return Optional.of(
                new Found(new Tally(Integer.parseInt(m.group(1)), count(m.group(2)), abstaining), m.start(), m.end()));
    }

    private static int count(String word) {
        return switch (word) {
            case "no", "none" -> 0;
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            default -> Integer.parseInt(word);
        };
    }
}
