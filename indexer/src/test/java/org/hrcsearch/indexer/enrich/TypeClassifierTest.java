package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hrcsearch.corpus.model.DocumentType;
import org.junit.jupiter.api.Test;

class TypeClassifierTest {

    private final TypeClassifier types = new TypeClassifier();

    private DocumentType typeOf(String text) {
        return types.classify(Optional.empty(), "", text);
    }

    @Test
    void aSpeechThatOpensWithASalutationAndNamesSignatoriesInItsProseIsNoLetter() {
        String speech = """
        Your Excellency, Mr. President of the General Assembly,
        Excellencies,

        My delegation joins the others in congratulating you on your election. The signatories of the Charter
        promised to save succeeding generations from the scourge of war, and in a joint statement last year our
        region reaffirmed that promise.

        I thank you.
        """;
        assertThat(typeOf(speech)).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aNewsReleaseThatQuotesAJointStatementIsNoLetter() {
        String news = """
        (Geneva, May 2, 2024) – The authorities should release the journalists at once, eleven groups said in a
        joint statement today. The signatories called on the Council to act before its next session.
        """;
        assertThat(typeOf(news)).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aSalutationAndAClosingMakeALetter() {
        String letter = """
        Dear Ambassador,

        We write about the draft resolution on the safety of journalists.

        Sincerely,

        Press Freedom Collective
        """;
        assertThat(typeOf(letter)).isEqualTo(DocumentType.JOINT_LETTER);
    }

    @Test
    void aLetterNamedSoInItsHeadingIsALetterWithoutSalutation() {
        String letter = """
        Geneva, 3 March 2025
        Joint letter on the renewal of the mandate on Veloria

        The organisations below ask the Council to renew the mandate.
        """;
        assertThat(typeOf(letter)).isEqualTo(DocumentType.JOINT_LETTER);
    }

    @Test
    void aSignatoryHeadingOnALineOfItsOwnMakesAStatement() {
        String statement = """
        Greece: the rule of law report misses the point

        Fourteen organisations regret that the report glosses over attacks on the press. The Commission should
        say so plainly. The groups expect a stronger report next year, and they will follow it closely.

        Signatories

        Hellenic Press Watch
        Aegean Refugee Support
        """;
        assertThat(typeOf(statement)).isEqualTo(DocumentType.JOINT_LETTER);
    }

    @Test
    void theUndersignedOrganisationsMakeALetterWherever() {
        String letter = "Excellencies,\n\n" + "The Council meets next week. ".repeat(30)
                + "\n\nWe, the undersigned organisations, urge you to vote yes.";
        assertThat(typeOf(letter)).isEqualTo(DocumentType.JOINT_LETTER);
    }

    @Test
    void aLetterMarkedOnlyByItsSalutationAndAnAppealToItsReaderIsALetter() {
        String letter = """
        Geneva, 14 April 2025

        To the Permanent Representatives of the Members of the Human Rights Council

        Dear Members of the Human Rights Council,

        Ahead of the vote on the mandate on Veloria, our organisations call on your delegation to support its renewal.
        The Special Rapporteur has documented arrests of lawyers in every province.

        Lake Region Legal Aid Forum, Veloria Bar Watch, Coastal Defenders Alliance
        """;
        assertThat(typeOf(letter)).isEqualTo(DocumentType.JOINT_LETTER);
    }

    @Test
    void aLetterCutBeforeItsClosingIsALetterWhenItSaysItWrites() {
        String letter = """
        Washington, DC, 22 May 2025

        President of Veloria
        Port Amara

        Re: detentions in the northern provinces

        Dear President Oduya:

        I write on behalf of the Lake Region Legal Aid Forum to share our assessment of the state of emergency.

        Since January, the police have held hundreds of people without charge.
        """;
        assertThat(typeOf(letter)).isEqualTo(DocumentType.JOINT_LETTER);
    }

    @Test
    void aLetterThatWritesToAddressAnIssueIsNoSpeech() {
        String letter = """
        Dear Ambassador,

        We write to address this urgent matter before the Council closes its session: the detention of
        eleven lawyers in Port Amara.
        """;
        assertThat(typeOf(letter)).isEqualTo(DocumentType.JOINT_LETTER);
    }

    @Test
    void frenchAndSpanishLettersOpenAsLettersToo() {
        String lettre = """
        Genève, le 3 mars 2025

        Madame la Présidente,

        Nous vous écrivons au sujet du projet de résolution sur la liberté de la presse au Sahel.
        """;
        String carta = """
        Estimada Embajadora:

        Ante la votación del proyecto de resolución, les instamos a votar a favor del texto presentado.
        """;
        String discours = """
        Monsieur le Président,

        J'ai l'honneur de prendre la parole au nom de mon pays et nous vous demandons votre attention.
        """;
        assertThat(typeOf(lettre)).isEqualTo(DocumentType.JOINT_LETTER);
        assertThat(typeOf(carta)).isEqualTo(DocumentType.JOINT_LETTER);
        assertThat(typeOf(discours)).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aSpeechOpeningWithLettersSalutationsIsNoLetter() {
        String speech = """
        Dear President of the General Assembly,
        Dear Secretary-General,
        Excellencies,

        It is an honour for me to speak before you today on behalf of my country. We are writing a new chapter in
        our history, and we call on all States to join us. We urge you to act, and we ask you, Mr. President,
        to guide us.
        """;
        assertThat(typeOf(speech)).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void aSalutationQuotedDeepInAReportMakesNoLetter() {
        String report = "Annual report of the Veloria Legal Aid Forum\n\n"
                + "The Forum assisted detainees in four provinces.\n".repeat(25)
                + "\nDear Minister,\n\nWe write to you about the detainees of Port Amara.\n";
        assertThat(typeOf(report)).isEqualTo(DocumentType.OTHER);
    }
}
