package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatoryNamesTest {

    private static final Vocabularies VOCAB = Vocabularies.bundled();
    private final SignatoryNames names = new SignatoryNames(VOCAB.organisations(), VOCAB.states());

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Sincerely,",
                "Yours faithfully,",
                "With assurances of our highest consideration,",
                "Cordialement,",
                "Atentamente,",
                "С уважением,",
                "Dear Ambassador,",
                "Your Excellency,",
                "Excellence,",
                "Estimada Embajadora:",
                "15 March 2024",
                "Geneva, 3 May 2024",
                "March 15, 2024",
                "12 de septiembre de 2024",
                "Page 2 of 3",
                "- 2 -",
                "2/3",
                "[1]",
                "¹ See A/HRC/55/30, para. 4.",
                "2 Ibid.",
                "*",
                "Malawi",
                "Sierra Leone",
                "Leone",
                "West Africa",
                ")",
                "Defenders Network)",
                "www.example.org",
                "info@example.org",
                "Executive Director",
                "UK Director",
                "Professor of Law",
                "President Jane Doe",
                "Dr. Amina Yusuf",
                "Mary Doe served as coordinator of the campaign from 2012 to 2021",
                "On behalf of the following members:"
            })
    void isNeverAName(String entry) {
        assertThat(names.read(entry)).isEmpty();
    }

    @Test
    void aPrintedFullNameThatDisagreesWithTheKnownOrganisationOfItsAcronymKeepsItsName() {
        assertThat(names.read("International Press Association (IPA)"))
                .contains(Signatory.of("International Press Association (IPA)"));
        assertThat(names.read("IPA")).contains(Signatory.of("International Publishers Association"));
    }

    @Test
    void aNameAndItsTranslationAfterADashAreOneOrganisationUnderTheFirst() {
        assertThat(names.read("Ligue tchadienne des droits de la personne – Chadian League for Human Rights"))
                .contains(Signatory.of("Ligue tchadienne des droits de la personne"));
        // two English names on one line are not a translation: the line stays as printed
        assertThat(names.read("KISA – Action for Equality, Support, Antiracism"))
                .contains(Signatory.of("KISA – Action for Equality, Support, Antiracism"));
    }

    @Test
    void aCountryAfterTheNameIsTheOrganisationsCountryAndInternationalIsNone() {
        assertThat(names.read("Observatorio Ciudadano de Libertades, México"))
                .contains(new Signatory("Observatorio Ciudadano de Libertades", Optional.of("Mexico")));
        assertThat(names.read("Amnesty International, International")).contains(Signatory.of("Amnesty International"));
        assertThat(names.read("Action 10 – Chad")).contains(new Signatory("Action 10", Optional.of("Chad")));
    }

    @Test
    void anAcronymJoinedByAHyphenToACountryInParenthesesGivesTheNameWithItsAcronymAndTheCountry() {
        assertThat(names.read("Centre for Rights and Community Development (CRCD-Malawi)"))
                .contains(new Signatory("Centre for Rights and Community Development (CRCD)", Optional.of("Malawi")));
        assertThat(names.read("Youth Action for Peace (YAP – Kenya)"))
                .contains(new Signatory("Youth Action for Peace (YAP)", Optional.of("Kenya")));
        // an acronym whose second part is a region or in capitals stays whole, known to the table or not
        assertThat(names.read("Asian Forum for Human Rights and Development (FORUM-ASIA)"))
                .contains(Signatory.of("Asian Forum for Human Rights and Development (FORUM-ASIA)"));
        assertThat(names.read("Pacific Forum for Press Freedom (PFPF-ASIA)"))
                .contains(Signatory.of("Pacific Forum for Press Freedom (PFPF-ASIA)"));
        assertThat(names.read("Pacific Forum for Press Freedom (PFPF-Oceania)"))
                .contains(Signatory.of("Pacific Forum for Press Freedom (PFPF-Oceania)"));
    }

    @Test
    void theOrganisationAfterAPersonsPositionIsTheSignatory() {
        assertThat(names.read("Asia Director, Human Rights Watch")).contains(Signatory.of("Human Rights Watch"));
    }
}
