package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.junit.jupiter.api.Test;

/** Lists of sponsors and voters as the session reports print them. */
class SponsorNamesTest {

    private final SponsorNames names = new SponsorNames(Vocabularies.bundled().states());

    private List<String> states(String list) {
        return names.sponsors(list).stream()
                .map(s -> s.state().orElse("?" + s.printed()))
                .toList();
    }

    @Test
    void footnoteMarksGluedToNamesAreDropped() {
        assertThat(states("Palestine1 and Sudan1 (on behalf of the Group of Arab States)"))
                .containsExactly("State of Palestine", "Sudan");
    }

    @Test
    void aStateSpeakingForAGroupIsOneSponsorNamedAsPrinted() {
        assertThat(names.sponsors("Burkina Faso, on behalf of the Group of African States"))
                .containsExactly(new Sponsor(
                        "Burkina Faso, on behalf of the Group of African States",
                        java.util.Optional.of("Burkina Faso"),
                        java.util.Optional.of("Group of African States")));
    }

    @Test
    void twoStatesSpeakingForGroupsInParentheses() {
        List<Sponsor> read = names.sponsors("Croatia (on behalf of the European Union) and Uruguay (on behalf of the "
                + "Group of Latin American and Caribbean States)");

        assertThat(read)
                .extracting(s -> s.state().orElseThrow() + " for " + s.group().orElseThrow())
                .containsExactly(
                        "Croatia for European Union", "Uruguay for Group of Latin American and Caribbean States");
    }

    @Test
    void aGroupWithItsExceptionsStaysOneSponsor() {
        List<Sponsor> read = names.sponsors("Azerbaijan, on behalf of the Movement of Non-Aligned Countries, with the "
                + "exception of Colombia, Ecuador and Honduras");

        assertThat(read).singleElement().satisfies(s -> {
            assertThat(s.state()).contains("Azerbaijan");
            assertThat(s.group())
                    .contains(
                            "Movement of Non-Aligned Countries, with the exception of Colombia, Ecuador and Honduras");
        });
    }

    @Test
    void aStateWhoseNameHoldsAndOrParentheses() {
        assertThat(states("Bosnia and Herzegovina, Venezuela (Bolivarian Republic of) and Yemen"))
                .containsExactly("Bosnia and Herzegovina", "Venezuela (Bolivarian Republic of)", "Yemen");
    }

    @Test
    void aCommaTheReportLeftOutBetweenTwoStates() {
        // A/HRC/43/2, paragraph 270: "El Salvador, Fiji, France Germany, Guatemala"
        assertThat(states("El Salvador, Fiji, France Germany, Guatemala"))
                .containsExactly("El Salvador", "Fiji", "France", "Germany", "Guatemala");
    }

    @Test
    void aVoteListWithAFootnoteMarkAfterAComma() {
        SponsorNames.StateList read = names.states("Belgium, Burkina Faso,2 France, Hungary");

        assertThat(read.states()).containsExactly("Belgium", "Burkina Faso", "France", "Hungary");
        assertThat(read.unknown()).isEmpty();
    }

    @Test
    void aNameThatIsNoStateIsKeptAside() {
        SponsorNames.StateList read = names.states("Ireland, Irelands");

        assertThat(read.states()).containsExactly("Ireland");
        assertThat(read.unknown()).containsExactly("Irelands");
    }
}
