package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.junit.jupiter.api.Test;

class SponsorsAndStatesTest {

    private static final Vocabularies VOCAB = Vocabularies.bundled();

    @Test
    void theSponsorListBeforeDraftResolutionOverTwoLines() {
        String draft = "Agenda item 3\nAlbania, Bosnia and Herzegovina*, Costa Rica*,\nTurkey*, Mexico and the United "
                + "States of America: draft resolution\n37/... Title";
        assertThat(new SponsorListParser(VOCAB.states()).sponsors(draft))
                .containsExactly(
                        "Albania",
                        "Bosnia and Herzegovina",
                        "Costa Rica",
                        "Türkiye",
                        "Mexico",
                        "United States of America");
    }

    @Test
    void aSponsorsLine() {
        assertThat(new SponsorListParser(VOCAB.states()).sponsors("Text\nSponsors: Australia, Austria, Netherlands\n"))
                .containsExactly("Australia", "Austria", "Netherlands");
    }

    @Test
    void theStateUnderReviewAndTheRecommendingStatesOfAUprReport() {
        UprStates upr = new UprStates(VOCAB.states());
        assertThat(upr.stateUnderReview(UnSymbol.parse("A/HRC/WG.6/7/SVN/1"), ""))
                .contains("Slovenia");
        assertThat(
                        upr.stateUnderReview(
                                Optional.empty(),
                                "Report of the Working Group on the Universal Periodic Review*\nThe former Yugoslav Republic of Macedonia\n"))
                .contains("North Macedonia");
        String recs = "93.1. Ratify the Convention (France);\n93.2. Consider (Bosnia and Herzegovina, Chile);\n"
                + "93.3. Invite (Slovenia); continue (Republic of Korea); see (A/HRC/8/47)";
        assertThat(upr.recommendingStates(recs, Optional.of("Slovenia")))
                .containsExactly("France", "Bosnia and Herzegovina", "Chile", "Republic of Korea");
    }

    @Test
    void recommendingStatesWhoseNamesHaveTheirOwnParentheses() {
        // Reports from 2013 on print the UN short names: "(Bolivia (Plurinational State of))".
        String recs = "124.1. Ratify OP-CAT (Bolivia (Plurinational State of));\n"
                + "124.2. Continue its cooperation (Venezuela (Bolivarian Republic of), Cuba);\n"
                + "124.3. Strengthen (Iran (Islamic Republic of)); see (A/HRC/22/1 (2013))";
        assertThat(new UprStates(VOCAB.states()).recommendingStates(recs, Optional.of("Mexico")))
                .containsExactly(
                        "Bolivia (Plurinational State of)",
                        "Venezuela (Bolivarian Republic of)",
                        "Cuba",
                        "Iran (Islamic Republic of)");
    }

    @Test
    void aDialogueAccountNamesTheStateThatRecommendedButNotTheDelegationsThatCouldNotSpeak() {
        String text = "Czech Republic recommended that China (c) reform its system; In relation to Tibet, the United"
                + " Kingdom of Great Britain and Northern Ireland also recommended that China end it.\n"
                + "The statements of delegations that could not be delivered owing to time constraints (Bulgaria, Croatia,"
                + "\nEcuador and San Marino) will be posted on the extranet.\n93.1. Ratify (France);\nThe Committee"
                + " recommended it. China recommended nothing. Promote development (Timor-Leste) create jobs (Sudan)";
        assertThat(new UprStates(VOCAB.states()).recommendingStates(text, Optional.of("China")))
                .containsExactly(
                        "France",
                        "Timor-Leste",
                        "Sudan",
                        "Czechia",
                        "United Kingdom of Great Britain and Northern Ireland");
    }
}
