package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.model.UnSymbol;
import org.junit.jupiter.api.Test;

/**
 * {@link SymbolFinder#findAll} tries its regex only just before slashes, no longer at every position: on random
 * text made of symbol parts, spaces and punctuation it finds what the regex found scanning everything, which is
 * kept here as the specification.
 */
class SymbolFinderRegexEquivalenceTest {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9/])(?:A|E)\\s?/\\s?(?:HRC|CN\\.4)(?:\\s?/\\s?(?:[A-Za-z]{1,4}\\.?\\s?\\d{0,4}|S-\\d{1,3}|\\d{1,4}))+",
            Pattern.CASE_INSENSITIVE);

    private static final String[] PIECES = {
        "A", "E", "a", "e", "x", "/", "/", "/", " ", " ", "\n", "HRC", "hrc", "CN.4", "43", "7", "L.31", "RES", "Rev.1",
        "Add.2", "WG.6", "S-35", "S-", ".", ",", ")", "1"
    };

    private final SymbolFinder finder = new SymbolFinder();

    @Test
    void findsWhatTheRegexFoundScanningEveryPosition() {
        new RandomTexts(PIECES).assertAgree(30, finder::findAll, SymbolFinderRegexEquivalenceTest::findAllWithRegex);
    }

    /** The implementation before the scan from the slashes, word for word. */
    private static List<String> findAllWithRegex(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            longestSymbolPrefix(m.group()).ifPresent(s -> found.add(s.text()));
        }
        return new ArrayList<>(found);
    }

    private static java.util.Optional<UnSymbol> longestSymbolPrefix(String candidate) {
        String c = candidate.replaceAll("[.,;:)]+$", "");
        while (true) {
            java.util.Optional<UnSymbol> s = UnSymbol.parse(c);
            if (s.isPresent()) {
                return s;
            }
            int slash = c.lastIndexOf('/');
            if (slash <= 0) {
                return java.util.Optional.empty();
            }
            c = c.substring(0, slash);
        }
    }
}
