package org.hrcsearch.indexer.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actions checker on a small hand-written expected folder and actions read "by hand", with one deliberate error
 * of each kind: a wrong draft symbol, outcome, tally and resulting text, a State's wrong position, a State left out,
 * an action not read, an action read that is not expected, a report not found; and the same file read right.
 */
class ActionComparisonTest {

    @TempDir
    Path dir;

    private static final String ACTIONS = """
            report,draft,outcome,tally,resulting,note
            A/HRC/14/37,A/HRC/14/L.1,adopted_by_vote,2-1-1,A/HRC/RES/14/1,
            A/HRC/14/37,A/HRC/14/L.2,adopted_without_vote,,A/HRC/RES/14/2,
            A/HRC/14/37,A/HRC/14/L.3,withdrawn,,,
            A/HRC/14/37,A/HRC/14/L.4,adopted_by_vote,1-1-0,A/HRC/RES/14/4,
            A/HRC/14/37,,adopted_without_vote,,A/HRC/DEC/14/101,"a UPR outcome, no draft"
            A/HRC/14/37,A/HRC/14/L.6,adopted_without_vote,,A/HRC/RES/14/6,
            A/HRC/14/37,A/HRC/14/L.7,adopted_without_vote,,A/HRC/RES/14/7,
            A/HRC/28/2,A/HRC/28/L.1,adopted_without_vote,,A/HRC/RES/28/1,
            """;

    private static final String POSITIONS = """
            report,draft,state,position
            A/HRC/14/37,A/HRC/14/L.1,Angola,in_favour
            A/HRC/14/37,A/HRC/14/L.1,Brazil,in_favour
            A/HRC/14/37,A/HRC/14/L.1,Chile,against
            A/HRC/14/37,A/HRC/14/L.1,India,abstaining
            A/HRC/14/37,A/HRC/14/L.4,Angola,in_favour
            A/HRC/14/37,A/HRC/14/L.4,Chile,against
            """;

    private List<ExpectedAction> expected(String actions, String positions) throws IOException {
        Files.writeString(dir.resolve(ExpectedActionsFile.ACTIONS), actions);
        Files.writeString(dir.resolve(ExpectedActionsFile.POSITIONS), positions);
        return ExpectedActionsFile.read(dir);
    }

    private static StatePosition p(String state, VotePosition position) {
        return new StatePosition(state, position);
    }

    private static CouncilAction action(
            String draft, ActionOutcome outcome, String tally, String resulting, StatePosition... positions) {
        Optional<UnSymbol> d = draft.isEmpty() ? Optional.empty() : UnSymbol.parse(draft);
        Optional<UnSymbol> r = resulting.isEmpty() ? Optional.empty() : UnSymbol.parse(resulting);
        Optional<RecordedVote> vote = tally.isEmpty()
                ? Optional.empty()
                : Optional.of(new RecordedVote(
                        "draft resolution", Optional.empty(), Optional.of(Tally.parse(tally)), List.of(positions)));
        return CouncilAction.ofVote(
                d,
                r.map(UnSymbol::type).orElse(DocumentType.RESOLUTION),
                "",
                Optional.empty(),
                outcome,
                vote,
                r,
                new ActionSource(UnSymbol.parse("A/HRC/14/37").orElseThrow(), List.of(50), List.of(150)));
    }

    private static final VotePosition YES = VotePosition.IN_FAVOUR;
    private static final VotePosition NO = VotePosition.AGAINST;
    private static final VotePosition ABSTAIN = VotePosition.ABSTAINING;

    /** The actions of A/HRC/14/37 as the test "reads" them: one error of each kind. */
    private static final List<CouncilAction> READ = List.of(
            action(
                    "A/HRC/14/L.1",
                    ActionOutcome.ADOPTED_BY_VOTE,
                    "2-1-1",
                    "A/HRC/RES/14/1",
                    p("Angola", YES),
                    p("Brazil", YES),
                    p("Chile", NO),
                    p("India", YES)), // India abstained
            action("A/HRC/14/L.20", ActionOutcome.ADOPTED_WITHOUT_VOTE, "", "A/HRC/RES/14/2"), // the draft is L.2
            action("A/HRC/14/L.3", ActionOutcome.NO_ACTION, "", ""), // it was withdrawn
            action("A/HRC/14/L.4", ActionOutcome.ADOPTED_BY_VOTE, "1-0-1", "A/HRC/RES/14/4", p("Angola", YES)),
            action("", ActionOutcome.ADOPTED_WITHOUT_VOTE, "", "A/HRC/DEC/14/101"),
            action("A/HRC/14/L.7", ActionOutcome.ADOPTED_WITHOUT_VOTE, "", "A/HRC/RES/14/8"), // it became 14/7
            action(
                    "A/HRC/14/L.9",
                    ActionOutcome.ADOPTED_WITHOUT_VOTE,
                    "",
                    "A/HRC/RES/14/9")); // L.6 missed, L.9 made up

    private static Map<String, ActionComparison.ReportRead> reports(List<CouncilAction> actions) {
        return Map.of(
                "A/HRC/14/37",
                new ActionComparison.ReportRead(
                        "A/HRC/14/37", actions, List.of("A/HRC/14/37 p. 55, paragraph 50: the vote lists 1-0-0")),
                "A/HRC/43/2",
                new ActionComparison.ReportRead(
                        "A/HRC/43/2",
                        List.of(action("A/HRC/43/L.1", ActionOutcome.ADOPTED_WITHOUT_VOTE, "", "A/HRC/RES/43/1")),
                        List.of()));
    }

