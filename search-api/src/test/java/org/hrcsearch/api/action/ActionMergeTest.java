package org.hrcsearch.api.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hrcsearch.api.search.DocumentRef;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.junit.jupiter.api.Test;

/** A report's actions and a votes file's, as one list: the report wins for what it prints, the file fills the rest. */
class ActionMergeTest {

    private static final DocumentRef REPORT =
            new DocumentRef("aaaaaaaaaaaaaaaa", "A/HRC/43/2", "Report", "session_report", "43", "2020-08-01");
    private static final DocumentRef VOTES =
            new DocumentRef("bbbbbbbbbbbbbbbb", null, "Recorded votes", "voting_record", "43", "2020-06-22");

    private static final List<StatePosition> CSV_POSITIONS = List.of(
            new StatePosition("Angola", VotePosition.IN_FAVOUR),
            new StatePosition("China", VotePosition.IN_FAVOUR),
            new StatePosition("Czechia", VotePosition.AGAINST),
            new StatePosition("Brazil", VotePosition.ABSTAINING));

    private static Optional<UnSymbol> symbol(String s) {
        return Optional.ofNullable(s).map(t -> UnSymbol.parse(t).orElseThrow());
    }

    private static CouncilAction action(
            String draft,
            String resulting,
            String title,
            ActionOutcome outcome,
            Optional<RecordedVote> vote,
            ActionSource source) {
        return CouncilAction.ofVote(
                symbol(draft),
                DocumentType.RESOLUTION,
                title,
                Optional.of(LocalDate.of(2020, 6, 22)),
                outcome,
                vote,
                symbol(resulting),
                source);
    }

    private static Optional<RecordedVote> vote(Tally tally, List<StatePosition> positions) {
        return Optional.of(new RecordedVote("draft resolution", Optional.empty(), Optional.of(tally), positions));
    }

    private static ActionDirectory.Entry fromReport(CouncilAction a) {
        return ActionDirectory.Entry.of(a, REPORT, Optional.of(Session.regular(43)));
    }

    private static ActionDirectory.Entry fromVotesFile(CouncilAction a) {
        return ActionDirectory.Entry.of(a, VOTES, Optional.of(Session.regular(43)));
    }

    private static final ActionSource PAGE_44 =
            new ActionSource(UnSymbol.parse("A/HRC/43/2").orElseThrow(), List.of(44), List.of(260));

    /** A/HRC/RES/43/21 as a votes file gives it: 2-1-1. */
    private static CouncilAction csv(String draft, String resulting) {
        return action(
                draft,
                resulting,
                "Promoting cooperation",
                ActionOutcome.ADOPTED_BY_VOTE,
                vote(new Tally(2, 1, 1), CSV_POSITIONS),
                ActionSource.votesFile(List.of(2, 5)));
    }

