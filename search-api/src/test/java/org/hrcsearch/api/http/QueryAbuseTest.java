package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcsearch.api.http.Abuse.assertError;
import static org.hrcsearch.api.http.Abuse.assertSafe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hrcsearch.api.StandardServices;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RELIABILITY.md 4.4, the query text (H1-H6, H12-H14): what a user or a script can type into {@code q}, sent as
 * real HTTP requests, byte for byte where an HTTP library would normalise them. Every answer is a 200 or a 400
 * with a code and a message that says what to fix; never a 500.
 */
class QueryAbuseTest {

    @RegisterExtension
    final StandardServices standard = new StandardServices();

    private static String search(String query) {
        return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private void serve(Abuse.Calls calls) {
        Abuse.serve(SearchApp.create(standard.get()), calls);
    }

    @ParameterizedTest(name = "H1 {0}")
    @ValueSource(strings = {"\"human rights", "rights \"", "\u201Chuman rights"})
    void h01_anUnbalancedQuoteIsA400ThatSaysWhere(String query) {
        serve(http -> assertThat(assertError(query, http.get(search(query)), 400, "bad_query"))
                .contains("unbalanced quote")
                .contains("at position"));
    }

    @ParameterizedTest(name = "H2 {0}")
    @ValueSource(strings = {"(torture AND ", ")))", "(torture", "((a) b", "a)", "()"})
    void h02_unbalancedParenthesesAreA400ThatSaysWhere(String query) {
        serve(http -> assertThat(assertError(query, http.get(search(query)), 400, "bad_query"))
                .contains("at position"));
    }

    /**
     * H3: {@code *} is not a browse mode here; the browse mode is the empty query, bounded like every search (a page
     * of at most 100 hits, an exact total), so {@code *} and {@code *:*} get a 400 that points to it.
     */
    @ParameterizedTest(name = "H3 {0}")
    @ValueSource(strings = {"*", "*:*", " * "})
    void h03_matchAllIsA400PointingToTheEmptyQuery(String query) {
        serve(http -> {
            assertThat(assertError(query, http.get(search(query)), 400, "bad_query"))
                    .contains("leave q empty");
            RawHttp.Answer browse = assertSafe("browse", http.get("/api/search?q=&size=100"));
            assertThat(browse.status()).isEqualTo(200);
            assertThat(browse.json().get("total").asInt()).isEqualTo(4);
            assertError("browse page 101", http.get("/api/search?q=&size=101"), 400, "bad_parameter");
        });
    }

    @ParameterizedTest(name = "H4 {0}")
    @ValueSource(
            strings = {
                "*rights",
                "?ights",
                "/.*/",
                "/[a-z]*/",
                "foo~2",
                "foo~",
                "rights~0.8",
                "ri*hts",
                "ab*",
                "title:*",
                "symbol:*"
            })
    void h04_leadingWildcardRegexAndFuzzyAreRejectedBeforeTheyAskForASearcher(String query) {
        // Fast is counted, not timed: a refused query asks the index for no searcher (the check runs before the
        // request waits for a slot, so no load delays it either), where a search that runs asks for one.
        IndexHandle index = standard.get().index();
        serve(http -> {
            long before = index.leasesAsked();
            for (int i = 0; i < 3; i++) {
                assertError(query, http.get(search(query)), 400, "bad_query");
            }
            assertThat(index.leasesAsked())
                    .as("searchers asked for by three refusals of %s", query)
                    .isEqualTo(before);
            assertThat(http.get(search("cooperation")).status()).isEqualTo(200);
            assertThat(index.leasesAsked())
                    .as("a search that runs asks for a searcher")
                    .isGreaterThan(before);
        });
    }

    /** H4: a slash is no regular-expression syntax: {@code /torture/} is the word torture. */
    @Test
    void h04_slashesAreNotARegularExpression() {
        serve(http -> {
            RawHttp.Answer a = assertSafe("/cooperation/", http.get(search("/cooperation/")));
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("total").asInt()).isEqualTo(4);
        });
    }

    @Test
    void h05_aQueryOfManyTermsWithinTheLineLimitIsA400TooManyTerms() {
        String terms = IntStream.range(0, 300).mapToObj(i -> "t" + i).collect(Collectors.joining(" "));
        serve(http -> assertThat(assertError("300 terms", http.get(search(terms)), 400, "too_many_terms"))
                .contains("the limit is 256"));
    }

    @Test
    void h05_aQueryLongerThanTheCharacterLimitIsA400QueryTooLong() {
        serve(http -> assertThat(assertError("4001 chars", http.get(search("a".repeat(4001))), 400, "query_too_long"))
                .contains("the limit is 4000"));
    }

    @Test
    void h05_aTenThousandTermRequestLineIsA414InJsonAndTheServerGoesOn() {
        String line = "/api/search?q=" + "human+rights+".repeat(5_000); // 10,000 terms, about 65 KB
        assertThat(line.length()).isGreaterThan(64_000);
        serve(http -> {
            RawHttp.Answer a = http.get(line);
            assertThat(assertError("80 KB line", a, 414, "uri_too_long")).contains("8 KiB");
            assertThat(a.millis()).isLessThan(2_000);
            assertThat(http.get(search("cooperation")).status()).isEqualTo(200);
        });
    }

