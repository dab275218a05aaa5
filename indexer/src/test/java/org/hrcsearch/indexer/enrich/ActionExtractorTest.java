package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.junit.jupiter.api.Test;

/** The action extractor on paragraphs quoted from real session reports, as the indexer's cleaned pages hold them. */
class ActionExtractorTest {

    private final ActionExtractor extractor =
            new ActionExtractor(Vocabularies.bundled().states());

    private ReportActions extract(String report, String... pages) {
        return extractor.extract(UnSymbol.parse(report).orElseThrow(), List.of(pages));
    }

    private static UnSymbol symbol(String text) {
        return UnSymbol.parse(text).orElseThrow();
    }

    /** A/HRC/43/2, paragraphs 259-265 (262-263 left out): the lists first, the tally in the next paragraph. */
    private static final String RESOLUTION_43_21 = """
            259. At the same meeting, the Human Rights Council adopted the draft resolution without
            a vote (resolution 43/20).
              Promoting mutually beneficial cooperation in the field of human rights

            260. At the 45th meeting, on 22 June 2020, the representative of China introduced draft
            resolution A/HRC/43/L.31/Rev.1, sponsored by China and co-sponsored by Belarus,
            Burundi, Cambodia, Cuba, the Democratic People’s Republic of Korea, Iran (Islamic
            Republic of), Malaysia, Mozambique, Myanmar, Pakistan, the Russian Federation, Somalia,
            the Syrian Arab Republic, Thailand, Venezuela (Bolivarian Republic of) and Yemen.
            Subsequently, the Lao People’s Democratic Republic and Sierra Leone joined the sponsors.

            261. At the same meeting, the representatives of Cameroon, Eritrea and the Sudan made
            general comments on the draft resolution.

            264. At the same meeting, at the request of the representative of Czechia, on behalf of
            States members of the European Union that are members of the Human Rights Council, a
            recorded vote was taken on the draft resolution. The voting was as follows:
             In favour:
              Angola, Argentina, Bahrain, Bangladesh, Brazil, Burkina Faso, Cameroon,
            Eritrea, Indonesia, Mauritania, Mexico, Namibia, Nepal, Nigeria, Pakistan,
            Philippines, Qatar, Senegal, Somalia, Sudan, Togo, Uruguay, Venezuela
            (Bolivarian Republic of)
             Against:
              Australia, Austria, Bulgaria, Czechia, Denmark, Germany, India, Italy, Japan,
            Marshall Islands, Netherlands, Poland, Republic of Korea, Slovakia, Spain,
            Ukraine
             Abstaining:
              Afghanistan, Armenia, Bahamas, Chile, Democratic Republic of the Congo,
            Fiji, Libya, Peru

            265. Also at the same meeting, the Human Rights Council adopted the draft resolution by
            23 votes to 16, with 8 abstentions (resolution 43/21).
            """;

    @Test
    void aVoteWhoseTallyFollowsItsListsGivesDraftOutcomeTallyResultAndEveryPosition() {
        ReportActions read = extract("A/HRC/43/2", RESOLUTION_43_21);

        assertThat(read.warnings()).isEmpty();
        CouncilAction a = read.actions().getFirst();
        assertThat(a.draft()).contains(symbol("A/HRC/43/L.31/Rev.1"));
        assertThat(a.outcome()).isEqualTo(ActionOutcome.ADOPTED_BY_VOTE);
        assertThat(a.tally()).contains(new Tally(23, 16, 8));
        assertThat(a.resulting()).contains(symbol("A/HRC/RES/43/21"));
        assertThat(a.meeting()).hasValue(45);
        assertThat(a.date()).contains(LocalDate.of(2020, 6, 22));
        assertThat(a.title()).isEqualTo("Promoting mutually beneficial cooperation in the field of human rights");
        assertThat(a.sponsors()).containsExactly(Sponsor.state("China"));
        assertThat(a.coSponsors())
                .hasSize(16)
                .extracting(s -> s.state().orElseThrow())
                .contains("Iran (Islamic Republic of)", "Democratic People's Republic of Korea", "Yemen");
        assertThat(a.joinedSponsors())
                .extracting(s -> s.state().orElseThrow())
                .containsExactly("Lao People's Democratic Republic", "Sierra Leone");
        Sponsor requester = a.vote().orElseThrow().requestedBy().orElseThrow();
        assertThat(requester.state()).contains("Czechia");
        assertThat(requester.group())
                .contains("States members of the European Union that are members of the Human Rights Council");
        assertThat(a.vote().orElseThrow().positions())
                .hasSize(47)
                .contains(
                        new StatePosition("Venezuela (Bolivarian Republic of)", VotePosition.IN_FAVOUR),
                        new StatePosition("Marshall Islands", VotePosition.AGAINST),
                        new StatePosition("Peru", VotePosition.ABSTAINING));
        assertThat(a.source().paragraphs()).containsExactly(260, 261, 264, 265);
    }

