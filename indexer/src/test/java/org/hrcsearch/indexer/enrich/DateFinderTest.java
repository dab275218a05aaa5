package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      Distr.: General\\n5 July2013\\nOriginal: English        | 2013-07-05
      Distr.: General\\n20 JULY 2009                          | 2009-07-20
      Distr.\\nGENERAL\\nA/HRC/8/47\\n22 May 2008              | 2008-05-22
      Geneva, 15 March 2013                                 | 2013-03-15
      March 2, 2018 was the day                             | 2018-03-02
      """)
    void findsTheDateAsPrinted(String text, String iso) {
        assertThat(finder.find(text.replace("\\n", "\n"))).contains(LocalDate.parse(iso));
    }

    @Test
    void theDistributionDateWinsOverEarlierDates() {
        String cover = "Session of 1 January 2010 to 5 January 2010\nDistr.: General\n12 February 2010";
        assertThat(finder.find(cover)).contains(LocalDate.of(2010, 2, 12));
    }

    @Test
    void anImpossibleDateIsNoDate() {
        assertThat(finder.find("Geneva, 31 February 2013")).isEmpty();
    }
}
