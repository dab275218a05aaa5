package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.junit.jupiter.api.Test;

class VotesCsvReaderTest {

    private final VotesCsvReader reader =
            new VotesCsvReader(Vocabularies.bundled().states());

    private List<CouncilAction> read(String csv) {
        VotesCsvReader.Result result = reader.read(csv);
        assertThat(result).isInstanceOf(VotesCsvReader.Result.Read.class);
        return ((VotesCsvReader.Result.Read) result).actions();
    }

    private List<VotesCsvReader.BadRow> rejected(String csv) {
        VotesCsvReader.Result result = reader.read(csv);
        assertThat(result).isInstanceOf(VotesCsvReader.Result.Rejected.class);
        return ((VotesCsvReader.Result.Rejected) result).badRows();
    }

    private static final String GOOD = """
            symbol,date,title,state,vote
            A/HRC/RES/43/21,2020-06-22,"Promoting mutually beneficial cooperation, in the field of human rights",China,Y
            A/HRC/RES/43/21,2020-06-22,"Promoting mutually beneficial cooperation, in the field of human rights",Czech Republic,N
            A/HRC/RES/43/21,2020-06-22,"Promoting mutually beneficial cooperation, in the field of human rights",Brazil,A
            A/HRC/RES/43/21,2020-06-22,"Promoting mutually beneficial cooperation, in the field of human rights",Angola,Y
            A/HRC/RES/43/21,2020-06-22,"Promoting mutually beneficial cooperation, in the field of human rights",Fiji,absent
            A/HRC/43/L.40,2020-06-22,Question of human rights in a State,Angola,N
            A/HRC/43/L.40,2020-06-22,Question of human rights in a State,China,N
            A/HRC/43/L.40,2020-06-22,Question of human rights in a State,Czechia,Y
            """;