    @Test
    void listsThatDoNotAddUpToThePrintedTallyAreAWarningAndThePrintedTallyStays() {
        // the same paragraphs with Peru left out of the abstentions
        ReportActions read = extract("A/HRC/43/2", RESOLUTION_43_21.replace("Fiji, Libya, Peru", "Fiji, Libya"));

        assertThat(read.actions().getFirst().tally()).contains(new Tally(23, 16, 8));
        assertThat(read.warnings())
                .singleElement()
                .asString()
                .contains("A/HRC/43/2 p. 1, paragraph 264")
                .contains("lists 23-16-7 but prints 23-16-8");
    }

    @Test
    void aFourteenthSessionVoteWithItsTallyBeforeTheListsAndFootnoteMarksGluedToNames() {
        // A/HRC/14/37, paragraphs 44-52, over two pages; "Palestine1", "Burkina Faso,2" and the footnote are printed
        String page54 = """
                44. At the 7th meeting, on 2 June 2010, the representative of Pakistan (on behalf of the
                Organization of the Islamic Conference and the Group of Arab States) introduced draft
                resolution A/HRC/14/L.1, sponsored by Pakistan (on behalf of the Organization of the
                Islamic Conference) and co-sponsored by Palestine1 and Sudan1 (on behalf of the Group of
                Arab States).
                45. At the same meeting, the representative of Pakistan orally revised the draft
                resolution by modifying paragraphs 3 and 7, and adding new paragraphs 4 bis and 7 bis.
                50. Also at the same meeting, at the request of the representative of the United States of
                America, a recorded vote was taken on draft resolution A/HRC/14/L.1 as orally revised.
                The draft resolution as orally revised was adopted by 32 votes in favour, 3 against, with 9
                abstentions. The voting was as follows:""";
        String page55 = """
                In favour:
                Angola, Argentina, Bahrain, Bangladesh, Bolivia (Plurinational State of),
                Bosnia and Herzegovina, Brazil, Chile, China, Cuba, Djibouti, Egypt, Gabon,
                Ghana, India, Indonesia, Jordan, Kyrgyzstan, Mauritius, Mexico, Nicaragua,
                Nigeria, Norway, Pakistan, Philippines, Qatar, Russian Federation, Saudi
                Arabia, Senegal, Slovenia, South Africa, Uruguay
                Against:
                Italy, Netherlands, United States of America
                Abstaining:
                Belgium, Burkina Faso,2 France, Hungary, Japan, Republic of Korea,
                Slovakia, Ukraine, United Kingdom of Great Britain and Northern Ireland
                51. For the text as adopted, see part one, chapter I, resolution 14/1.
                52. At the same meeting, the representatives of Norway and Nicaragua made statements
                in explanation of vote after the vote.
                 2 The Permanent Mission of Burkina Faso subsequently informed the Human Rights Council that
                Burkina Faso had intended to vote in favour of the resolution.""";

        ReportActions read = extract("A/HRC/14/37", page54, page55);

        assertThat(read.warnings()).isEmpty();
        CouncilAction a = read.actions().getFirst();
        assertThat(a.draft()).contains(symbol("A/HRC/14/L.1"));
        assertThat(a.tally()).contains(new Tally(32, 3, 9));
        assertThat(a.resulting()).contains(symbol("A/HRC/RES/14/1"));
        assertThat(a.orallyRevised()).isTrue();
        assertThat(a.orallyRevisedBy()).extracting(s -> s.state().orElseThrow()).containsExactly("Pakistan");
        assertThat(a.sponsors()).singleElement().satisfies(s -> {
            assertThat(s.state()).contains("Pakistan");
            assertThat(s.group()).contains("Organization of the Islamic Conference");
        });
        assertThat(a.coSponsors())
                .extracting(s -> s.state().orElseThrow())
                .containsExactly("State of Palestine", "Sudan");
        assertThat(a.vote().orElseThrow().positions())
                .contains(new StatePosition("Burkina Faso", VotePosition.ABSTAINING))
                .hasSize(44);
        assertThat(a.source().pages()).containsExactly(1, 2);
    }

