package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hrcsearch.corpus.model.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionFinderTest {

    private final SessionFinder finder = new SessionFinder();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
      Eight session                  | 8
      Twenty–fourth session          | 24
      Twenty-fourth session          | 24
      Thirty-seventh session         | 37
      Fifty–fifth session            | 55
      Nineteenth session             | 19
      Thirty-fifth special session   | S-35
      """)
    void readsTheSessionPrintedOnACover(String line, String label) {
        String cover =
                "United Nations\nA/HRC/8/47\nGeneral Assembly\nHuman Rights Council\n" + line + "\nAgenda item 6\n";
        assertThat(finder.onCover(cover)).contains(Session.parse(label).orElseThrow());
    }

    @Test
    void theWorkingGroupsSessionIsNotTheCouncils() {
        String cover = "Human Rights Council\nWorking Group on the Universal Periodic Review\nSeventh session\n";
        assertThat(finder.onCover(cover)).isEmpty();
        assertThat(finder.uprSessionOnCover(cover)).hasValue(7);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      Draft Resolution at 37th UN Human Rights Council Session | 37
      ahead of HRC37, we write                                 | 37
      adopted by the Council at its fifty-fifth session        | 55
      the 25th session of the Human Rights Council             | 25
      ahead of the thirty-fifth special session of the Human Rights Council | S-35
      """)
    void findsTheSessionATextNames(String text, String label) {
        assertThat(finder.inText(text)).contains(Session.parse(label).orElseThrow());
    }

    @Test
    void aLetterBelongsToTheSessionOfTheDraftsItCites() {
        assertThat(finder.ofCitedDrafts(List.of("A/HRC/52/L.12", "A/HRC/RES/37/23")))
                .contains(Session.regular(52));
        assertThat(finder.ofCitedDrafts(List.of("A/HRC/52/L.12", "A/HRC/53/L.1")))
                .isEmpty();
    }
}