    @Test
    void goodFileGivesOneActionPerSymbolWithTheTallyCountedFromItsRows() {
        List<CouncilAction> actions = read(GOOD);

        assertThat(actions).hasSize(2);
        CouncilAction resolution = actions.getFirst();
        assertThat(resolution.resulting().orElseThrow().text()).isEqualTo("A/HRC/RES/43/21");
        assertThat(resolution.draft()).isEmpty();
        assertThat(resolution.kind()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(resolution.title())
                .isEqualTo("Promoting mutually beneficial cooperation, in the field of human rights");
        assertThat(resolution.date()).contains(LocalDate.of(2020, 6, 22));
        assertThat(resolution.outcome()).isEqualTo(ActionOutcome.ADOPTED_BY_VOTE);
        assertThat(resolution.tally()).contains(new Tally(2, 1, 1));
        assertThat(resolution.vote().orElseThrow().positions())
                .containsExactly(
                        new StatePosition("China", VotePosition.IN_FAVOUR),
                        new StatePosition("Czechia", VotePosition.AGAINST),
                        new StatePosition("Brazil", VotePosition.ABSTAINING),
                        new StatePosition("Angola", VotePosition.IN_FAVOUR));
        assertThat(resolution.source().kind()).isEqualTo(ActionSource.Kind.VOTES_FILE);
        assertThat(resolution.source().lines()).containsExactly(2, 6);
    }

    @Test
    void absentStatesAreInNoListAndCountNowhere() {
        CouncilAction resolution = read(GOOD).getFirst();

        assertThat(resolution.vote().orElseThrow().positions())
                .extracting(StatePosition::state)
                .doesNotContain("Fiji");
        assertThat(resolution.tally().orElseThrow().total()).isEqualTo(4);
    }

    @Test
    void aDraftWithMoreVotesAgainstThanForIsRejectedAndOneWithMoreForIsAdoptedWithNoResultingText() {
        CouncilAction rejected = read(GOOD).get(1);
        assertThat(rejected.draft().orElseThrow().text()).isEqualTo("A/HRC/43/L.40");
        assertThat(rejected.outcome()).isEqualTo(ActionOutcome.REJECTED);
        assertThat(rejected.tally()).contains(new Tally(1, 2, 0));
        assertThat(rejected.resulting()).isEmpty();

        CouncilAction adopted = read("""
                        symbol,date,title,state,vote
                        A/HRC/55/L.12/Rev.1,2024-04-04,Freedom of expression,China,A
                        A/HRC/55/L.12/Rev.1,2024-04-04,Freedom of expression,Chile,Y
                        """).getFirst();
        assertThat(adopted.outcome()).isEqualTo(ActionOutcome.ADOPTED_BY_VOTE);
        assertThat(adopted.resulting()).isEmpty();
    }

    @Test
    void anEqualVoteRejectsADraft() {
        CouncilAction tie = read("""
                        symbol,date,title,state,vote
                        A/HRC/55/L.12,2024-04-04,T,China,Y
                        A/HRC/55/L.12,2024-04-04,T,Chile,N
                        """).getFirst();

        assertThat(tie.outcome()).isEqualTo(ActionOutcome.REJECTED);
    }

    @Test
    void theDraftColumnLinksAResolutionToItsDraft() {
        CouncilAction a = read("""
                        Symbol,Draft,Date,Title,State,Vote
                        A/HRC/RES/43/21,A/HRC/43/L.31/Rev.1,2020-06-22,T,China,Y
                        A/HRC/RES/43/21,A/HRC/43/L.31/Rev.1,2020-06-22,T,Czechia,N
                        """).getFirst();

        assertThat(a.draft().orElseThrow().text()).isEqualTo("A/HRC/43/L.31/Rev.1");
        assertThat(a.resulting().orElseThrow().text()).isEqualTo("A/HRC/RES/43/21");
    }

    @Test
    void theDigitalLibrarysHeaderNamesAndVoteSpellingsAreRead() {
        List<CouncilAction> actions = read("""
                        undl_id,MS_NAME,ms_code,MS_VOTE,Date,Resolution,Title
                        1,China,CHN,Yes,2020-06-22,A/HRC/RES/43/21,T
                        1,Czechia,CZE,No,2020-06-22,A/HRC/RES/43/21,T
                        1,Brazil,BRA,Abstain,2020-06-22,A/HRC/RES/43/21,T
                        1,Fiji,FJI,Non-voting,2020-06-22,A/HRC/RES/43/21,T
                        1,Chile,CHL,In favour,2020-06-22,A/HRC/RES/43/21,T
                        1,Cuba,CUB,against,2020-06-22,A/HRC/RES/43/21,T
                        1,Peru,PER,Abstention,2020-06-22,A/HRC/RES/43/21,T
                        1,Togo,TGO,X,2020-06-22,A/HRC/RES/43/21,T
                        """);

        assertThat(actions).hasSize(1);
        assertThat(actions.getFirst().tally()).contains(new Tally(2, 2, 2));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        List<CouncilAction> actions = read("\uFEFF" + GOOD);

        assertThat(actions).hasSize(2);
    }

    @Test
    void quotedTitlesKeepTheirCommasAndQuotes() {
        CouncilAction a = read("symbol,date,title,state,vote\n"
                        + "A/HRC/55/L.3,2024-04-04,\"Cooperation with Georgia, and \"\"others\"\"\",China,Y\n")
                .getFirst();

        assertThat(a.title()).isEqualTo("Cooperation with Georgia, and \"others\"");
    }

    @Test
    void eachKindOfBadRowIsReportedWithItsLineNumber() {
        List<VotesCsvReader.BadRow> bad = rejected("""
                symbol,date,title,state,vote
                A/HRC/RES/43/21,2020-06-22,T,China,Y
                A/HRC/RES/43/21,2020-06-22,T,Atlantis,Y
                not a symbol,2020-06-22,T,China,Y
                A/HRC/43/2,2020-06-22,T,China,Y
                A/HRC/RES/43/21,22/06/2020,T,Brazil,Y
                A/HRC/RES/43/21,2020-06-22,T,Chile,maybe
                A/HRC/RES/43/21,2020-06-22,T,Czech Republic,N
                A/HRC/RES/43/21,2020-06-22,T,Czechia,N
                A/HRC/RES/43/21,2020-06-22,T,Peru
                A/HRC/RES/43/21,2020-06-22,Another title,Cuba,N
                """);

        assertThat(bad).extracting(VotesCsvReader.BadRow::line).containsExactly(3, 4, 5, 6, 7, 9, 10, 11);
        assertThat(bad.get(0).reason()).contains("unknown State 'Atlantis'");
        assertThat(bad.get(1).reason()).contains("'not a symbol' is not a UN document symbol");
        assertThat(bad.get(2).reason()).contains("A/HRC/43/2 is a report");
        assertThat(bad.get(3).reason()).contains("date '22/06/2020'");
        assertThat(bad.get(4).reason()).contains("vote 'maybe'");
        assertThat(bad.get(5).reason()).contains("a second row for Czechia").contains("line 8");
        assertThat(bad.get(6).reason()).contains("has 4 cells");
        assertThat(bad.get(7).reason()).contains("title differs from line 2's");
    }

    @Test
    void theMessageListsEveryBadRowByLine() {
        VotesCsvReader.Result result = reader.read("""
                symbol,date,title,state,vote
                A/HRC/RES/43/21,2020-06-22,T,Atlantis,Y
                A/HRC/RES/43/21,2020-06-22,T,China,Y
                A/HRC/RES/43/21,2020-06-32,T,Chile,Y
                """);

        assertThat(((VotesCsvReader.Result.Rejected) result).message())
                .startsWith("2 bad rows, nothing of the votes file loaded: ")
                .contains("line 2: unknown State 'Atlantis'")
                .contains("line 4: date '2020-06-32'");
    }

    @Test
    void aFileWithOneBadRowGivesNoActionAtAll() {
        VotesCsvReader.Result result = reader.read(GOOD + "A/HRC/43/L.40,2020-06-22,Question,Narnia,Y\n");

        assertThat(result).isInstanceOf(VotesCsvReader.Result.Rejected.class);
        assertThat(((VotesCsvReader.Result.Rejected) result).badRows())
                .extracting(VotesCsvReader.BadRow::line)
                .containsExactly(10);
    }

    @Test
    void lineNumbersCountTheLinesOfAQuotedTitleThatSpansTwo() {
        List<VotesCsvReader.BadRow> bad = rejected("""
                symbol,date,title,state,vote
                A/HRC/RES/43/21,2020-06-22,"Two
                lines",China,Y

                A/HRC/RES/43/21,2020-06-22,"Two
                lines",Narnia,Y
                """);

        assertThat(bad).extracting(VotesCsvReader.BadRow::line).containsExactly(5);
    }

    @Test
    void linesStartingWithAHashAreNotesAndStillCountForTheLineNumbers() {
        List<VotesCsvReader.BadRow> bad = rejected("""
                # SYNTHETIC SAMPLE: invented votes
                # two lines of notes
                symbol,date,title,state,vote
                A/HRC/RES/43/21,2020-06-22,T,China,Y
                # a note between rows
                A/HRC/RES/43/21,2020-06-22,T,Narnia,Y
                """);

        assertThat(bad).extracting(VotesCsvReader.BadRow::line).containsExactly(6);
    }

    @Test
    void aHeaderWithoutAStateColumnIsLineOne() {
        List<VotesCsvReader.BadRow> bad = rejected("""
                symbol,date,title,vote
                A/HRC/RES/43/21,2020-06-22,T,Y
                """);

        assertThat(bad).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(1);
            assertThat(b.reason()).contains("no state column").contains("ms_name");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineItOpens() {
        List<VotesCsvReader.BadRow> bad = rejected("""
                symbol,date,title,state,vote
                A/HRC/RES/43/21,2020-06-22,T,China,Y
                A/HRC/RES/43/21,2020-06-22,"T,Chile,Y
                A/HRC/RES/43/21,2020-06-22,T,Cuba,Y
                """);

        assertThat(bad).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(3);
            assertThat(b.reason()).contains("not CSV");
        });
    }

    @Test
    void aSymbolOnWhichNoStateVotedIsBad() {
        List<VotesCsvReader.BadRow> bad = rejected("""
                symbol,date,title,state,vote
                A/HRC/RES/43/21,2020-06-22,T,China,absent
                """);

        assertThat(bad).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(2);
            assertThat(b.reason()).contains("no State voted");
        });
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRejected() {
        assertThat(rejected(""))
                .singleElement()
                .extracting(VotesCsvReader.BadRow::line)
                .isEqualTo(1);
        assertThat(rejected("symbol,date,title,state,vote\n"))
                .singleElement()
                .satisfies(b -> assertThat(b.reason()).contains("no rows"));
    }
}
