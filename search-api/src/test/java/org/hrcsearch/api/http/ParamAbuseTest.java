package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.http.Abuse.assertError;
import static org.hrcsearch.api.http.Abuse.assertSafe;

import org.hrcsearch.api.StandardServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RELIABILITY.md 4.4, the other parameters (H7-H11, H15): paging, facets, filters and repeated parameters, as real
 * HTTP requests. Each is a 400 that names the parameter and what is allowed, before any search runs.
 */
class ParamAbuseTest {

    @RegisterExtension
    final StandardServices standard = new StandardServices();

    private void serve(Abuse.Calls calls) {
        Abuse.serve(SearchApp.create(standard.get()), calls);
    }

    @ParameterizedTest(name = "H7 page={0}")
    @CsvSource(delimiter = '|', textBlock = """
      -1         | page must be 1-10000, got -1
      0          | page must be 1-10000, got 0
      abc        | page must be a whole number from 1 to 10000, got 'abc'
      1e9        | page must be a whole number from 1 to 10000, got '1e9'
      2147483648 | page must be 1-10000, got 2147483648
      99999999999999999999 | page must be a whole number
      1.5        | page must be a whole number
      0x10       | page must be a whole number
      %EF%BC%91  | page must be a whole number
      """)
    void h07_aPageThatIsNotAPositiveWholeNumberIsA400(String page, String message) {
        serve(http -> assertThat(
                        assertError("page=" + page, http.get("/api/search?q=a&page=" + page), 400, "bad_parameter"))
                .contains(message));
    }

    @ParameterizedTest(name = "H8 size={0}")
    @CsvSource(delimiter = '|', textBlock = """
      0          | size must be 1-100, got 0
      10000      | size must be 1-100, got 10000
      -5         | size must be 1-100, got -5
      101        | size must be 1-100, got 101
      ten        | size must be a whole number from 1 to 100
      2147483648 | size must be 1-100
      """)
    void h08_aSizeOutside1To100IsA400(String size, String message) {
        serve(http -> assertThat(
                        assertError("size=" + size, http.get("/api/search?q=a&size=" + size), 400, "bad_parameter"))
                .contains(message));
    }

    @Test
    void h08_theBoundsThemselvesAreServed() {
        serve(http -> {
            assertThat(assertSafe("size=1", http.get("/api/search?size=1"))
                            .json()
                            .get("hits"))
                    .hasSize(1);
            assertThat(assertSafe("size=100", http.get("/api/search?size=100")).status())
                    .isEqualTo(200);
            assertThat(assertSafe("page=10000", http.get("/api/search?size=1&page=10000"))
                            .status())
                    .isEqualTo(200);
        });
    }

    @ParameterizedTest(name = "H9 page={0} size={1}")
    @CsvSource({"101, 100", "10000, 2", "5001, 2", "1001, 10"})
    void h09_pagesBeyondTheResultWindowAreA400PointingToTheCursor(int page, int size) {
        serve(http -> assertThat(assertError(
                        "window",
                        http.get("/api/search?q=a&page=" + page + "&size=" + size),
                        400,
                        "result_window_too_large"))
                .contains("next_cursor"));
    }

    @Test
    void h10_anUnknownFacetIsA400ListingTheFacets() {
        serve(http -> {
            assertThat(assertError("facets/colour", http.get("/api/facets/colour"), 400, "unknown_facet"))
                    .contains("unknown facet 'colour'")
                    .contains("session")
                    .contains("signatory")
                    .contains("concern");
            assertThat(assertError("facet=colour", http.get("/api/search?q=a&facet=colour"), 400, "unknown_parameter"))
                    .contains("use one of")
                    .contains("session");
            assertThat(assertError("colour=red", http.get("/api/search?colour=red"), 400, "unknown_parameter"))
                    .contains("unknown parameter 'colour'");
        });
    }

    @Test
    void h11_aFilterWithAThousandValuesIsA400() {
        String thousand = "/api/search?q=a" + "&lang=x".repeat(1000); // 7 KB: within the request line limit
        serve(http -> assertThat(assertError("1000 values", http.get(thousand), 400, "too_many_values"))
                .contains("1000 values; at most 20"));
    }

    @Test
    void h11_twentyValuesAreServedAndAnUnknownValueFindsNothing() {
        serve(http -> {
            RawHttp.Answer twenty = assertSafe(
                    "20 values",
                    http.get("/api/search?" + "&session=37".repeat(20).substring(1)));
            assertThat(twenty.json().get("total").asInt()).isEqualTo(2);
            RawHttp.Answer unknown = assertSafe("unknown value", http.get("/api/search?signatory=Nobody+At+All"));
            assertThat(unknown.status()).isEqualTo(200);
            assertThat(unknown.json().get("total").asInt()).isZero();
        });
    }

    @ParameterizedTest(name = "H15 {0}")
    @ValueSource(
            strings = {
                "q=a&page=1&page=2",
                "q=a&q=b",
                "size=1&size=1",
                "q=a&sort=date&sort=date",
                "from=2018&from=2019",
                "q=a&cursor=x&cursor=y"
            })
    void h15_aRepeatedSingleParameterIsA400(String query) {
        serve(http -> assertThat(assertError(query, http.get("/api/search?" + query), 400, "duplicate_parameter"))
                .contains("give it once"));
    }

    /** H15: repeating a filter is how several values are given (they are ORed), so that is no error. */
    @Test
    void h15_aRepeatedFilterOrsItsValues() {
        serve(http -> assertThat(assertSafe("filters", http.get("/api/search?session=37&session=43"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(3));
    }
}
