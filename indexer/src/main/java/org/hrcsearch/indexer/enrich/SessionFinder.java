package org.hrcsearch.indexer.enrich;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Finds the Council session a document belongs to when its symbol does not say: on the cover ("Thirty-seventh
 * session", "Special session"), else in the text ("HRC37", "37th session of the Human Rights Council", "at its
 * fifty-fifth session").
 */
public final class SessionFinder {

    private static final int COVER_CHARS = 1_500;

    private static final Pattern COVER_SESSION =
            Pattern.compile("(?im)^\\s*(" + Ordinals.PATTERN + ")\\s+(special\\s+)?session\\b");
    private static final Pattern SPECIAL_COVER =
            Pattern.compile("(?im)^\\s*(" + Ordinals.PATTERN + ")\\s+special\\s+session\\b");
    static final Pattern HRC_NUMBER = Pattern.compile("(?i)\\bHRC\\s?-?(\\d{1,2})\\b(?![./]\\d)");
    static final Pattern NTH_SESSION = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:regular\\s+)?(?:UN\\s+)?(?:Human\\s+Rights\\s+)?(?:Council\\s+)?session"
                    + "(?:\\s+of\\s+the\\s+(?:UN\\s+)?Human\\s+Rights\\s+Council)?");
    static final Pattern NTH_COUNCIL_SESSION =
            Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:UN\\s+)?Human\\s+Rights\\s+Council\\s+Session");
    static final Pattern UPR_IN_TEXT = Pattern.compile(
            "(?i)\\bUPR\\s+WG\\s*(\\d{1,2})\\b|\\bUPR\\b[^\\n]{0,40}?\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:Working\\s+Group\\s+)?session"
                    + "|\\b(\\d{1,2})(?:st|nd|rd|th)\\s+session\\s+of\\s+the\\s+(?:UPR\\s+)?Working\\s+Group");
    static final Pattern COUNCIL_COLON_SESSION = Pattern.compile(
            "(?i)\\bHuman\\s+Rights\\s+Council\\s*[:,\u2013-]\\s*(\\d{1,2})(?:st|nd|rd|th)\\s+(?:regular\\s+)?Session");
    static final Pattern NTH_SESSION_OF_COUNCIL = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:regular\\s+)?session\\s+of\\s+the\\s+(?:UN\\s+)?Human\\s+Rights"
                    + "\\s+Council");
    static final Pattern AT_ITS = Pattern.compile("(?i)(?:\\b(?:at\\s+its|the\\s+Council['\u2019]s)\\s+("
            + Ordinals.PATTERN + ")\\s+(special\\s+)?session"
            + "|\\b(" + Ordinals.PATTERN + ")\\s+(special\\s+)?session\\s+of\\s+the\\s+(?:UN\\s+)?Human\\s+Rights"
            + "\\s+Council)");
    private static final Pattern UPR_COVER =
            Pattern.compile("(?is)Working\\s+Group\\s+on\\s+the\\s+Universal\\s+Periodic\\s+Review\\s*\\n?\\s*("
                    + Ordinals.PATTERN + ")\\s+session");

    /** The session printed on the cover, e.g. "Twenty–fourth session" or "Thirty-fifth special session". */
    public Optional<Session> onCover(String firstPage) {
        String cover = firstPage.substring(0, Math.min(firstPage.length(), COVER_CHARS));
        if (cover.matches("(?is).*Working\\s+Group\\s+on\\s+the\\s+Universal\\s+Periodic\\s+Review\\s*\\n?\\s*"
                + Ordinals.PATTERN + "\\s+session.*")) {
            return Optional.empty(); // that is the Working Group's session, not the Council's
        }
        Matcher special = SPECIAL_COVER.matcher(cover);
        if (special.find()) {
            return ordinal(special.group(1)).map(Session::special);
        }
        Matcher m = COVER_SESSION.matcher(cover);
        while (m.find()) {
            if (m.group(2) == null) {
                return ordinal(m.group(1)).map(Session::regular);
            }
        }
        return Optional.empty();
    }

    /** The UPR Working Group session on a cover: "Working Group on the Universal Periodic Review / Seventh session". */
    public OptionalInt uprSessionOnCover(String firstPage) {
        String cover = firstPage.substring(0, Math.min(firstPage.length(), COVER_CHARS));
        Matcher m = UPR_COVER.matcher(cover);
        return m.find() ? Ordinals.parse(m.group(1)) : OptionalInt.empty();
    }

    /** The session a text names as its own: the first "HRC37", "37th session ..." or "at its fifty-fifth session". */
    public Optional<Session> inText(String text) {
        return inText(text, true, SessionFinder::firstNearItsWords);
    }

    /**
     * The session a text names as the Council's: "HRC37", "Human Rights Council: 23rd Session", "the 25th session
     * of the Human Rights Council", "at its fifty-fifth session"; a bare "14th session" (which may be the UPR
     * Working Group's) does not count.
     */
    public Optional<Session> councilSessionInText(String text) {
        return inText(text, false, SessionFinder::firstNearItsWords);
    }

    /** The UPR Working Group session a text names: "UPR WG 34", "UPR of Slovenia (2nd Cycle – 20th session)". */
    public OptionalInt uprSessionInText(String text) {
        return uprSessionInText(text, SessionFinder::firstNearItsWords);
    }

    /** Where a pattern first matches a text: {@code Pattern.matcher(text).find()}, or a faster way to the same. */
    @FunctionalInterface
    interface FirstMatch {
        Optional<MatchResult> find(Pattern p, String text);
    }

    static OptionalInt uprSessionInText(String text, FirstMatch firstMatch) {
        Optional<MatchResult> found = firstMatch.find(UPR_IN_TEXT, text);
        if (found.isPresent()) {
            MatchResult m = found.get();
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    return OptionalInt.of(Integer.parseInt(m.group(g)));
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The regular session held around a date: the Council meets in three regular sessions a year since 2007,
     * numbered from the fourth (March 2007): February-April, June-July and September-October. A letter or
     * statement dated in (or shortly before) a session belongs to it; December looks ahead to March.
     */
    public Optional<Session> aroundDate(java.time.LocalDate date) {
        int year = date.getYear();
        int month = date.getMonthValue();
        if (year < 2007 || year == 2007 && month < 2) {
            return Optional.empty();
        }
        int march = 3 * (year - 2007) + 4;
        if (month == 12) {
            return Optional.of(Session.regular(march + 3));
        }
        int offset = month <= 4 ? 0 : month <= 8 ? 1 : 2;
        return Optional.of(Session.regular(march + offset));
    }

    static Optional<Session> inText(String text, boolean bareNumbers, FirstMatch firstMatch) {
        Optional<Session> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        Pattern[] patterns = bareNumbers
                ? new Pattern[] {HRC_NUMBER, NTH_COUNCIL_SESSION, COUNCIL_COLON_SESSION, NTH_SESSION}
                : new Pattern[] {HRC_NUMBER, NTH_COUNCIL_SESSION, COUNCIL_COLON_SESSION, NTH_SESSION_OF_COUNCIL};
        for (Pattern p : patterns) {
            Optional<MatchResult> found = firstMatch.find(p, text);
            if (found.isPresent() && found.get().start() < bestAt) {
                int n = Integer.parseInt(found.get().group(1));
                if (n >= 1 && n <= 99) {
                    best = Optional.of(Session.regular(n));
                    bestAt = found.get().start();
                }
            }
        }
        Optional<MatchResult> atIts = firstMatch.find(AT_ITS, text);
        if (atIts.isPresent() && atIts.get().start() < bestAt) {
            MatchResult m = atIts.get();
            boolean first = m.group(1) != null;
            boolean special = (first ? m.group(2) : m.group(4)) != null;
            OptionalInt n = Ordinals.parse(first ? m.group(1) : m.group(3));
            if (n.isPresent()) {
                best = Optional.of(new Session(n.getAsInt(), special));
            }
        }
        return best;
    }

    /** How far before the "session" it holds a match of a session pattern may start, and after it end. */
    static final int SESSION_REACH_BACK = 160;

    static final int SESSION_REACH_AHEAD = 120;

    /**
     * The first match of one of this class's text patterns, found without trying it from every character: the
     * "HRC" pattern only in a text that holds "hrc"; the "UPR" one as a whole only in a text that holds "upr" (else
     * only its third alternative can match, and it holds "session"); the others around each "session".
     */
    static Optional<MatchResult> firstNearItsWords(Pattern p, String text) {
        if (p == HRC_NUMBER) {
            return containsIgnoringCase(text, "hrc") ? first(p, text) : Optional.empty();
        }
        if (p == UPR_IN_TEXT && containsIgnoringCase(text, "upr")) {
            return first(p, text);
        }
        return nearSession(p, text);
    }

    /** The first match of {@code p} in {@code text}, tried from every character. */
    static Optional<MatchResult> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }

    /**
     * What {@code p.matcher(text).find()} finds, for a pattern whose every match holds a "session" (in any case)
     * that starts at most {@link #SESSION_REACH_BACK} characters after the match does and ends at most
     * {@link #SESSION_REACH_AHEAD} before it ends. The pattern is tried only around each "session" of the text, not
     * from every character: a 20,000-character speech that never names the Council took 2 ms of regex.
     */
    private static Optional<MatchResult> nearSession(Pattern p, String text) {
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int leftmost = -1;
        for (int at = indexOfSession(text, 0); at >= 0; at = indexOfSession(text, at + 1)) {
            int from = Math.max(0, at - SESSION_REACH_BACK);
            if (leftmost >= 0 && from >= leftmost) {
                break; // a match found around a later "session" would start later
            }
            m.region(from, Math.min(text.length(), at + SESSION.length() + SESSION_REACH_AHEAD));
            if (m.find() && (leftmost < 0 || m.start() < leftmost)) {
                leftmost = m.start();
            }
        }
        if (leftmost < 0) {
            return Optional.empty();
        }
        m.region(leftmost, text.length()); // the match at that start as the whole text gives it
        return m.lookingAt() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }

    private static final String SESSION = "session";

    private static int indexOfSession(String text, int from) {
        for (int i = from, last = text.length() - SESSION.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == 's' || c == 'S') && text.regionMatches(true, i, SESSION, 0, SESSION.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code text} holds {@code ascii} (lower-case letters) in any case. */
    private static boolean containsIgnoringCase(String text, String ascii) {
        char first = ascii.charAt(0);
        for (int i = 0, last = text.length() - ascii.length(); i <= last; i++) {
            if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, ascii, 0, ascii.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The session of the drafts a text cites, when they agree: a letter lobbying on {@code A/HRC/52/L.12} belongs
     * to session 52, whatever later session it mentions.
     */
    public Optional<Session> ofCitedDrafts(List<String> references) {
        Map<Session, Long> counts = references.stream()
                .map(UnSymbol::parse)
                .flatMap(Optional::stream)
                .filter(s -> s.type() == DocumentType.DRAFT_RESOLUTION)
                .map(UnSymbol::session)
                .flatMap(Optional::stream)
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        return counts.size() == 1 ? Optional.of(counts.keySet().iterator().next()) : Optional.empty();
    }

    private static Optional<Integer> ordinal(String word) {
        OptionalInt n = Ordinals.parse(word);
        return n.isPresent() ? Optional.of(n.getAsInt()) : Optional.empty();
    }
}
