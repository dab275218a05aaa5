package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        assertThat(parser.signatories(
                        "Joint oral statement, item 6\n\nThe following statement is made on behalf of Conectas Direitos Humanos, the "
                                + "Cairo Institute for Human Rights Studies (CIHRS), and UPR Info.\n\nWe are alarmed."))
                .containsExactly(
                        "Conectas Direitos Humanos", "Cairo Institute for Human Rights Studies (CIHRS)", "UPR Info");
    }

    /** "Endorsed by" names signatories when the letter is what is endorsed, not a plan or a treaty in a report. */
    @Test
    void whatAReportSaysWasSupportedOrSignedByNamesNoSignatory() {
        assertThat(parser.signatories("The national plan was supported by Parliament.\n\nThe Covenant, which the State"
                        + " signed in 1998, was signed by Veloria in 1998 and is supported by civil society groups."))
                .isEmpty();
        assertThat(parser.signatories("Dear Ambassador,\n\nWe ask for your vote.\n\nThis letter is signed by Coastal"
                        + " Rights Alliance and Veloria Human Rights Monitor."))
                .containsExactly("Coastal Rights Alliance", "Veloria Human Rights Monitor");
    }

    @Test
    void anOrganisationOnlyMentionedInTheBodyOrAGroupOfStatesIsNotASignatory() {
        assertThat(parser.signatories("As Amnesty International noted, this matters. We welcome the statement made "
                        + "on behalf of a group of States and on behalf of 58 States.\n\nI thank you."))
                .isEmpty();
    }

    // Shape 1: no heading at all, one paragraph of names after the last appeal, then an annex.

    @Test
    void aParagraphOfNamesWithNoHeadingAfterTheLastAppealGivesEachName() {
        String letter = """
        Your Excellency,

        We, the undersigned organisations, urge your delegation to vote for the draft resolution and to reject every
        amendment that would weaken the mandate it renews, which has served victims in every region.

        21st Century Lawyers Collective Access Now Advocates for Rural Justice (ARJ) Amnesty International Bridges of
        Hope Foundation The Carter Valley Peace Collective Coastal Rights Alliance Delta Women Paralegals Network
        Human Rights Watch Justice Without Borders Institute Sahel Women Lawyers League Veloria Human Rights Monitor

        Annex: cases raised under the mandate

        The cases below were raised by the mandate holder in 2023 and 2024.
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "21st Century Lawyers Collective",
                        "Access Now",
                        "Advocates for Rural Justice (ARJ)",
                        "Amnesty International",
                        "Bridges of Hope Foundation",
                        "The Carter Valley Peace Collective",
                        "Coastal Rights Alliance",
                        "Delta Women Paralegals Network",
                        "Human Rights Watch",
                        "Justice Without Borders Institute",
                        "Sahel Women Lawyers League",
                        "Veloria Human Rights Monitor");
    }

    @Test
    void aNameThatSaysWhatKindOfBodyItIsOnceEndsBeforeAnotherThatSaysItAgain() {
        assertThat(parser.splitRunTogether("Association for Legal Empowerment Bridges of Hope Foundation"))
                .containsExactly("Association for Legal Empowerment", "Bridges of Hope Foundation");
    }

    @Test
    void aLetterWhoseLastParagraphsAreProseOrATitleHasNoHeadlessSignatories() {
        String letter = """
        Joint Letter To The Permanent Representatives Of Member States Of The Human Rights Council

        Your Excellency,

        We urge your delegation to vote for the draft resolution and to reject every amendment that would weaken
        the mandate. Amnesty International and Human Rights Watch have documented the cases described here.

        Human Rights Council Fifty Eighth Session Geneva Palais Des Nations
        """;
        assertThat(parser.signatories(letter)).isEmpty();
    }

    // Shape 2: names wrapped across lines in the text of a PDF.

    @Test
    void aNameWrappedBeforeTheEndOfItsCountryOrInsideItsParenthesisIsOneName() {
        String letter = """
        We thank you for your attention.

        Signatories:

        Youth Network for Democracy – Sierra
        Leone
        Réseau ouest-africain des défenseurs des droits de l’homme (West African Human Rights
        Defenders Network)
        Centre for Law and Rights (CLR) –
        Malawi
        Human Rights Watch
        """;
        assertThat(parser.read(letter))
                .containsExactly(
                        new Signatory("Youth Network for Democracy", Optional.of("Sierra Leone")),
                        Signatory.of("Réseau ouest-africain des défenseurs des droits de l’homme "
                                + "(West African Human Rights Defenders Network)"),
                        new Signatory("Centre for Law and Rights (CLR)", Optional.of("Malawi")),
                        Signatory.of("Human Rights Watch"));
    }

    @Test
    void aLineThatReachedTheRightMarginContinuesOnTheNextLine() {
        // the prose shows where the margin is; the third name filled its line, so "Communities" did not fit on it
        String letter = """
        Defenders of land and environmental rights in the region are arrested, prosecuted and
        attacked for opposing mining and logging concessions granted without the consent of the
        communities concerned, and we ask your delegation to support the draft resolution.

        Signatories:

        Amnesty International
        Forest Peoples Legal Action Network – Liberia
        Guinean Association of Women Lawyers for Land Justice in Rural Mining and Farming
        Communities
        Lanka Civic Watch
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "Amnesty International",
                        "Forest Peoples Legal Action Network",
                        "Guinean Association of Women Lawyers for Land Justice in Rural Mining and Farming Communities",
                        "Lanka Civic Watch");
    }

    // Shape 3: a list cut off.

    @Test
    void aLetterThatEndsAtItsClosingHasNoSignatories() {
        assertThat(parser.signatories("We ask your delegation to co-sponsor the draft.\n\nSincerely,\n"))
                .isEmpty();
        assertThat(parser.signatories("""
                We ask your delegation to co-sponsor the draft resolution.

                Yours faithfully,

                ¹ See A/HRC/57/30, paras. 12 to 18.

                Page 2 of 2
                """)).isEmpty();
    }

    // Shape 4: acronyms that more than one organisation uses.

    @Test
    void anAcronymStandsForAKnownOrganisationOnlyWhenThePrintedNameAgreesOrItStandsAlone() {
        String letter = """
        With kind regards,

        Harare Residents Initiative (HRI) – Zimbabwe
        HRI
        Social Rights Institute (SRI)
        Minority Rights Group (MRG)
        Istituto Internazionale Maria Ausilatrice (IIMA)
        MRG
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "Harare Residents Initiative (HRI)",
                        "Harm Reduction International",
                        "Social Rights Institute (SRI)",
                        "Minority Rights Group International (MRG)",
                        "Istituto Internazionale Maria Ausiliatrice (IIMA)");
    }

    // Shape 5: country suffixes and the forms of one name.

    @Test
    void countrySuffixesAndFormsOfANameGiveOneOrganisationWithItsCountry() {
        String letter = """
        Sincerely,

        1. Action 10 – Chad
        2. Centre for Law and Rights (CLR) – Malawi
        3. FIDH (International Federation for Human Rights)
        4. Association tchadienne pour la promotion des libertés – Chadian Association for the Promotion of Freedoms
        5. CIVICUS
        6. ARTICLE 19, International
        7. Zimbabwe Lawyers for Human Rights, Zimbabwe
        """;
        assertThat(parser.read(letter))
                .containsExactly(
                        new Signatory("Action 10", Optional.of("Chad")),
                        new Signatory("Centre for Law and Rights (CLR)", Optional.of("Malawi")),
                        Signatory.of("International Federation for Human Rights (FIDH)"),
                        Signatory.of("Association tchadienne pour la promotion des libertés"),
                        Signatory.of("CIVICUS: World Alliance for Citizen Participation"),
                        Signatory.of("ARTICLE 19"),
                        new Signatory("Zimbabwe Lawyers for Human Rights (ZLHR)", Optional.of("Zimbabwe")));
    }

    // Shape 6: blocks in the other languages of the Council.

    @Test
    void frenchAndSpanishHeadingsAndClosingsOpenTheBlock() {
        assertThat(parser.signatories("""
                Veuillez agréer, Excellence, l’assurance de notre très haute considération.

                Organisations signataires :

                Amnistie internationale
                Ligue sénégalaise pour la défense des libertés publiques – Sénégal
                """))
                .containsExactly("Amnesty International", "Ligue sénégalaise pour la défense des libertés publiques");
        assertThat(parser.signatories("Nous vous remercions.\n\nLes organisations soussignées\n\n"
                        + "Service international pour les droits de l’homme\nFIACAT\n"))
                .containsExactly(
                        "International Service for Human Rights (ISHR)",
                        "International Federation of Action by Christians for the Abolition of Torture (FIACAT)");
        assertThat(parser.signatories("Atentamente,\n\nFirmantes\n\nReporteros sin Fronteras\n"
                        + "Red de Defensoras Rurales de Mesoamérica\n"))
                .containsExactly("Reporters Without Borders (RSF)", "Red de Defensoras Rurales de Mesoamérica");
        assertThat(parser.signatories("Gracias.\n\nOrganizaciones firmantes:\n\nAmnistía Internacional\n"
                        + "Fundación para el Debido Proceso Comunitario – Colombia\n"))
                .containsExactly("Amnesty International", "Fundación para el Debido Proceso Comunitario");
    }

    @Test
    void russianArabicAndChineseHeadingsOpenTheBlock() {
        assertThat(parser.signatories("С уважением,\n\nПодписавшие организации:\n\nAmnesty International\n"
                        + "Центр правовой помощи «Голос»\n"))
                .containsExactly("Amnesty International", "Центр правовой помощи «Голос»");
        assertThat(parser.signatories(
                        "شكرا.\n\nالمنظمات الموقعة:\n\nHuman Rights Watch\nمركز الدفاع عن الحقوق المدنية\n"))
                .containsExactly("Human Rights Watch", "مركز الدفاع عن الحقوق المدنية");
        assertThat(parser.signatories("此致\n\n签署组织：\n\nCIVICUS\n公民权利观察中心\n"))
                .containsExactly("CIVICUS: World Alliance for Citizen Participation", "公民权利观察中心");
    }

    @Test
    void anAcronymInParenthesesThatSpellsOnlyTheLastWordsStartsTheNameThere() {
        assertThat(parser.splitRunTogether("MADRE Nobel Women’s Initiative (NWI) OutRight International"))
                .containsExactly("MADRE", "Nobel Women’s Initiative (NWI)", "OutRight International");
    }

    @Test
    void aSectionHeadingOfAnArticleFollowedByItsTextIsNoParagraphOfNames() {
        String article = """
        The attacks documented below were carried out although the coordinates had been shared with the army.

        Attack on an International Rescue Committee (IRC) and Medical Aid for Palestinians (MAP) Guest House

        An air attack hit the perimeter wall around a guest house being used by both organisations, where staff
        members and their families were staying at the time of the attack.
        """;
        assertThat(parser.signatories(article)).isEmpty();
    }

    @Test
    void aPersonAndHerPositionAreNoSignatoriesButTheOrganisationAfterThePositionIs() {
        String letter = """
        We ask for an opportunity to meet with you at your earliest convenience.

        Yours sincerely,

        Jane Doe

        Executive Director, Women Peace Network

        On behalf of the following members of the Women Peace Network:

        Amnesty International Global Justice Center (GJC) MADRE Nobel Women’s Initiative (NWI) OutRight International

        Copying to the Minister for the Middle East, North Africa and South Asia
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "Women Peace Network",
                        "Amnesty International",
                        "Global Justice Center (GJC)",
                        "MADRE",
                        "Nobel Women’s Initiative (NWI)",
                        "OutRight International");
    }

    @Test
    void aStatementOnBehalfOfOneOrganisationTogetherWithOthersNamesThemAll() {
        assertThat(parser.signatories(
                        "Oral statement at the Council, item 4\n\nMy statement is presented on behalf of Human Rights Watch, together with The "
                                + "Advocates for Human Rights; Center for Justice and Accountability; and the Global Justice "
                                + "Center. This group works for justice.\n"))
                .containsExactly(
                        "Human Rights Watch",
                        "The Advocates for Human Rights",
                        "Center for Justice and Accountability",
                        "Global Justice Center");
    }

    /** A testimony before a parliament is no letter or statement to the Council: no salutation, no heading names it. */
    @Test
    void aTestimonyPresentedOnBehalfOfGroupsHasNoSignatories() {
        String testimony = """
        Submitted by:

        Coastal Rights Alliance; Centre for Accountability in Veloria; Human Rights Watch.

        Many thanks for the opportunity to brief the committee. My statement today is presented on behalf of Human
        Rights Watch, together with Coastal Rights Alliance and the Centre for Accountability in Veloria. We have
        documented the abuses for a decade and we recommend that the committee fund the court.
        """;
        assertThat(parser.signatories(testimony)).isEmpty();
    }

    @Test
    void namesRunTogetherOfWhichAFewHoldACommaAreNoCommaList() {
        String letter = """
        Excellencies,

        We urge your delegation to insist on the return of the Office to the country without delay.

        Amnesty International Center for the Study of Law, Justice and Society Coastal Rights Alliance Due Process
        of Law Foundation Franciscans International Human Rights Watch International Institute on Race, Equality
        and Human Rights (Race and Equality) Washington Office on Latin America (WOLA)
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "Amnesty International",
                        "Center for the Study of Law, Justice and Society",
                        "Coastal Rights Alliance",
                        "Due Process of Law Foundation",
                        "Franciscans International",
                        "Human Rights Watch",
                        "International Institute on Race, Equality and Human Rights (Race and Equality)",
                        "Washington Office on Latin America (WOLA)");
    }

    @Test
    void aQualifyingClauseInNamesRunTogetherBelongsToTheNameBeforeIt() {
        assertThat(parser.splitRunTogether("Femena FIDH (International Federation for Human Rights), within the "
                        + "framework of the Observatory for the Protection of Human Rights Defenders Freedom House"))
                .containsExactly(
                        "Femena",
                        "FIDH (International Federation for Human Rights), within the framework of the Observatory "
                                + "for the Protection of Human Rights Defenders",
                        "Freedom House");
    }

    // Rules for names nobody listed (issue 15), each named after the evidence it weighs.

    /** An acronym joined to a name by a hyphen closes it, as one in parentheses would. */
    @Test
    void anAcronymJoinedByAHyphenEndsAName() {
        assertThat(parser.splitRunTogether(
                        "Collectif pour la Paix et le Progrès Durable au Sahel-CPPDS Bayan Solidarity Community"))
                .containsExactly(
                        "Collectif pour la Paix et le Progrès Durable au Sahel-CPPDS", "Bayan Solidarity Community");
    }

    /**
     * An acronym before a name of other initials is a name of its own, even when both begin with the same letter:
     * an acronym of first syllables ("DIVERLEX Diversidad ...") shares three letters with the name, not one.
     */
    @Test
    void anAcronymOfFirstSyllablesSharesMoreThanTheFirstLetter() {
        assertThat(parser.splitRunTogether("SAFO Society for Reporters’ Safety and Freedom"))
                .containsExactly("SAFO", "Society for Reporters’ Safety and Freedom");
    }

    /** A people's adjective begins a name ("Velorian Commission of Jurists") and does not end one. */
    @Test
    void aNameDoesNotEndOnAPeoplesAdjective() {
        assertThat(parser.splitRunTogether("KODAK Velorian Commission of Jurists"))
                .containsExactly("KODAK", "Velorian Commission of Jurists");
    }

    /** A short line holding a name, its acronym in parentheses, and more capitals: the capitals are the next name. */
    @Test
    void wordsInCapitalsAfterAnAcronymInParenthesesAreTheNextName() {
        String letter = """
        Dear Ambassador,

        We ask your delegation to support the text.

        Signatories:

        Juntos Direitos Humanos Lagos Centre for Media Studies (LCMS) Veloria Info
        """;
        assertThat(parser.signatories(letter))
                .containsExactly("Juntos Direitos Humanos", "Lagos Centre for Media Studies (LCMS)", "Veloria Info");
    }

    /**
     * A name that fills its line in a PDF and a next line that begins a name of its own are two names: the pair
     * reads better as two than as one, though the first line reaches the margin.
     */
    @Test
    void aLineThatReachesTheMarginIsNotContinuedByALineThatReadsAsANameOfItsOwn() {
        String letter = """
        Dear Ambassador, we write to ask your delegation to vote for
        the draft resolution on the safety of journalists, which the
        core group will present at the next session of the Council,
        and to join its sponsors before the list closes on Friday.

        Sincerely,

        Coastal Rights Alliance
        KAMA Kenyan Association of Media and Artists for Peace
        Oyelaran (Lagos Coalition of Reporters and Press Workers)
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "Coastal Rights Alliance",
                        "KAMA Kenyan Association of Media and Artists for Peace",
                        "Oyelaran (Lagos Coalition of Reporters and Press Workers)");
    }

    /** Names grouped under bracketed headings after the closing: the headings are no names, the names still are. */
    @Test
    void bracketedGroupHeadingsInsideAListAreSkipped() {
        String letter = """
        Dear Minister,

        We urge your government to stand by the court.

        Sincerely,

        [2 Coordinating organizations]

        Coastal Rights Alliance

        Veloria Human Rights Monitor

        [14 organizations, in alphabetical order]

        Amani Trust

        Harbour Voices Network
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "Coastal Rights Alliance",
                        "Veloria Human Rights Monitor",
                        "Amani Trust",
                        "Harbour Voices Network");
    }

    /** A capital after a word that ends names begins the next name, even a name that starts with a small word. */
    @Test
    void aCapitalAfterAWordThatEndsNamesBeginsTheNextName() {
        assertThat(parser.splitRunTogether("Lantern Rights Watch In Plain Sight Project"))
                .containsExactly("Lantern Rights Watch", "In Plain Sight Project");
    }

    /**
     * In a list in alphabetical order, a name that sorts after the one before it is where a new name likely starts,
     * here after an acronym that closes the words before it ("Cedar PEN" / "Dunmore Square").
     */
    @Test
    void anAlphabeticalListStartsANameWhereTheOrderAllows() {
        assertThat(parser.splitRunTogether("Alder Youth Forum Birch Valley Trust Cedar PEN Dunmore Square Elm Street"
                        + " Collective Fenwick Press Union Grove Justice Centre"))
                .containsExactly(
                        "Alder Youth Forum",
                        "Birch Valley Trust",
                        "Cedar PEN",
                        "Dunmore Square",
                        "Elm Street Collective",
                        "Fenwick Press Union",
                        "Grove Justice Centre");
    }

    /** "NGO" says what kind of body a name is; it is no name alone. */
    @Test
    void aGenericAcronymIsNoNameAlone() {
        assertThat(parser.splitRunTogether("Harbour Rights Watch NGO Forum on Coastal Refugees"))
                .containsExactly("Harbour Rights Watch", "NGO Forum on Coastal Refugees");
    }

    /**
     * A line in lower case under a line that ends short of the margin is a name of its own when it shows it is one
     * (an article before a capital, a lower-case word fused to a capital); a wrapped line in lower case is not.
     */
    @Test
    void aNameThatStartsInLowerCaseInAListIsKept() {
        String letter = """
        Dear Minister,

        We urge your government to stand by the court.

        Sincerely,

        Harbour Legal Aid Network
        the Citizens’ Circle Against Landmines
        veloria:Network of Volunteer Lawyers
        Coastal Women’s Forum for Justice and
        human rights in the Delta
        """;
        assertThat(parser.signatories(letter))
                .containsExactly(
                        "Harbour Legal Aid Network",
                        "the Citizens’ Circle Against Landmines",
                        "veloria:Network of Volunteer Lawyers",
                        "Coastal Women’s Forum for Justice and human rights in the Delta");
    }

    /**
     * A letter of one name per line wrapped at 58 characters, as a PDF gives it back: a name that fills the margin
     * before a name of its own ends there, the next name being weighed with the line that completes it after a small
     * word ("... Democrático de" / "Derecho").
     */
    @Test
    void aNameThatFillsTheMarginBeforeANameOfItsOwnEndsThere() {
        List<String> lines = new ArrayList<>(List.of("Dear Minister,", ""));
        lines.addAll(RejoinedLetters.wrap(
                "We urge your government to stand by the court and to cooperate fully with its"
                        + " investigations, to protect the victims and witnesses who come forward, and to ensure that"
                        + " no official obstructs the work of its investigators in the field.",
                58));
        lines.addAll(List.of("", "Sincerely,", ""));
        for (String name : List.of(
                "Amani Legal Aid Trust",
                "Fundación Observatorio de Derechos Humanos del Litoral",
                "Fundación para la Defensa del Estado Democrático de Derecho",
                "Harbour Voices Network")) {
            lines.addAll(RejoinedLetters.wrap(name, 58));
        }
        assertThat(parser.signatories(String.join("\n", lines)))
                .containsExactly(
                        "Amani Legal Aid Trust",
                        "Fundación Observatorio de Derechos Humanos del Litoral",
                        "Fundación para la Defensa del Estado Democrático de Derecho",
                        "Harbour Voices Network");
    }

    /**
     * In an alphabetical list, a capitalised word inside a name that files between that name and the next one under
     * the same letter begins a name of its own: "Crane" in "Citrine Crane Rights Project" before "Cygnet Legal Aid Trust".
     */
    @Test
    void aWordThatFilesBetweenTwoNeighboursOfASortedListBeginsAName() {
        assertThat(
                        parser.splitRunTogether(
                                "Alder Youth Forum Birch Valley Trust Cedar Square Citrine Crane"
                                        + " Rights Project Cygnet Legal Aid Trust Elm Street Collective Fenwick Press Union Grove Justice Centre"))
                .containsExactly(
                        "Alder Youth Forum",
                        "Birch Valley Trust",
                        "Cedar Square",
                        "Citrine",
                        "Crane Rights Project",
                        "Cygnet Legal Aid Trust",
                        "Elm Street Collective",
                        "Fenwick Press Union",
                        "Grove Justice Centre");
    }
}
