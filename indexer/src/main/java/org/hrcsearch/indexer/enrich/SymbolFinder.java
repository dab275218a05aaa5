package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Finds UN symbols in text, e.g. the {@code A/HRC/43/L.31/Rev.1} that a letter lobbies on, and the document's own
 * symbol on its cover or in its file name.
 */
public final class SymbolFinder {

    /** A run that starts like a symbol and continues with slash-separated parts; trimmed and parsed after. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9/])(?:A|E)\\s?/\\s?(?:HRC|CN\\.4)(?:\\s?/\\s?(?:[A-Za-z]{1,4}\\.?\\s?\\d{0,4}|S-\\d{1,3}|\\d{1,4}))+",
            Pattern.CASE_INSENSITIVE);

    /** How many lines of the first page count as its cover: UN covers print the symbol in the top lines. */
    private static final int COVER_LINES = 12;

    /** Every symbol in the text, canonical, in order of first appearance, without repeats. */
    public List<String> findAll(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // What CANDIDATE.matcher(text).find() finds, tried only where a candidate can start, one or two characters
        // before a slash ("A/", "E /"): tried at every position of whole reports, the regex took 7% of the indexer's
        // time.
        int from = 0;
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            for (int start = Math.max(from, slash - 2); start < slash; start++) {
                if (m.region(start, text.length()).lookingAt()) {
                    longestSymbolPrefix(m.group()).ifPresent(s -> found.add(s.text()));
                    from = m.end();
                    slash = Math.max(slash, from - 1);
                    break;
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** A UN cover line: "United Nations A/HRC/14/15/Add.1", "A/HRC/8/47 Distr." or the symbol alone. */
    private static final Pattern UN_COVER_LINE =
            Pattern.compile("(?i)^(?:united\\s+nations|nations\\s+unies)\\s+(?=[AE]\\s?/)");

    /**
     * The symbol printed on its own line near the top of the first page, as UN covers print it, or on the
     * "United Nations A/HRC/..." line of a cover anywhere on the first page. A symbol quoted in a sentence (a letter
     * citing a draft) does not count.
     */
    public Optional<UnSymbol> onCover(String firstPage) {
        String[] lines = firstPage.split("\\R");
        boolean unCover = firstPage.contains("Distr") || firstPage.contains("DISTR");
        int seen = 0;
        String previous = "";
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            Matcher prefix = UN_COVER_LINE.matcher(l);
            if (prefix.lookingAt()) {
                Optional<UnSymbol> s = coverSymbol(l.substring(prefix.end()));
                if (s.isPresent()) {
                    return s;
                }
            }
            if (seen > COVER_LINES && !unCover) {
                break;
            }
            // a long line ending mid-sentence was wrapped: the symbol on the next line belongs to that sentence
            boolean continuesASentence = previous.matches(".*[\\p{Ll},]$") && previous.split("\\s+").length >= 5;
            previous = l;
            if (!continuesASentence && (seen <= COVER_LINES || unCover && seen <= 60)) {
                Optional<UnSymbol> s = coverSymbol(l);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    /** The symbol that starts a cover line holding it alone, or with the distribution note beside it. */
    private static Optional<UnSymbol> coverSymbol(String line) {
        Matcher m = CANDIDATE.matcher(line);
        if (!m.find() || m.start() != 0) {
            return Optional.empty();
        }
        String rest = line.substring(m.end()).strip();
        if (rest.isEmpty() || rest.length() < 40 && !rest.matches(".*[a-z]{4,}\\s+[a-z]{4,}.*")) {
            return longestSymbolPrefix(m.group());
        }
        return Optional.empty();
    }

    /**
     * The symbol a file name spells with underscores or dashes for slashes, e.g. {@code A_HRC_RES_55_1.pdf} or
     * {@code A-HRC-43-L.31-Rev.1.docx}.
     */
    public Optional<UnSymbol> inFileName(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        if (!base.matches("(?i)(A|E)[_\\-](HRC|CN\\.4)[_\\-].*")) {
            return Optional.empty();
        }
        String slashed = base.replace('_', '/').replaceAll("(?i)(?<![-_/]S)-", "/");
        return longestSymbolPrefix(slashed);
    }

    /** Trailing parts that do not fit the grammar (a sentence's full stop, a page number) are dropped. */
    private static Optional<UnSymbol> longestSymbolPrefix(String candidate) {
        String c = candidate.replaceAll("[.,;:)]+$", "");
        while (true) {
            Optional<UnSymbol> s = UnSymbol.parse(c);
            if (s.isPresent()) {
                return s;
            }
            int slash = c.lastIndexOf('/');
            if (slash <= 0) {
                return Optional.empty();
            }
            c = c.substring(0, slash);
        }
    }
}
