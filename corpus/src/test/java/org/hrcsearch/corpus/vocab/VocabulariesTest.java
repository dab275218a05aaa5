package org.hrcsearch.corpus.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabulariesTest {

    private final Vocabularies vocab = Vocabularies.bundled();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
      FIDH                                                     | International Federation for Human Rights (FIDH)
      Fédération internationale des ligues des droits de l'homme | International Federation for Human Rights (FIDH)
      FIDH - Fédération interntionale pour les droits de l'homme | International Federation for Human Rights (FIDH)
      International Service for Human Rights                   | International Service for Human Rights (ISHR)
      ISHR                                                     | International Service for Human Rights (ISHR)
      International Service for Human Rights (ISHR)            | International Service for Human Rights (ISHR)
      civicus                                                  | CIVICUS: World Alliance for Citizen Participation
      Lawyers’ Rights Watch Canada                             | Lawyers' Rights Watch Canada (LRWC)
      The Egyptian Initiative for Personal Rights              | Egyptian Initiative for Personal Rights (EIPR)
      Minority Rights Group (MRG)                              | Minority Rights Group International (MRG)
      Cairo Institute for Human Rights Studies (CIHRS)         | Cairo Institute for Human Rights Studies (CIHRS)
      """)
    void organisationsHaveOneCanonicalName(String printed, String canonical) {
        assertThat(vocab.organisations().find(printed)).contains(canonical);
    }

    @Test
    void anUnknownOrganisationKeepsItsPrintedName() {
        assertThat(vocab.organisations().find("Veloria Rural Women Forum")).isEmpty();
        assertThat(vocab.organisations().canonical("  Veloria  Rural Women Forum "))
                .isEqualTo("Veloria Rural Women Forum");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
      The former Yugoslav Republic of Macedonia | North Macedonia
      Iran (Islamic Republic of)                | Iran (Islamic Republic of)
      Islamic Republic of Iran                  | Iran (Islamic Republic of)
      Czech Republic                            | Czechia
      Turkey                                    | Türkiye
      Côte d’Ivoire                             | Côte d'Ivoire
      SVN                                       | Slovenia
      United Kingdom                            | United Kingdom of Great Britain and Northern Ireland
      """)
    void statesHaveOneCanonicalName(String printed, String canonical) {
        assertThat(vocab.states().canonical(printed)).contains(canonical);
    }

    @Test
    void everyUnMemberStateAndTheObserverStatesAreListed() {
        assertThat(vocab.states().all()).hasSize(195);
    }

    @Test
    void theTaxonomyHasAtLeast25ConcernsWithStableIdsAndPhrases() {
        assertThat(vocab.concerns().all()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(vocab.concerns().find("reprisals")).hasValueSatisfying(c -> {
            assertThat(c.parent()).contains("un_cooperation");
            assertThat(c.phrases()).contains("reprisal*");
        });
    }

    @Test
    void aFileInTheVocabularyFolderReplacesTheBundledOne(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve(Vocabularies.ORGANISATIONS_FILE),
                "# local table\nVeloria Human Rights Monitor\tVHRM | Moniteur des droits humains de Veloria\n");
        Vocabularies local = Vocabularies.load(Optional.of(dir));
        assertThat(local.organisations().find("VHRM")).contains("Veloria Human Rights Monitor");
        assertThat(local.organisations().find("FIDH")).isEmpty();
        assertThat(local.states().canonical("Slovenia")).contains("Slovenia"); // not replaced
    }

    @Test
    void anAliasThatNamesTwoOrganisationsIsAnErrorWithItsLine() throws Exception {
        String tsv = "Alpha Watch\tAW\nAnother Watch\tAW\n";
        TsvResource parsed = TsvResource.parse("organisations.tsv", new BufferedReader(new StringReader(tsv)));
        assertThatThrownBy(() -> new OrganisationNames(parsed))
                .hasMessageContaining("organisations.tsv:2")
                .hasMessageContaining("already stands for Alpha Watch");
    }
}
