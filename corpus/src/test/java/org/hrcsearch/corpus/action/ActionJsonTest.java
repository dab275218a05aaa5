package org.hrcsearch.corpus.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;
import org.junit.jupiter.api.Test;

/** The written form of the Council's actions: what the index stores and the API shows. */
class ActionJsonTest {

    private static UnSymbol symbol(String text) {
        return UnSymbol.parse(text).orElseThrow();
    }

    /** A/HRC/43/2's story of L.31/Rev.1, shortened: every part an action can have. */
    static CouncilAction resolution4321() {
        Sponsor czechia = new Sponsor(
                "Czechia, on behalf of the States members of the European Union",
                Optional.of("Czechia"),
                Optional.of("States members of the European Union"));
        RecordedVote vote = new RecordedVote(
                "draft resolution",
                Optional.of(czechia),
                Optional.of(new Tally(2, 1, 1)),
                List.of(
                        new StatePosition("Angola", VotePosition.IN_FAVOUR),
                        new StatePosition("Argentina", VotePosition.IN_FAVOUR),
                        new StatePosition("Czechia", VotePosition.AGAINST),
                        new StatePosition("Chile", VotePosition.ABSTAINING)));
        Amendment withdrawn = new Amendment(
                Optional.of(symbol("A/HRC/43/L.45")),
                List.of(Sponsor.state("Pakistan")),
                Optional.of(ActionOutcome.WITHDRAWN),
                Optional.empty());
        Amendment oral = new Amendment(Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        return new CouncilAction(
                Optional.of(symbol("A/HRC/43/L.31/Rev.1")),
                DocumentType.RESOLUTION,
                "Promoting mutually beneficial cooperation in the field of human rights",
                OptionalInt.of(45),
                Optional.of(LocalDate.of(2020, 6, 22)),
                List.of(Sponsor.state("China")),
                List.of(Sponsor.state("Belarus"), Sponsor.state("Cuba")),
                List.of(Sponsor.state("Sierra Leone")),
                true,
                List.of(Sponsor.state("China")),
                List.of(withdrawn, oral),
                ActionOutcome.ADOPTED_BY_VOTE,
                Optional.of(vote),
                List.of(new RecordedVote("paragraph 3", Optional.empty(), Optional.empty(), List.of())),
                Optional.of(symbol("A/HRC/RES/43/21")),
                new ActionSource(symbol("A/HRC/43/2"), List.of(44, 45), List.of(260, 264)));
    }

    @Test
    void recordsSurviveTheRoundTripWithEveryPartOfAnAction() {
        CouncilAction upr = new CouncilAction(
                Optional.empty(),
                DocumentType.DECISION,
                "",
                OptionalInt.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                false,
                List.of(),
                List.of(),
                ActionOutcome.ADOPTED_WITHOUT_VOTE,
                Optional.empty(),
                List.of(),
                Optional.of(symbol("A/HRC/DEC/43/101")),
                new ActionSource(symbol("A/HRC/43/2"), List.of(12), List.of()));
        AdoptedText listed = new AdoptedText(
                symbol("A/HRC/RES/43/21"),
                "Promoting mutually beneficial cooperation in the field of human rights",
                Optional.of(LocalDate.of(2020, 6, 22)),
                symbol("A/HRC/43/2"));
        ActionRecords records = new ActionRecords(List.of(resolution4321(), upr), List.of(listed));

        assertThat(ActionJson.read(ActionJson.write(records))).isEqualTo(records);
    }

    @Test
    void anActionIsWrittenWithSnakeCaseNamesNullsForWhatIsNotGivenAndPositionsByList() {
        String json = ActionJson.action(resolution4321()).toString();
        assertThat(json)
                .contains("\"draft\":\"A/HRC/43/L.31/Rev.1\"")
                .contains("\"co_sponsors\":[{\"printed\":\"Belarus\",\"state\":\"Belarus\",\"group\":null}")
                .contains("\"tally\":{\"in_favour\":2,\"against\":1,\"abstaining\":1}")
                .contains("\"positions\":{\"in_favour\":[\"Angola\",\"Argentina\"],\"against\":[\"Czechia\"],"
                        + "\"abstaining\":[\"Chile\"]}")
                .contains("{\"symbol\":null,\"sponsors\":[],\"outcome\":null,\"vote\":null}")
                .contains("\"resulting\":\"A/HRC/RES/43/21\"");
    }

    @Test
    void anActionOfAVotesFileKeepsItsLinesAndHasNoReport() {
        CouncilAction fromCsv = new CouncilAction(
                Optional.empty(),
                DocumentType.RESOLUTION,
                "T",
                OptionalInt.empty(),
                Optional.of(LocalDate.of(2020, 6, 22)),
                List.of(),
                List.of(),
                List.of(),
                false,
                List.of(),
                List.of(),
                ActionOutcome.ADOPTED_BY_VOTE,
                Optional.of(new RecordedVote(
                        "draft resolution",
                        Optional.empty(),
                        Optional.of(new Tally(1, 0, 0)),
                        List.of(new StatePosition("Angola", VotePosition.IN_FAVOUR)))),
                List.of(),
                Optional.of(symbol("A/HRC/RES/43/21")),
                ActionSource.votesFile(List.of(2, 48)));
        ActionRecords records = new ActionRecords(List.of(fromCsv), List.of());

        assertThat(ActionJson.action(fromCsv).get("source").toString())
                .isEqualTo("{\"kind\":\"votes_file\",\"report\":null,\"pages\":[],\"paragraphs\":[],\"lines\":[2,48]}");
        assertThat(ActionJson.read(ActionJson.write(records))).isEqualTo(records);
    }

    @Test
    void aSourceStoredWithoutAKindIsAReport() {
        String stored = ActionJson.write(new ActionRecords(List.of(resolution4321()), List.of()))
                .replace("\"kind\":\"report\",", "");

        assertThat(ActionJson.read(stored).actions().getFirst().source())
                .isEqualTo(new ActionSource(symbol("A/HRC/43/2"), List.of(44, 45), List.of(260, 264)));
    }

    @Test
    void somethingElseIsNotReadAsActions() {
        assertThatThrownBy(() -> ActionJson.read("{\"actions\":[{\"kind\":\"letter\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not stored Council actions");
    }
}
