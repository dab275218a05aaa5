package org.hrcsearch.indexer.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hrcsearch.indexer.check.AliasSuggestions.Suggestion;
import org.junit.jupiter.api.Test;

class AliasSuggestionsTest {

    private final AliasSuggestions suggestions = new AliasSuggestions();

    @Test
    void theSameAcronymPrintedAloneOrAfterANameIsSuggested() {
        assertThat(suggestions.suggest(List.of("Centre for Law and Rights (CLR)", "CLR", "Human Rights Watch")))
                .containsExactly(new Suggestion("CLR", "Centre for Law and Rights (CLR)", "same acronym CLR"));
    }

    @Test
    void oneNameInsideTheOtherIsSuggested() {
        assertThat(suggestions.suggest(List.of("Minority Rights Group", "Minority Rights Group International (MRG)")))
                .containsExactly(new Suggestion(
                        "Minority Rights Group",
                        "Minority Rights Group International (MRG)",
                        "one name inside the other"));
    }

    @Test
    void twoFormsWithTheSameNameInParenthesesAreSuggested() {
        assertThat(suggestions.suggest(List.of(
                        "Red de defensores de África Occidental (West African Human Rights Defenders Network)",
                        "Réseau ouest-africain des défenseurs (West African Human Rights Defenders Network)")))
                .extracting(Suggestion::reason)
                .containsExactly("the same name in parentheses: West African Human Rights Defenders Network");
    }

    @Test
    void namesThatOnlyShareWordsAreNotSuggested() {
        assertThat(suggestions.suggest(
                        List.of("Human Rights Watch", "Human Rights House Foundation (HRHF)", "Amnesty International")))
                .isEmpty();
    }
}
