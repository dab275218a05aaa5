package org.hrcsearch.indexer.enrich;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.model.Session;
import org.junit.jupiter.api.Test;

/**
 * {@link SessionFinder} tries its session patterns only around each "session" of a text (and its "HRC" and "UPR"
 * patterns only in texts that hold those letters), no longer from every character: on random texts made of the
 * pieces of the phrases it looks for, it finds what the patterns found scanning the whole text, which is kept here
 * as the specification.
 */
class SessionFinderRegexEquivalenceTest {

  private static final String[] PIECES = {"at its ", "At its ", "the Council's ", "the Council’s ", "fifty", "-",
      "fifth", "Twenty", "third ", "first", "special ", "session", "Session", "SESSION", " session", "sessions",
      " of the ", "Human Rights Council", "UN ", "Human ", "Rights ", "Council", ": ", ", ", "37", "3", "th ", "rd ",
      "regular ", "HRC", "hrc", "HRC-", "HRC 4", "43", ".1", "/", "UPR", "UPR ", "WG ", "Working Group", "Working ",
      "Group", "  ", "\n", " ", "x", "the ", "of the UPR ", "ſession", "12th"};

  private final SessionFinder finder = new SessionFinder();

  @Test
  void findsTheSessionTheWholeTextScanFound() {
    new RandomTexts(PIECES).assertAgree(24, finder::inText, text -> inTextWithRegex(text, true));
  }

  @Test
  void findsTheCouncilSessionTheWholeTextScanFound() {
    new RandomTexts(PIECES).assertAgree(24, finder::councilSessionInText, text -> inTextWithRegex(text, false));
  }

  @Test
  void findsTheUprSessionTheWholeTextScanFound() {
    new RandomTexts(PIECES).assertAgree(24, finder::uprSessionInText,
        SessionFinderRegexEquivalenceTest::uprSessionWithRegex);
  }

  /** The implementation before the scan from each "session", word for word. */
  private static Optional<Session> inTextWithRegex(String text, boolean bareNumbers) {
    Optional<Session> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    Pattern[] patterns = bareNumbers
        ? new Pattern[] {SessionFinder.HRC_NUMBER, SessionFinder.NTH_COUNCIL_SESSION,
            SessionFinder.COUNCIL_COLON_SESSION, SessionFinder.NTH_SESSION}
        : new Pattern[] {SessionFinder.HRC_NUMBER, SessionFinder.NTH_COUNCIL_SESSION,
            SessionFinder.COUNCIL_COLON_SESSION, SessionFinder.NTH_SESSION_OF_COUNCIL};
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      if (m.find() && m.start() < bestAt) {
        int n = Integer.parseInt(m.group(1));
        if (n >= 1 && n <= 99) {
          best = Optional.of(Session.regular(n));
          bestAt = m.start();
        }
      }
    }
    Matcher m = SessionFinder.AT_ITS.matcher(text);
    if (m.find() && m.start() < bestAt) {
      boolean first = m.group(1) != null;
      boolean special = (first ? m.group(2) : m.group(4)) != null;
      OptionalInt n = Ordinals.parse(first ? m.group(1) : m.group(3));
      if (n.isPresent()) {
        best = Optional.of(new Session(n.getAsInt(), special));
      }
    }
    return best;
  }

  private static OptionalInt uprSessionWithRegex(String text) {
    Matcher m = SessionFinder.UPR_IN_TEXT.matcher(text);
    if (m.find()) {
      for (int g = 1; g <= 3; g++) {
        if (m.group(g) != null) {
          return OptionalInt.of(Integer.parseInt(m.group(g)));
        }
      }
    }
    return OptionalInt.empty();
  }
}
