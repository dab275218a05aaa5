package org.hrcsearch.corpus.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;
import org.junit.jupiter.api.Test;

/** What a council action must hold to be one. */
class CouncilActionTest {

    private static UnSymbol symbol(String text) {
        return UnSymbol.parse(text).orElseThrow();
    }

    private static CouncilAction action(
            String draft, DocumentType kind, ActionOutcome outcome, Optional<RecordedVote> vote, String resulting) {
        return new CouncilAction(
                Optional.ofNullable(draft).map(CouncilActionTest::symbol),
                kind,
                "",
                OptionalInt.of(45),
                Optional.empty(),
                List.of(Sponsor.state("China")),
                List.of(),
                List.of(),
                false,
                List.of(),
                List.of(),
                outcome,
                vote,
                List.of(),
                Optional.ofNullable(resulting).map(CouncilActionTest::symbol),
                new ActionSource(symbol("A/HRC/43/2"), List.of(44), List.of(260, 265)));
    }

    private static Optional<RecordedVote> vote(Tally tally) {
        return Optional.of(
                new RecordedVote("the draft resolution", Optional.empty(), Optional.ofNullable(tally), List.of()));
    }

    @Test
    void aDraftAdoptedByVoteWithItsTallyBecomesItsResolution() {
        CouncilAction a = action(
                "A/HRC/43/L.31/Rev.1",
                DocumentType.RESOLUTION,
                ActionOutcome.ADOPTED_BY_VOTE,
                vote(new Tally(23, 16, 8)),
                "A/HRC/RES/43/21");

        assertThat(a.tally()).contains(new Tally(23, 16, 8));
        assertThat(a.draft().orElseThrow().revision()).hasValue(1);
    }

    @Test
    void adoptedByVoteWithoutATallyIsNoAction() {
        assertThatThrownBy(() -> action(
                        "A/HRC/43/L.31", DocumentType.RESOLUTION, ActionOutcome.ADOPTED_BY_VOTE, vote(null), null))
                .hasMessageContaining("no tally");
    }

    @Test
    void aDraftResolutionCannotBecomeADecision() {
        assertThatThrownBy(() -> action(
                        "A/HRC/43/L.31",
                        DocumentType.RESOLUTION,
                        ActionOutcome.ADOPTED_WITHOUT_VOTE,
                        Optional.empty(),
                        "A/HRC/DEC/43/117"))
                .hasMessageContaining("cannot become A/HRC/DEC/43/117");
    }

    @Test
    void aRejectedDraftBecomesNothing() {
        assertThatThrownBy(() -> action(
                        "A/HRC/43/L.31",
                        DocumentType.RESOLUTION,
                        ActionOutcome.REJECTED,
                        vote(new Tally(16, 23, 8)),
                        "A/HRC/RES/43/21"))
                .hasMessageContaining("rejected but became");
    }

    @Test
    void theDraftSymbolIsAnLDocument() {
        assertThatThrownBy(() -> action(
                        "A/HRC/43/2",
                        DocumentType.RESOLUTION,
                        ActionOutcome.ADOPTED_WITHOUT_VOTE,
                        Optional.empty(),
                        null))
                .hasMessageContaining("L. document");
    }

    @Test
    void anActionNamesItsDraftOrItsText() {
        assertThatThrownBy(() ->
                        action(null, DocumentType.DECISION, ActionOutcome.ADOPTED_WITHOUT_VOTE, Optional.empty(), null))
                .hasMessageContaining("neither");
        assertThat(action(
                                null,
                                DocumentType.DECISION,
                                ActionOutcome.ADOPTED_WITHOUT_VOTE,
                                Optional.empty(),
                                "A/HRC/DEC/14/101")
                        .draft())
                .isEmpty();
    }

    @Test
    void aTallyIsWrittenAndReadInFavourAgainstAbstaining() {
        assertThat(Tally.parse("23-16-8")).isEqualTo(new Tally(23, 16, 8));
        assertThat(new Tally(35, 0, 12)).hasToString("35-0-12");
        assertThatThrownBy(() -> Tally.parse("23-16")).hasMessageContaining("e.g. 23-16-8");
    }

    @Test
    void listsThatDoNotAddUpToTheTallyAreSeen() {
        RecordedVote v = new RecordedVote(
                "the draft resolution",
                Optional.empty(),
                Optional.of(new Tally(1, 1, 1)),
                List.of(
                        new StatePosition("China", VotePosition.IN_FAVOUR),
                        new StatePosition("Czechia", VotePosition.AGAINST)));

        assertThat(v.listedCounts()).isEqualTo(new Tally(1, 1, 0));
        assertThat(v.listsMatchTally()).isFalse();
    }

    @Test
    void outcomesAndPositionsAreReadFromTheirKeys() {
        assertThat(ActionOutcome.fromKey("adopted without vote")).contains(ActionOutcome.ADOPTED_WITHOUT_VOTE);
        assertThat(VotePosition.fromKey("IN_FAVOUR")).contains(VotePosition.IN_FAVOUR);
        assertThat(ActionOutcome.allowedKeys())
                .isEqualTo("[adopted_without_vote, adopted_by_vote, rejected, withdrawn, no_action]");
    }

    @Test
    void anActionKnownByItsVoteAloneHasNoMeetingSponsorsRevisionsOrAmendmentsAndKeepsItsRules() {
        CouncilAction a = CouncilAction.ofVote(
                Optional.of(symbol("A/HRC/43/L.31/Rev.1")),
                DocumentType.RESOLUTION,
                "Promoting mutually beneficial cooperation",
                Optional.empty(),
                ActionOutcome.ADOPTED_BY_VOTE,
                vote(new Tally(23, 16, 8)),
                Optional.of(symbol("A/HRC/RES/43/21")),
                new ActionSource(symbol("A/HRC/43/2"), List.of(44), List.of(260)));
        assertThat(a.meeting()).isEmpty();
        assertThat(a.sponsors()).isEmpty();
        assertThat(a.amendments()).isEmpty();
        assertThat(a.orallyRevised()).isFalse();
        assertThat(a.tally()).contains(new Tally(23, 16, 8));
        assertThatThrownBy(() -> CouncilAction.ofVote(
                        Optional.of(symbol("A/HRC/43/L.31/Rev.1")),
                        DocumentType.RESOLUTION,
                        "",
                        Optional.empty(),
                        ActionOutcome.REJECTED,
                        vote(new Tally(10, 20, 3)),
                        Optional.of(symbol("A/HRC/RES/43/21")),
                        new ActionSource(symbol("A/HRC/43/2"), List.of(44), List.of(260))))
                .as("the record's rules hold for it too")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
