package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.junit.jupiter.api.Test;

class ConcernTaggerTest {

    private final ConcernTagger tagger =
            new ConcernTagger(Vocabularies.bundled().concerns());

    @Test
    void aConcernRecordsWhichPhrasesMatchedHowOften() {
        List<ConcernTag> tags = tagger.tag("Reprisals against defenders; acts of intimidation and reprisals. "
                + "Human rights defenders and women human rights defenders face reprisal.");
        ConcernTag reprisals = tags.stream()
                .filter(t -> t.id().equals("reprisals"))
                .findFirst()
                .orElseThrow();
        assertThat(reprisals.evidence())
                .extracting(ConcernTag.Evidence::phrase, ConcernTag.Evidence::count)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("reprisal*", 3),
                        org.assertj.core.groups.Tuple.tuple("intimidation and reprisals", 1));
        assertThat(tags).extracting(ConcernTag::id).contains("human_rights_defenders");
    }

    @Test
    void belowTheMinimumEvidenceThereIsNoTag() {
        // death_penalty needs two occurrences
        assertThat(tagger.tag("One mention of the death penalty."))
                .extracting(ConcernTag::id)
                .doesNotContain("death_penalty");
        assertThat(tagger.tag("The death penalty; capital punishment."))
                .extracting(ConcernTag::id)
                .contains("death_penalty");
    }

    @Test
    void quotesHyphensAndCaseDoNotMatter() {
        assertThat(tagger.tag("Women’s Rights and WOMEN'S RIGHTS; persistent non cooperation and Non-Cooperation"))
                .extracting(ConcernTag::id)
                .contains("womens_rights", "un_cooperation");
    }

    @Test
    void aWordInsideAnotherConcernsLongerPhraseIsThatConcernsEvidenceOnly() {
        List<ConcernTag> tags =
                tagger.tag("A safe and enabling environment for civil society; an enabling environment.");
        assertThat(tags).extracting(ConcernTag::id).contains("civic_space").doesNotContain("environment_climate");
        // the same word on its own still counts
        assertThat(tagger.tag("An enabling environment. Pollution harms the environment."))
                .extracting(ConcernTag::id)
                .contains("environment_climate");
    }
}