    @Test
    void eachKindOfErrorIsCaughtAndNamed() throws IOException {
        ActionComparison.Result r = new ActionComparison().compare(expected(ACTIONS, POSITIONS), reports(READ));

        assertThat(r.disagreements())
                .extracting(ActionDisagreement::describe)
                .containsExactly(
                        "A/HRC/14/37 A/HRC/14/L.1  positions  missing [India abstaining]  extra [India in_favour]",
                        "A/HRC/14/37 A/HRC/14/L.2  draft  expected [A/HRC/14/L.2]  derived [A/HRC/14/L.20]",
                        "A/HRC/14/37 A/HRC/14/L.3  outcome  expected [withdrawn]  derived [no_action]",
                        "A/HRC/14/37 A/HRC/14/L.4  tally  expected [1-1-0]  derived [1-0-1]",
                        "A/HRC/14/37 A/HRC/14/L.4  positions  missing [Chile against]  extra []",
                        "A/HRC/14/37 A/HRC/14/L.7  resulting  expected [A/HRC/RES/14/7]  derived [A/HRC/RES/14/8]");
        assertThat(r.missing())
                .extracting(ExpectedAction::name, ExpectedAction::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A/HRC/14/37 A/HRC/14/L.6", 7L),
                        org.assertj.core.groups.Tuple.tuple("A/HRC/28/2 A/HRC/28/L.1", 9L));
        assertThat(r.extra()).containsExactly("A/HRC/14/37 A/HRC/14/L.9 adopted_without_vote A/HRC/RES/14/9");
        assertThat(r.reportsNotRead()).containsExactly("A/HRC/28/2");
        assertThat(r.reportsNotCurated()).containsExactly("A/HRC/43/2");
        assertThat(r.expectedActions()).isEqualTo(8);
        assertThat(r.readActions()).isEqualTo(7);

        // positions over (action, State, position): 4 right, India's wrong one made up, India's and Chile's missed
        assertThat(r.positions())
                .extracting(FieldScore::truePositives, FieldScore::falsePositives, FieldScore::falseNegatives)
                .containsExactly(4, 1, 2);
        assertThat(r.positions().precision()).isEqualTo(0.8);
        // the made-up L.9 and the misread L.20 count against the draft's precision; L.2, L.6 and 28/L.1 its recall
        assertThat(r.score(ActionField.DRAFT))
                .extracting(FieldScore::truePositives, FieldScore::falsePositives, FieldScore::falseNegatives)
                .containsExactly(4, 2, 3);
        assertThat(r.unmet(ActionTargets.ISSUE_14)).hasSize(6).first().isEqualTo("reports not read: [A/HRC/28/2]");
        assertThat(r.unmet(ActionTargets.ISSUE_14).subList(1, 6))
                .extracting(u -> u.substring(0, u.indexOf(':')))
                .containsExactly("draft", "outcome", "tally", "resulting", "positions");
        assertThat(r.unmet(new ActionTargets(0.5, 0.6))).containsExactly("reports not read: [A/HRC/28/2]");
    }

    @Test
    void whatIsReadRightMeetsTheTargetsAndThePrintedReportSaysSo() throws IOException {
        String actions = String.join("\n", ACTIONS.lines().limit(2).toList()) + "\n";
        String positions = String.join("\n", POSITIONS.lines().limit(5).toList()) + "\n";
        List<CouncilAction> right = List.of(action(
                "A/HRC/14/L.1",
                ActionOutcome.ADOPTED_BY_VOTE,
                "2-1-1",
                "A/HRC/RES/14/1",
                p("Angola", YES),
                p("Brazil", YES),
                p("Chile", NO),
                p("India", ABSTAIN)));
        Map<String, ActionComparison.ReportRead> reports = reports(right);
        ActionComparison.Result r = new ActionComparison().compare(expected(actions, positions), reports);

        assertThat(r.unmet(ActionTargets.ISSUE_14)).isEmpty();
        assertThat(r.positions().recall()).isEqualTo(1.0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActionCheck.print(r, reports, ActionTargets.ISSUE_14, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Compared 1 expected actions with the 1 read out of 1 session reports.")
                .contains("positions                 1      4      0      0      1.000    1.000")
                .contains("Extractor warnings: 1\n  A/HRC/14/37 p. 55, paragraph 50: the vote lists 1-0-0")
                .contains("Session reports read but not curated (not compared): 1\n  A/HRC/43/2")
                .contains("Targets (draft, outcome, tally, resulting >= 1.000; positions >= 0.990): met");
    }

    @Test
    void aBadExpectedFileIsRefusedWithItsLine() {
        assertThatThrownBy(() -> expected(ACTIONS.replace("withdrawn", "dropped"), POSITIONS))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("actions.csv line 4: unknown outcome 'dropped'; use one of [");
        assertThatThrownBy(() -> expected(ACTIONS.replace("2-1-1", "2 to 1"), POSITIONS))
                .hasMessageContaining("actions.csv line 2: a tally is written in favour-against-abstaining");
        assertThatThrownBy(() -> expected(ACTIONS, POSITIONS + "A/HRC/14/37,A/HRC/14/L.5,Chile,against\n"))
                .hasMessageContaining("positions.csv line 8: no action on A/HRC/14/37 A/HRC/14/L.5 in actions.csv");
        assertThatThrownBy(() -> expected(ACTIONS, POSITIONS + "A/HRC/14/37,A/HRC/14/L.1,Chile,in_favour\n"))
                .hasMessageContaining("positions.csv line 8: Chile has a second position in A/HRC/14/37 A/HRC/14/L.1");
        assertThatThrownBy(() -> expected(ACTIONS.replace("A/HRC/14/L.7", "A/HRC/14/L.1"), POSITIONS))
                .hasMessageContaining("actions.csv line 8: a second action on A/HRC/14/37 A/HRC/14/L.1");
    }
}
