package org.hrcsearch.indexer.enrich;

import org.junit.jupiter.api.Test;

/**
 * {@link SessionFinder} tries its session patterns only around each "session" of a text (and its "HRC" and "UPR"
 * patterns only in texts that hold those letters), no longer from every character: on random texts made of the
 * pieces of the phrases it looks for, it finds what the same choice among the patterns' matches finds when each
 * pattern scans the whole text ({@link SessionFinder#first}), which is the specification.
 */
class SessionFinderRegexEquivalenceTest {

    private static final String[] PIECES = {
        "at its ",
        "At its ",
        "the Council's ",
        "the Council’s ",
        "fifty",
        "-",
        "fifth",
        "Twenty",
        "third ",
        "first",
        "special ",
        "session",
        "Session",
        "SESSION",
        " session",
        "sessions",
        " of the ",
        "Human Rights Council",
        "UN ",
        "Human ",
        "Rights ",
        "Council",
        ": ",
        ", ",
        "37",
        "3",
        "th ",
        "rd ",
        "regular ",
        "HRC",
        "hrc",
        "HRC-",
        "HRC 4",
        "43",
        ".1",
        "/",
        "UPR",
        "UPR ",
        "WG ",
        "Working Group",
        "Working ",
        "Group",
        "  ",
        "\n",
        " ",
        "x",
        "the ",
        "of the UPR ",
        "ſession",
        "12th"
    };

    private final SessionFinder finder = new SessionFinder();

    @Test
    void findsTheSessionTheWholeTextScanFound() {
        new RandomTexts(PIECES)
                .assertAgree(24, finder::inText, text -> SessionFinder.inText(text, true, SessionFinder::first));
    }

    @Test
    void findsTheCouncilSessionTheWholeTextScanFound() {
        new RandomTexts(PIECES)
                .assertAgree(
                        24,
                        finder::councilSessionInText,
                        text -> SessionFinder.inText(text, false, SessionFinder::first));
    }

    @Test
    void findsTheUprSessionTheWholeTextScanFound() {
        new RandomTexts(PIECES)
                .assertAgree(
                        24,
                        finder::uprSessionInText,
                        text -> SessionFinder.uprSessionInText(text, SessionFinder::first));
    }
}