    @Test
    void asOrallyRevisedWithoutAVote() {
        // A/HRC/43/2, paragraphs 275-276 and 279 (shortened: the co-sponsors and statements left out)
        ReportActions read = extract("A/HRC/43/2", """
                275. At the 46th meeting, on 22 June 2020, the representative of Armenia introduced draft
                resolution A/HRC/43/L.26, sponsored by Armenia.
                276. At the same meeting, the representative of Armenia orally revised the draft resolution.
                277. Also at the same meeting, the President of the Human Rights Council announced that
                amendments A/HRC/43/L.43, A/HRC/43/L.44, A/HRC/43/L.45, A/HRC/43/L.46 and
                A/HRC/43/L.47 to draft resolution A/HRC/43/L.26 as orally revised had been withdrawn by
                the sponsor.
                278. At the same meeting, the Human Rights Council adopted the draft resolution as
                orally revised without a vote (resolution 43/29).
                """);

        CouncilAction a = read.actions().getFirst();
        assertThat(a.outcome()).isEqualTo(ActionOutcome.ADOPTED_WITHOUT_VOTE);
        assertThat(a.vote()).isEmpty();
        assertThat(a.orallyRevised()).isTrue();
        assertThat(a.resulting()).contains(symbol("A/HRC/RES/43/29"));
        assertThat(a.amendments())
                .extracting(m -> m.symbol().orElseThrow().text() + " "
                        + m.outcome().orElseThrow().key())
                .containsExactly(
                        "A/HRC/43/L.43 withdrawn",
                        "A/HRC/43/L.44 withdrawn",
                        "A/HRC/43/L.45 withdrawn",
                        "A/HRC/43/L.46 withdrawn",
                        "A/HRC/43/L.47 withdrawn");
    }