    /**
     * H6: 1,025 OR clauses cannot be typed within the term cap (256) or the length cap (4,000), so each cap answers
     * first; 1,025 clauses from wildcard expansion get {@code too_many_clauses} before anything runs.
     */
    @Test
    void h06_aThousandOrClausesAreA400ThatNamesTheLimit() {
        String ors = IntStream.range(0, 1025).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
        String shortOrs = IntStream.range(0, 300).mapToObj(i -> "w").collect(Collectors.joining(" OR "));
        serve(http -> {
            assertError("1025 ORs", http.get(search(ors)), 400, "query_too_long");
            assertError("300 ORs in 1,500 characters", http.get(search(shortOrs)), 400, "too_many_terms");
        });
    }

    @Test
    void h06_wildcardsExpandingPastTheClauseLimitAreA400TooManyClauses() throws Exception {
        List<HrcDocument> docs = new ArrayList<>();
        for (String stem : List.of("alpha", "bravo", "charl")) {
            String words = IntStream.range(0, 600).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
            docs.add(TestIndex.doc(null, "37", DocumentType.REPORT, words).build());
        }
        try (ApiServices many = TestIndex.services(docs)) {
            Abuse.serve(SearchApp.create(many), http -> {
                RawHttp.Answer a = http.get(search("alpha* OR bravo* OR charl*"));
                assertThat(assertError("3 x 512 expansions", a, 400, "too_many_clauses"))
                        .contains("1024");
                RawHttp.Answer one = http.get(search("alpha*"));
                assertThat(one.status())
                        .as("one wildcard stays within its bound")
                        .isEqualTo(200);
            });
        }
    }

    /** H12: bytes that are not UTF-8 are a 400 {@code bad_encoding}, not a silent search for U+FFFD. */
    @ParameterizedTest(name = "H12 {0}")
    @ValueSource(strings = {"%E8.", "%C0%AF", "%FF%FE", "%ED%A0%80", "%E8", "abc%F0%9F"})
    void h12_percentEncodedBytesThatAreNotUtf8AreA400(String raw) {
        serve(http -> assertThat(assertError(raw, http.get("/api/search?q=" + raw), 400, "bad_encoding"))
                .contains("UTF-8"));
    }

    @ParameterizedTest(name = "H12 {0}")
    @ValueSource(strings = {"%ZZ", "%", "%u0041", "a%2"})
    void h12_malformedPercentEncodingIsA400(String raw) {
        serve(http -> assertError(raw, http.get("/api/search?q=" + raw), 400, "bad_encoding"));
    }

    @Test
    void h12_rawGbkBytesInTheRequestLineAreA400() {
        byte[] target =
                concat("/api/search?q=".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xD6, (byte) 0xD0});
        serve(http -> {
            RawHttp.Answer a = assertSafe("raw D6 D0", http.get(target));
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.errorCode()).isIn("bad_encoding", "bad_request");
        });
    }

    @Test
    void h12_validUtf8InAnyScriptIsSearched() {
        serve(http -> {
            for (String q : List.of("حقوق الإنسان", "人权", "права человека", "Fédération", "😀 rights")) {
                assertThat(assertSafe(q, http.get(search(q))).status()).as(q).isEqualTo(200);
            }
        });
    }

    @ParameterizedTest(name = "H13 {0}")
    @ValueSource(strings = {"a%00b", "%1B%5B31m", "rights%07", "%7F", "x%C2%85y"})
    void h13_controlCharactersAreA400ThatNamesThem(String raw) {
        serve(http -> assertThat(assertError(raw, http.get("/api/search?q=" + raw), 400, "bad_query"))
                .contains("control character U+"));
    }

    @Test
    void h13_aRawNulOrEscapeByteInTheRequestLineIsA400FromJettyInJson() {
        serve(http -> {
            for (byte b : new byte[] {0x00, 0x1B}) {
                byte[] target = concat("/api/search?q=a".getBytes(StandardCharsets.US_ASCII), new byte[] {b, 'b'});
                assertError("raw byte " + b, http.get(target), 400, "bad_request");
            }
            assertThat(http.get(search("cooperation")).status()).isEqualTo(200);
        });
    }

    /** H14: the empty or missing query is the documented browse mode: every document, a bounded page, exact total. */
    @ParameterizedTest(name = "H14 [{0}]")
    @ValueSource(strings = {"/api/search", "/api/search?q=", "/api/search?q=%20%20", "/api/search?q=&sort=-date"})
    void h14_anEmptyOrMissingQueryListsEveryDocument(String target) {
        serve(http -> {
            RawHttp.Answer a = assertSafe(target, http.get(target));
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("total").asInt()).isEqualTo(4);
            assertThat(a.json().get("hits")).hasSize(4);
        });
    }

    @Test
    void h14_aQueryOfOnlyPunctuationFindsNothing() {
        serve(http -> {
            RawHttp.Answer a = assertSafe("punctuation", http.get(search("... ;;; ,")));
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("total").asInt()).isZero();
        });
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
