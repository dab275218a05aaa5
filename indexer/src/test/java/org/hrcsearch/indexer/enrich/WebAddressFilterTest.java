package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.optimaize.langdetect.text.UrlTextFilter;
import org.junit.jupiter.api.Test;

/** {@link WebAddressFilter} takes out what the language detector's own URL filter, which it replaced, took out. */
class WebAddressFilterTest {

    private static final String[] PIECES = {
        "http", "https", "://", ":/", "s", "www.ohchr.org", "/en", "?a=1&b=2", "#x", "@", "@@", "info", ".", "..", "-",
        "_", "un.org", "a", "Z9", " ", "\n", "é", "(", ")", ",", "hrc@un.org", "mailto:", "x.y@z", "@.b", "~;+=/"
    };

    @Test
    void takesOutWhatTheDetectorsFilterTookOut() {
        UrlTextFilter detectors = UrlTextFilter.getInstance();
        WebAddressFilter ours = new WebAddressFilter();
        new RandomTexts(PIECES).assertAgree(25, ours::filter, detectors::filter);
    }

    @Test
    void aWebAndAMailAddressAreOneSpaceEach() {
        assertThat(new WebAddressFilter().filter("See https://www.ohchr.org/en/hrbodies or write to civsoc@ohchr.org."))
                .isEqualTo("See   or write to  ");
    }
}
