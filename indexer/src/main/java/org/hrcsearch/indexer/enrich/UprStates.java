package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * The States of a universal periodic review document: the State under review (from the symbol's country code,
 * {@code A/HRC/WG.6/7/SVN/1}, else the State named on the cover under the report's title), and for a Working
 * Group report the recommending States, named in parentheses after each recommendation ("... (France);").
 * Pure.
 */
public final class UprStates {

    private static final Pattern UPR_TITLE = Pattern.compile(
            "(?is)(?:Report\\s+of\\s+the\\s+Working\\s+(?:Group\\s+)?on\\s+the\\s+Universal\\s+Periodic\\s+Review"
                    + "|National\\s+report\\s+submitted.{0,200}?resolution\\s+\\d+/\\d+"
                    + "|(?:Compilation|Summary)\\s+(?:prepared\\s+by|of\\s+stakeholders).{0,400}?resolution\\s+\\d+/\\d+"
                    + "|Compilation\\s+on|Summary\\s+of\\s+stakeholders'?\\s+submissions\\s+on)"
                    + "[\\s*\\d]*\\n+\\s*([^\\n]{3,80})");
    /**
     * The most characters, or inner parentheses, a parenthesis of {@link #parenthesised} holds, and the fewest: a
     * parenthesis may hold one level of its own, "(Bolivia (Plurinational State of), Cuba)".
     */
    private static final int PARENTHESIS_MAX_UNITS = 400;

    private static final int PARENTHESIS_MIN_UNITS = 3;
    /** The most characters an inner parenthesis holds. */
    private static final int INNER_MAX_CHARS = 80;

    /** Spaces between words, across at most one line break. */
    private static final String SPACE = "(?:[ \\t]+|[ \\t]*\\n[ \\t]*)";

    /** A State's name right before "recommended": "Czech Republic recommended that China (c) reform ...". */
    private static final Pattern RECOMMENDED_BY =
            Pattern.compile("((?:[\\p{Lu}][\\p{L}'’-]*|of|the|and)(?:" + SPACE + "(?:[\\p{Lu}][\\p{L}'’-]*|of|the|and"
                    + "|\\([^()\\n]{1,40}\\))){0,9})" + SPACE + "(?:also\\s+)?recommended\\b");
    /**
     * How far before a "recommended" its State's name is looked for: ten words and a parenthesis fit several times
     * over. The pattern is tried only there, not from every capital letter of the text, where it read up to ten words
     * each time before failing (a fifth of the indexer's CPU on the 304 Working Group reports).
     */
    private static final int RECOMMENDED_BY_REACH = 600;

    private static final String RECOMMENDED = "recommended";
    /** What precedes the list of delegations that could not speak: "owing to time constraints (Bulgaria, ...)". */
    private static final Pattern COULD_NOT_SPEAK =
            Pattern.compile("(?i)(?:time\\s+constraints?|lack\\s+of\\s+time)\\s*$");

    private final StateNames states;
    private final StateListReader reader;

    public UprStates(StateNames states) {
        this.states = states;
        this.reader = new StateListReader(states);
    }

    /** The State under review, canonical. */
    public Optional<String> stateUnderReview(Optional<UnSymbol> symbol, String firstPage) {
        Optional<String> byCode = symbol.flatMap(UnSymbol::country).flatMap(states::canonical);
        if (byCode.isPresent()) {
            return byCode;
        }
        Matcher m = UPR_TITLE.matcher(firstPage);
        if (m.find()) {
            return state(m.group(1));
        }
        return Optional.empty();
    }

    /** The State a cover line names: "Slovenia*", "China (including Hong Kong, China and Macao, China)". */
    public Optional<String> state(String line) {
        String l = line.replaceAll("[*\\d]+$", "").replace("*", "").strip();
        return states.canonical(l).or(() -> states.canonical(l.replaceAll("\\s*\\(.*$", "")));
    }

    /**
     * The States that made recommendations, canonical, in order of first appearance: the States named in
     * parentheses where a recommendation of a Working Group report ends ("... (France);", "(Chile, Mexico)."), and
     * the State that opens an account of the dialogue's "X recommended that ..." (older reports list some
     * recommendations only so). The delegations that could not speak "owing to time constraints (Bulgaria, ...)"
     * made no recommendation.
     */
    public List<String> recommendingStates(String text, Optional<String> underReview) {
        Set<String> out = new LinkedHashSet<>();
        for (int[] p : parenthesised(text)) {
            if (COULD_NOT_SPEAK
                    .matcher(text.substring(Math.max(0, p[0] - 40), p[0]))
                    .find()) {
                continue;
            }
            for (String s : reader.read(text.substring(p[0] + 1, p[1] - 1))) {
                if (underReview.map(u -> !u.equals(s)).orElse(true)) {
                    out.add(s);
                }
            }
        }
        for (String words : wordsBeforeRecommended(text)) {
            lastState(words)
                    .filter(s -> underReview.map(u -> !u.equals(s)).orElse(true))
                    .ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /**
     * Where the parentheses {@code \\(((?:[^()]|\\([^()]{0,80}\\)){3,400})\\)} stand in {@code text}, each as {start, end} (the opening
     * parenthesis and one past the closing), in order and not overlapping, as that expression's {@code find()} gives them
     * ({@code UprStatesRegexEquivalenceTest} holds the two to one answer). Scanned by hand: the expression steps through its loop once per character, and reports of 100 pages are mostly
     * characters inside parentheses, a twentieth of the indexer's time on the Working Group reports.
     */
    static List<int[]> parenthesised(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        for (int open = text.indexOf('('); open >= 0; ) {
            int i = open + 1;
            int units = 0;
            while (units < PARENTHESIS_MAX_UNITS && i < n) {
                char c = text.charAt(i);
                if (c == ')') {
                    break;
                }
                if (c == '(') {
                    int close = innerClose(text, i);
                    if (close < 0) {
                        break;
                    }
                    i = close + 1;
                } else {
                    i++;
                }
                units++;
            }
            if (i < n && text.charAt(i) == ')' && units >= PARENTHESIS_MIN_UNITS) {
                out.add(new int[] {open, i + 1});
                open = text.indexOf('(', i + 1);
            } else {
                open = text.indexOf('(', open + 1);
            }
        }
        return out;
    }

    /** The closing parenthesis of an inner one opened at {@code open} (no parenthesis inside, at most 80 characters), or -1. */
    private static int innerClose(String text, int open) {
        int last = Math.min(text.length() - 1, open + 1 + INNER_MAX_CHARS);
        for (int j = open + 1; j <= last; j++) {
            char c = text.charAt(j);
            if (c == ')') {
                return j;
            }
            if (c == '(') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The runs of words that {@link #RECOMMENDED_BY} finds before a "recommended" ("In 2009, Czech Republic"), as
     * it finds them scanning the whole text: a match ends at a "recommended", and the next starts where the last
     * ended. It is tried only {@link #RECOMMENDED_BY_REACH} characters back from each.
     */
    static List<String> wordsBeforeRecommended(String text) {
        List<String> runs = new ArrayList<>();
        Matcher by = RECOMMENDED_BY.matcher(text).useTransparentBounds(true);
        int previousEnd = 0;
        for (int at = text.indexOf(RECOMMENDED); at >= 0; at = text.indexOf(RECOMMENDED, at + 1)) {
            int end = at + RECOMMENDED.length();
            by.region(Math.max(previousEnd, at - RECOMMENDED_BY_REACH), end);
            while (by.find()) {
                if (by.end() == end) {
                    runs.add(by.group(1));
                    previousEnd = end;
                    break;
                }
            }
        }
        return runs;
    }

    /** The longest run of the last words of {@code words} that names a State: "In 2009, Czech Republic" -> Czechia. */
    private Optional<String> lastState(String words) {
        String[] w = words.strip().split("\\s+");
        for (int from = 0; from < w.length; from++) {
            Optional<String> s = states.canonical(String.join(" ", Arrays.copyOfRange(w, from, w.length)));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }
}