    @Test
    void aReportThatPrintedOnlyATallyGetsTheVotesFilesPositions() {
        CouncilAction printed = action(
                "A/HRC/43/L.31/Rev.1",
                "A/HRC/RES/43/21",
                "Promoting mutually beneficial cooperation",
                ActionOutcome.ADOPTED_BY_VOTE,
                vote(new Tally(2, 1, 1), List.of()),
                PAGE_44);

        List<ActionDirectory.Entry> merged =
                ActionMerge.merge(List.of(fromReport(printed)), List.of(fromVotesFile(csv(null, "A/HRC/RES/43/21"))));

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.action().vote().orElseThrow().positions()).containsExactlyElementsOf(CSV_POSITIONS);
            assertThat(e.action().tally()).contains(new Tally(2, 1, 1));
            assertThat(e.action().title()).isEqualTo("Promoting mutually beneficial cooperation");
            assertThat(e.action().source()).isEqualTo(PAGE_44);
            assertThat(e.report()).contains(REPORT);
            assertThat(e.votesFile()).contains(VOTES);
            assertThat(e.positionsFrom()).contains(ActionSource.Kind.VOTES_FILE);
            assertThat(e.warnings()).isEmpty();
        });
    }

    @Test
    void whenBothGivePositionsAndTheyDifferTheReportsStayWithAWarning() {
        List<StatePosition> reportPositions = List.of(
                new StatePosition("Angola", VotePosition.IN_FAVOUR),
                new StatePosition("China", VotePosition.IN_FAVOUR),
                new StatePosition("Czechia", VotePosition.ABSTAINING),
                new StatePosition("Brazil", VotePosition.ABSTAINING));
        CouncilAction printed = action(
                "A/HRC/43/L.31/Rev.1",
                "A/HRC/RES/43/21",
                "T",
                ActionOutcome.ADOPTED_BY_VOTE,
                vote(new Tally(2, 0, 2), reportPositions),
                PAGE_44);

        List<ActionDirectory.Entry> merged = ActionMerge.merge(
                List.of(fromReport(printed)), List.of(fromVotesFile(csv("A/HRC/43/L.31", "A/HRC/RES/43/21"))));

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.action().vote().orElseThrow().positions()).containsExactlyElementsOf(reportPositions);
            assertThat(e.positionsFrom()).contains(ActionSource.Kind.REPORT);
            assertThat(e.votesFile()).contains(VOTES);
            assertThat(e.warnings())
                    .containsExactly("the votes file gives other positions for 1 State; the report's are kept:"
                            + " Czechia abstaining (votes file: against)");
        });
    }

    @Test
    void aDraftWithoutItsRevisionFindsTheReportsAction() {
        CouncilAction printed = action(
                "A/HRC/43/L.31/Rev.1", null, "T", ActionOutcome.REJECTED, vote(new Tally(2, 1, 1), List.of()), PAGE_44);

        List<ActionDirectory.Entry> merged =
                ActionMerge.merge(List.of(fromReport(printed)), List.of(fromVotesFile(csv("A/HRC/43/L.31", null))));

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.action().outcome()).isEqualTo(ActionOutcome.REJECTED);
            assertThat(e.action().vote().orElseThrow().positions()).hasSize(4);
            assertThat(e.warnings())
                    .containsExactly("the votes file's rows make it adopted by vote, the report says rejected,"
                            + " which is kept");
        });
    }

    @Test
    void rowsThatCountAnotherTallyFillThePositionsWithAWarning() {
        CouncilAction printed = action(
                null,
                "A/HRC/RES/43/21",
                "T",
                ActionOutcome.ADOPTED_BY_VOTE,
                vote(new Tally(23, 16, 8), List.of()),
                PAGE_44);

        ActionDirectory.Entry e = ActionMerge.merge(
                        List.of(fromReport(printed)), List.of(fromVotesFile(csv(null, "A/HRC/RES/43/21"))))
                .getFirst();

        assertThat(e.action().tally()).contains(new Tally(23, 16, 8));
        assertThat(e.warnings())
                .containsExactly("the votes file's rows count 2-1-1, the report prints 23-16-8; the positions are the"
                        + " votes file's");
    }

    @Test
    void aVoteOnATextTheReportSaysWasAdoptedWithoutOneIsAWarningNotAVote() {
        CouncilAction printed =
                action(null, "A/HRC/RES/43/21", "T", ActionOutcome.ADOPTED_WITHOUT_VOTE, Optional.empty(), PAGE_44);

        ActionDirectory.Entry e = ActionMerge.merge(
                        List.of(fromReport(printed)), List.of(fromVotesFile(csv(null, "A/HRC/RES/43/21"))))
                .getFirst();

        assertThat(e.action().vote()).isEmpty();
        assertThat(e.action().outcome()).isEqualTo(ActionOutcome.ADOPTED_WITHOUT_VOTE);
        assertThat(e.warnings()).singleElement().asString().contains("records a vote of 2-1-1");
    }

    @Test
    void anActionNoReportTellsIsItsOwnAfterTheReportsAndAnUnmatchedReportActionStaysAsItWas() {
        CouncilAction printed = action(
                "A/HRC/43/L.2", "A/HRC/RES/43/1", "T", ActionOutcome.ADOPTED_WITHOUT_VOTE, Optional.empty(), PAGE_44);
        ActionDirectory.Entry report = fromReport(printed);

        List<ActionDirectory.Entry> merged =
                ActionMerge.merge(List.of(report), List.of(fromVotesFile(csv("A/HRC/43/L.40", null))));

        assertThat(merged).hasSize(2);
        assertThat(merged.getFirst()).isEqualTo(report);
        assertThat(merged.get(1).report()).isEmpty();
        assertThat(merged.get(1).votesFile()).contains(VOTES);
        assertThat(merged.get(1).positionsFrom()).contains(ActionSource.Kind.VOTES_FILE);
        assertThat(merged.get(1).action().draft().orElseThrow().text()).isEqualTo("A/HRC/43/L.40");
    }

    @Test
    void aSecondVotesFileThatDiffersIsNotedOnTheAction() {
        CouncilAction again = action(
                null,
                "A/HRC/RES/43/21",
                "T",
                ActionOutcome.ADOPTED_BY_VOTE,
                vote(new Tally(1, 0, 0), List.of(new StatePosition("Angola", VotePosition.IN_FAVOUR))),
                ActionSource.votesFile(List.of(2, 2)));
        DocumentRef other = new DocumentRef("cccccccccccccccc", null, "Other", "voting_record", "43", null);

        List<ActionDirectory.Entry> merged = ActionMerge.merge(
                List.of(),
                List.of(
                        fromVotesFile(csv(null, "A/HRC/RES/43/21")),
                        ActionDirectory.Entry.of(again, other, Optional.empty())));

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.votesFile()).contains(VOTES);
            assertThat(e.warnings())
                    .singleElement()
                    .asString()
                    .startsWith("another votes file (document cccccccccccccccc)");
        });
    }
}