    @Test
    void anAmendmentRejectedByARecordedVoteKeepsItsOwnVoteAndTheDraftItsOutcome() {
        // A/HRC/28/2, paragraphs 292, 296, 297 and 304 (the lists as printed)
        ReportActions read = extract("A/HRC/28/2", """
                289. At the 59th meeting, on 27 March 2015, the representatives of Armenia and Rwanda
                introduced draft resolution A/HRC/28/L.25, sponsored by Armenia.
                292. At the same meeting, the representative of Cuba introduced amendment
                A/HRC/28/L.38 to draft resolution A/HRC/28/L.25 as orally revised. Amendment
                A/HRC/28/L.38 was sponsored by Cuba and co-sponsored by India and Venezuela
                (Bolivarian Republic of). Subsequently, Algeria, Bangladesh, Egypt, Pakistan and Sri
                Lanka joined the sponsors.
                296. At the same meeting, at the request of the representative of France, a recorded vote
                was taken on amendment A/HRC/28/L.38. The voting was as follows:
                In favour:
                Bangladesh, Bolivia (Plurinational State of), China, Cuba, Ethiopia, India,
                Indonesia, Pakistan, Russian Federation, Saudi Arabia, South Africa, United
                Arab Emirates, Venezuela (Bolivarian Republic of), Viet Nam
                Against:
                Albania, Argentina, Botswana, Brazil, Côte d’Ivoire, Estonia, France,
                Germany, Ghana, Ireland, Japan, Latvia, Maldives, Mexico, Montenegro,
                Netherlands, Paraguay, Portugal, Republic of Korea, Sierra Leone, the former
                Yugoslav Republic of Macedonia, United Kingdom of Great Britain and
                Northern Ireland, United States of America
                Abstaining:
                Algeria, Congo, El Salvador, Gabon, Kazakhstan, Kenya, Morocco, Namibia,
                Nigeria, Qatar
                297. The Human Rights Council rejected amendment A/HRC/28/L.38 by 14 votes to 23,
                with 10 abstentions.
                304. At the same meeting, the Human Rights Council adopted draft resolution
                A/HRC/28/L.25 without a vote (resolution 28/34).
                """);

        assertThat(read.warnings()).isEmpty();
        CouncilAction a = read.actions().getFirst();
        assertThat(a.outcome()).isEqualTo(ActionOutcome.ADOPTED_WITHOUT_VOTE);
        assertThat(a.resulting()).contains(symbol("A/HRC/RES/28/34"));
        assertThat(a.amendments()).singleElement().satisfies(m -> {
            assertThat(m.symbol()).contains(symbol("A/HRC/28/L.38"));
            assertThat(m.outcome()).contains(ActionOutcome.REJECTED);
            assertThat(m.sponsors())
                    .extracting(s -> s.state().orElseThrow())
                    .containsExactly("Cuba", "India", "Venezuela (Bolivarian Republic of)");
            assertThat(m.vote().orElseThrow().tally()).contains(new Tally(14, 23, 10));
            assertThat(m.vote().orElseThrow().positions())
                    .contains(new StatePosition("North Macedonia", VotePosition.AGAINST))
                    .hasSize(47);
        });
    }

    @Test
    void aDecisionBySilenceProcedureHasNoMeetingAndNoVote() {
        // A/HRC/43/2, paragraphs 51-53
        ReportActions read = extract("A/HRC/43/2", """
                51. On 26 May 2020, the President of the Human Rights Council introduced draft decision
                A/HRC/43/L.41.
                52. The representative of Burkina Faso, on behalf of the Group of African States,
                submitted a general comment on the draft decision.
                53. On 29 May 2020, the Human Rights Council adopted the draft decision by silence
                procedure (decision 43/116).
                """);

        assertThat(read.warnings()).isEmpty();
        CouncilAction a = read.actions().getFirst();
        assertThat(a.draft()).contains(symbol("A/HRC/43/L.41"));
        assertThat(a.outcome()).isEqualTo(ActionOutcome.ADOPTED_WITHOUT_VOTE);
        assertThat(a.resulting()).contains(symbol("A/HRC/DEC/43/116"));
        assertThat(a.meeting()).isEmpty();
        assertThat(a.date()).contains(LocalDate.of(2020, 5, 26));
    }

    @Test
    void theDecisionOnAUniversalPeriodicReviewOutcomeNamesNoDraft() {
        // A/HRC/14/37, paragraphs 695-696 and their headings
        ReportActions read = extract("A/HRC/14/37", """
                  Qatar
                695. At its 20th meeting, on 9 June 2010, the Human Rights Council adopted draft
                decision 14/101 without a vote (for the text as adopted, see part one, chapter II).
                  Nicaragua
                696. At its 20th meeting, on 19 June 2010, the Human Rights Council adopted draft
                decision 14/102 without a vote (for the text as adopted, see part one, chapter II).
                """);

        assertThat(read.actions())
                .extracting(a -> a.draft().isPresent() + " " + a.resulting().orElseThrow() + " "
                        + a.outcome().key())
                .containsExactly(
                        "false A/HRC/DEC/14/101 adopted_without_vote", "false A/HRC/DEC/14/102 adopted_without_vote");
        assertThat(read.actions().get(1).title()).isEqualTo("Nicaragua");
    }

