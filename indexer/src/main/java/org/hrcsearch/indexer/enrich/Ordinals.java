package org.hrcsearch.indexer.enrich;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * English ordinal words as UN covers print session numbers, e.g. {@code Thirty-seventh} = 37, forgiving the
 * misprints seen on real covers ({@code Eight session}, an en dash or a space for the hyphen).
 */
final class Ordinals {
    private Ordinals() {}

    private static final Map<String, Integer> UNITS = new HashMap<>();
    private static final Map<String, Integer> TENS = new HashMap<>();

    static {
        String[] units = {
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth"
        };
        for (int i = 0; i < units.length; i++) {
            UNITS.put(units[i], i + 1);
        }
        // misprints and variants seen on covers
        UNITS.put("eight", 8);
        UNITS.put("eigth", 8);
        UNITS.put("nineth", 9);
        UNITS.put("twelveth", 12);
        UNITS.put("fourty", 40);
        String[] tens = {
            "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"
        };
        String[] tenPrefixes = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            TENS.put(tenPrefixes[i], (i + 2) * 10);
            UNITS.put(tens[i], (i + 2) * 10);
        }
        TENS.put("fourty", 40);
    }

    /** The number an ordinal spells ({@code Fifty–fifth} = 55), or empty. */
    static OptionalInt parse(String word) {
        String w = word.toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u2010-\\u2015\\-]+", "-")
                .strip();
        Integer whole = UNITS.get(w);
        if (whole != null && !w.equals("fourty")) {
            return OptionalInt.of(whole);
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(w.substring(0, dash));
            Integer unit = UNITS.get(w.substring(dash + 1));
            if (tens != null && unit != null && unit < 10) {
                return OptionalInt.of(tens + unit);
            }
        }
        return OptionalInt.empty();
    }

    /** A regex alternative matching any ordinal this class parses, hyphenated or not. */
    static final String PATTERN =
            "(?:(?:twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)[\\s\\u2010-\\u2015\\-]*)?"
                    + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|eigth|eight|ninth|nineth|tenth|eleventh"
                    + "|twelfth|twelveth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
                    + "|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)";
}
