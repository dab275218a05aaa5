package org.hrcsearch.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hrcsearch.corpus.schema.HrcField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

    private final QueryParser parser = new QueryParser(QueryLimits.DEFAULT);

    private static QueryNode.Word word(String text) {
        return new QueryNode.Word(Optional.empty(), text, false);
    }

    private static QueryNode.Phrase phrase(String text) {
        return new QueryNode.Phrase(Optional.empty(), text, 0);
    }

    @Test
    void wordsAreAnded() throws QuerySyntaxException {
        assertThat(parser.parse("persistent non-cooperation"))
                .isEqualTo(new QueryNode.And(List.of(word("persistent"), word("non-cooperation"))));
    }

    @Test
    void quotedPhrasesWithSlop() throws QuerySyntaxException {
        assertThat(parser.parse("\"human rights defenders\"~3"))
                .isEqualTo(new QueryNode.Phrase(Optional.empty(), "human rights defenders", 3));
        assertThat(parser.parse("“curly quotes work too”")).isEqualTo(phrase("curly quotes work too"));
    }

    @Test
    void apostrophesStraightOrCurlyNeitherOpenNorCloseAPhrase() throws QuerySyntaxException {
        assertThat(parser.parse("“Lawyers’ Rights Watch”")).isEqualTo(phrase("Lawyers’ Rights Watch"));
        assertThat(parser.parse("\"Lawyers' Rights Watch\"")).isEqualTo(phrase("Lawyers' Rights Watch"));
        assertThat(parser.parse("‘Lawyers’ reprisals"))
                .isEqualTo(new QueryNode.And(List.of(word("‘Lawyers’"), word("reprisals"))));
        assertThat(parser.parse("women's rights"))
                .isEqualTo(new QueryNode.And(List.of(word("women's"), word("rights"))));
    }

    @Test
    void orBindsLooserThanAnd() throws QuerySyntaxException {
        assertThat(parser.parse("a b OR c"))
                .isEqualTo(new QueryNode.Or(List.of(new QueryNode.And(List.of(word("a"), word("b"))), word("c"))));
    }

    @Test
    void negationAndGroups() throws QuerySyntaxException {
        assertThat(parser.parse("(FIDH OR ISHR) -Israel NOT \"special procedures\""))
                .isEqualTo(new QueryNode.And(List.of(
                        new QueryNode.Or(List.of(word("FIDH"), word("ISHR"))),
                        new QueryNode.Not(word("Israel")),
                        new QueryNode.Not(phrase("special procedures")))));
    }

    @Test
    void fieldsAndWildcards() throws QuerySyntaxException {
        assertThat(parser.parse("session:37 signatory:\"Amnesty International\" defend*"))
                .isEqualTo(new QueryNode.And(List.of(
                        new QueryNode.Word(Optional.of(HrcField.SESSION), "37", false),
                        new QueryNode.Phrase(Optional.of(HrcField.SIGNATORY), "Amnesty International", 0),
                        new QueryNode.Word(Optional.empty(), "defend", true))));
    }

    @Test
    void symbolsAreWords() throws QuerySyntaxException {
        assertThat(parser.parse("A/HRC/43/L.31/Rev.1")).isEqualTo(word("A/HRC/43/L.31/Rev.1"));
    }

    @Test
    void nearJoinsTwoPhrases() throws QuerySyntaxException {
        assertThat(parser.parse("\"civil society\" NEAR/10 reprisals"))
                .isEqualTo(new QueryNode.Near(phrase("civil society"), word("reprisals"), 10));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `"unbalanced`          | unbalanced quote
      `*rights`              | may only end a word
      `ri*ghts`              | may only end a word
      `ab*`                  | at least 3 letters
      `foo:bar`              | unknown field 'foo'; use one of [symbol, session
      `(reprisals`           | never closed
      `reprisals)`           | closing parenthesis without an opening one
      `a OR`                 | OR needs something after it
      `-`                    | the query is empty
      `NOT`                  | NOT needs a word
      `session:`             | needs a value
      `""`                   | empty phrase
      `"a"~999`              | the limit is ~100
      `a NEAR b`             | NEAR needs a distance
      `reprisals~2`          | fuzzy words are not supported
      `()`                   | empty parentheses
      `session:37 NEAR/3 a`  | NEAR joins plain words
      `rights?`              | '?' wildcards are not supported
      """)
    void rejectsWithAMessageThatSaysWhatToFix(String query, String message) {
        assertThatThrownBy(() -> parser.parse(query))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining(message);
    }

    @Test
    void boundsTermsLengthAndDepth() {
        String manyTerms = "word ".repeat(300);
        assertThatThrownBy(() -> parser.parse(manyTerms)).hasMessageContaining("too many terms");
        assertThatThrownBy(() -> parser.parse("x".repeat(5000))).hasMessageContaining("characters long");
        String deep = "(".repeat(40) + "a" + ")".repeat(40);
        assertThatThrownBy(() -> parser.parse(deep)).hasMessageContaining("too deeply nested");
        assertThatThrownBy(() -> parser.parse("a\u0000b")).hasMessageContaining("control character");
    }

    @Test
    void reportsWhereTheProblemIs() {
        assertThatThrownBy(() -> parser.parse("reprisals \"open"))
                .isInstanceOfSatisfying(
                        QuerySyntaxException.class,
                        e -> assertThat(e.position()).isEqualTo(10));
    }
}