    @Test
    void aProposalWhoseOutcomeCannotBeReadIsAWarningNotAnAction() {
        ReportActions read = extract("A/HRC/43/2", """
                59. At the 44th meeting, on 19 June 2020, the representative of Burkina Faso, on behalf
                of the Group of African States, introduced draft resolution A/HRC/43/L.50, sponsored by
                Burkina Faso, on behalf of the Group of African States.
                60. At the same meeting, the Council deferred its consideration of the draft resolution.
                """);

        assertThat(read.actions()).isEmpty();
        assertThat(read.warnings())
                .singleElement()
                .asString()
                .isEqualTo("A/HRC/43/2 p. 1, paragraphs 59-60: no outcome could be read for A/HRC/43/L.50");
    }

    @Test
    void partOneListsEachTextWithItsTitleOverSeveralLinesAndItsDate() {
        // A/HRC/43/2, page 6
        ReportActions read = extract("A/HRC/43/2", """
                Part One
                 I. Resolutions
                Resolution Title Date of adoption
                 43/20  Torture and other cruel, inhuman or degrading treatment or  22 June 2020
                punishment: mandate of the Special Rapporteur
                43/21 Promoting mutually beneficial cooperation in the field of human 22 June 2020
                rights
                 II. Decisions
                Decision  Title Date of adoption
                43/117 Methods of work of the Consultative Group of the Human Rights 22 June 2020
                Council
                 III.  President’s statement
                President’s
                statement  Title Date of adoption
                 43/1  Human rights implications of the COVID-19 pandemic  29 May 2020
                Part Two
                """);

        assertThat(read.adoptedTexts())
                .extracting(
                        t -> t.symbol() + " | " + t.title() + " | " + t.date().orElseThrow())
                .containsExactly(
                        "A/HRC/RES/43/20 | Torture and other cruel, inhuman or degrading treatment or punishment: "
                                + "mandate of the Special Rapporteur | 2020-06-22",
                        "A/HRC/RES/43/21 | Promoting mutually beneficial cooperation in the field of human rights"
                                + " | 2020-06-22",
                        "A/HRC/DEC/43/117 | Methods of work of the Consultative Group of the Human Rights Council"
                                + " | 2020-06-22",
                        "A/HRC/PRST/43/1 | Human rights implications of the COVID-19 pandemic | 2020-05-29");
    }

    /** A/HRC/14/37: the contents line, resolution 14/1's note in Part One, and paragraphs 44, 50 and 51. */
    private static String session14(String note) {
        return """
                 Part One: Resolutions and decisions adopted by the Human Rights Council at its fourteenth session... 5
                 I. Resolutions..................................................................... 5
                  14/1. The grave attacks by Israeli forces against the humanitarian boat convoy ............ 5
                Part One
                  14/1
                The grave attacks by Israeli forces against the humanitarian boat convoy
                7th meeting
                2 June 2010
                """ + note + """
                Part Two
                44. At the 7th meeting, on 2 June 2010, the representative of Pakistan introduced draft
                resolution A/HRC/14/L.1, sponsored by Pakistan.
                50. Also at the same meeting, at the request of the representative of the United States of
                America, a recorded vote was taken on draft resolution A/HRC/14/L.1 as orally revised.
                The draft resolution as orally revised was adopted by 32 votes in favour, 3 against, with 9
                abstentions. The voting was as follows:
                In favour:
                Angola, Argentina, Bahrain, Bangladesh, Bolivia (Plurinational State of),
                Bosnia and Herzegovina, Brazil, Chile, China, Cuba, Djibouti, Egypt, Gabon,
                Ghana, India, Indonesia, Jordan, Kyrgyzstan, Mauritius, Mexico, Nicaragua,
                Nigeria, Norway, Pakistan, Philippines, Qatar, Russian Federation, Saudi
                Arabia, Senegal, Slovenia, South Africa, Uruguay
                Against:
                Italy, Netherlands, United States of America
                Abstaining:
                Belgium, Burkina Faso,2 France, Hungary, Japan, Republic of Korea,
                Slovakia, Ukraine, United Kingdom of Great Britain and Northern Ireland
                51. For the text as adopted, see part one, chapter I, resolution 14/1.
                """;
    }

