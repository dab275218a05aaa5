package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.hrcsearch.corpus.vocab.Vocabularies;
import org.junit.jupiter.api.Test;

class SignatoryParserTest {

    private static final Vocabularies VOCAB = Vocabularies.bundled();
    private final SignatoryParser parser = new SignatoryParser(VOCAB.organisations(), VOCAB.states());

    @Test
    void aHeadedListOfNameCountryLinesGivesCanonicalNamesAndDropsTheCountry() {
        String letter = """
        Human Rights Watch has documented the case, and so has Amnesty International.

        Signatories:

        ARTICLE 19, International
        FIDH, International
        Global Initiative for Economic, Social and Cultural Rights, International
        Lawyers’ Rights Watch Canada, Canada
        Zimbabwe Lawyers for Human Rights, Zimbabwe
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "ARTICLE 19",
                        "International Federation for Human Rights (FIDH)",
                        "Global Initiative for Economic, Social and Cultural Rights",
                        "Lawyers' Rights Watch Canada (LRWC)",
                        "Zimbabwe Lawyers for Human Rights (ZLHR)");
    }

    @Test
    void aNumberedListAfterTheClosingWithDashedCountries() {
        String letter = """
        We thank you for your attention.

        Sincerely,

        1. Action 54 – South Sudan

        2. CIVICUS

        3. FIDH (International Federation for Human Rights)

        [1] A footnote that is not a signatory.
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "Action 54",
                        "CIVICUS: World Alliance for Citizen Participation",
                        "International Federation for Human Rights (FIDH)");
    }

    @Test
    void namesRunTogetherOnOneLineAreSplitAtKnownNamesAndParentheses() {
        String letter = "We urge your government to act.\n\nSincerely,\n\n"
                + "Amnesty International Arseh Sevom Article 18 ARTICLE 19 Cairo Institute for Human Rights Studies (CIHRS) "
                + "The Advocates for Human Rights Veloria Rural Women Forum (VRWF) Human Rights Watch\n\nANNEX\n";
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "Amnesty International",
                        "Arseh Sevom",
                        "Article 18",
                        "ARTICLE 19",
                        "Cairo Institute for Human Rights Studies (CIHRS)",
                        "The Advocates for Human Rights",
                        "Veloria Rural Women Forum (VRWF)",
                        "Human Rights Watch");
    }

    @Test
    void inlineListsAndStatementsMadeOnBehalfOfOrganisations() {
        assertThat(parser.signatories("Text.\n\nSigned: CIVICUS; ISHR; Coastal Rights\nAlliance\n"))
                .containsExactly(
                        "CIVICUS: World Alliance for Citizen Participation",
                        "International Service for Human Rights (ISHR)",
                        "Coastal Rights Alliance");
        assertThat(parser.signatories("The following statement is made on behalf of Conectas Direitos Humanos, the "
                        + "Cairo Institute for Human Rights Studies (CIHRS), and UPR Info.\n\nWe are alarmed."))
                .containsExactly(
                        "Conectas Direitos Humanos", "Cairo Institute for Human Rights Studies (CIHRS)", "UPR Info");
    }

    @Test
    void anOrganisationOnlyMentionedInTheBodyOrAGroupOfStatesIsNotASignatory() {
        assertThat(parser.signatories("As Amnesty International noted, this matters. We welcome the statement made "
                        + "on behalf of a group of States and on behalf of 58 States.\n\nI thank you."))
                .isEmpty();
    }
}