    private static final String NOTE_14_1 = """
            [Adopted by a recorded vote of 32 to 3, with 9 abstentions. The voting was as follows:
            In favour:
            Angola, Argentina, Bahrain, Bangladesh, Bolivia (Plurinational State of),
            Bosnia and Herzegovina, Brazil, Chile, China, Cuba, Djibouti, Egypt, Gabon,
            Ghana, India, Indonesia, Jordan, Kyrgyzstan, Mauritius, Mexico, Nicaragua,
            Nigeria, Norway, Pakistan, Philippines, Qatar, Russian Federation, Saudi
            Arabia, Senegal, Slovenia, South Africa, Uruguay
            Against:
            Italy, Netherlands, United States of America
            Abstaining:
            Belgium, Burkina Faso, France, Hungary, Japan, Republic of Korea, Slovakia,
            Ukraine, United Kingdom of Great Britain and Northern Ireland]
            """;

    @Test
    void theVotePartOnePrintsUnderTheTextAgreesWithTheSummaryOfProceedings() {
        ReportActions read = extract("A/HRC/14/37", session14(NOTE_14_1));

        assertThat(read.adoptedTexts())
                .extracting(t -> t.symbol() + " " + t.date().orElseThrow())
                .containsExactly("A/HRC/RES/14/1 2010-06-02");
        assertThat(read.actions()).extracting(a -> a.tally().orElseThrow()).containsExactly(new Tally(32, 3, 9));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aReportThatPrintsSomeOfTheTextsItListsHasEachNoteComparedWithItsOwnText() {
        // 14/2 is listed in the contents but not printed: the one note is 14/1's
        String text = session14(NOTE_14_1)
                .replace(
                        "Part One\n",
                        "  14/2. Trafficking in persons, especially women and children .......... 6\nPart One\n");
        ReportActions read = extract("A/HRC/14/37", text);
        assertThat(read.adoptedTexts())
                .extracting(t -> t.symbol().text() + " " + t.printed().isPresent())
                .containsExactly("A/HRC/RES/14/1 true", "A/HRC/RES/14/2 false");
        assertThat(read.warnings())
                .doesNotContain("A/HRC/14/37: Part One prints 1 adoption notes for 2 listed texts; its votes are not"
                        + " compared with the actions")
                .contains("A/HRC/14/37: A/HRC/RES/14/2 is listed in Part One but no action was read that adopted it");
        String altered = text.replace("32 to 3, with 9", "32 to 4, with 8");
        assertThat(extract("A/HRC/14/37", altered).warnings())
                .contains("A/HRC/14/37: A/HRC/RES/14/1 is adopted by 32-4-8 in Part One but by 32-3-9 in the summary"
                        + " of proceedings");
    }

    @Test
    void aVoteThatPartOnePrintsOtherwiseIsAWarning() {
        // the note altered: Japan moved from the abstentions to the votes against
        String altered = NOTE_14_1
                .replace("32 to 3, with 9", "32 to 4, with 8")
                .replace("Italy, Netherlands,", "Italy, Japan, Netherlands,")
                .replace("Hungary, Japan,", "Hungary,");

        assertThat(extract("A/HRC/14/37", session14(altered)).warnings())
                .containsExactly(
                        "A/HRC/14/37: A/HRC/RES/14/1 is adopted by 32-4-8 in Part One but by 32-3-9 in the summary of"
                                + " proceedings",
                        "A/HRC/14/37: A/HRC/RES/14/1: the State lists of Part One and of the summary of proceedings"
                                + " differ in 2 positions");
        assertThat(extract("A/HRC/14/37", session14("[Adopted without a vote.]\n"))
                        .warnings())
                .containsExactly("A/HRC/14/37: A/HRC/RES/14/1 is adopted without a vote in Part One but"
                        + " adopted_by_vote in the summary of proceedings");
    }

    @Test
    void aDraftAnnouncedAsWithdrawnIsAnActionWithoutText() {
        // constructed in the reports' wording: none of the three real reports withdraws a whole draft
        ReportActions read = extract("A/HRC/43/2", """
                300. At the 46th meeting, on 22 June 2020, the President of the Human Rights Council announced
                that draft resolution A/HRC/43/L.9 had been withdrawn by its sponsors.
                """);

        assertThat(read.warnings()).isEmpty();
        assertThat(read.actions()).singleElement().satisfies(a -> {
            assertThat(a.draft()).contains(symbol("A/HRC/43/L.9"));
            assertThat(a.outcome()).isEqualTo(ActionOutcome.WITHDRAWN);
            assertThat(a.resulting()).isEmpty();
        });
    }

    @Test
    void aCarriedNoActionMotionKeepsItsVoteWithTheOtherVotes() {
        // constructed in the reports' wording, with a small Council so that the lists stay short
        ReportActions read = extract("A/HRC/43/2", """
                301. At the 46th meeting, on 22 June 2020, the representative of Norway introduced draft
                resolution A/HRC/43/L.10, sponsored by Norway.
                302. At the same meeting, at the request of the representative of Pakistan, a recorded vote
                was taken on the no-action motion. The voting was as follows:
                In favour:
                Pakistan, Qatar, Sudan
                Against:
                Norway, Mexico
                Abstaining:
                India
                303. The no-action motion was adopted by 3 votes to 2, with 1 abstention.
                """);

        assertThat(read.warnings()).isEmpty();
        CouncilAction a = read.actions().getFirst();
        assertThat(a.outcome()).isEqualTo(ActionOutcome.NO_ACTION);
        assertThat(a.vote()).isEmpty();
        assertThat(a.otherVotes()).singleElement().satisfies(v -> {
            assertThat(v.subject()).isEqualTo("the no-action motion");
            assertThat(v.tally()).contains(new Tally(3, 2, 1));
        });
    }

    @Test
    void anotherDraftPutToTheVoteInsideAStoryIsAWarning() {
        // A/HRC/14/37, paragraphs 155, 157 and 158 (the lists shortened): the vote names A/HRC/14/L.32 in the story of
        // A/HRC/14/L.13
        ReportActions read = extract("A/HRC/14/37", """
                155. At the 34th meeting, on 17 June 2010, the representative of Cuba introduced draft
                resolution A/HRC/14/L.13, sponsored by Cuba.
                157. Also at the same meeting, at the request of the representative of France, on behalf of
                States members of the European Union that are members of the Council, a recorded vote
                was taken on draft resolution A/HRC/14/L.32. The draft resolution was adopted by 3 votes
                in favour, 1 against, with 1 abstention. The voting was as follows:
                In favour:
                Angola, Argentina, Bahrain
                Against:
                Belgium
                Abstaining:
                Chile
                158. For the text as adopted, see part one, chapter I, resolution 14/4.
                """);

        assertThat(read.actions())
                .extracting(
                        a -> a.draft().orElseThrow().text() + " " + a.tally().orElseThrow())
                .containsExactly("A/HRC/14/L.13 3-1-1");
        assertThat(read.warnings())
                .singleElement()
                .asString()
                .startsWith("A/HRC/14/37 p. 1, paragraphs 155-158: also tells of draft A/HRC/14/L.32");
    }
}
