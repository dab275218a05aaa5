package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.schema.TextFolding;
import org.hrcsearch.corpus.vocab.ConcernTaxonomy;
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

    /**
     * The tagger finds its phrases by their place in the folded text, without a string a word: on random texts of
     * the taxonomy's own words, it finds at each word what comparing the text's words with each phrase finds.
     */
    @Test
    void findsEachPhraseWhereTheTextsWordsAreThePhrases() {
        ConcernTaxonomy taxonomy = Vocabularies.bundled().concerns();
        List<String> vocabulary = new java.util.ArrayList<>(List.of(" ", " ", ", ", "\n", "-", "’s ", "Rights", "x"));
        taxonomy.all()
                .forEach(c -> c.phrases()
                        .forEach(p ->
                                vocabulary.addAll(List.of(p.replace("*", "").split(" ")))));
        vocabulary.addAll(List.of("reprisals", "Journalists", "DEFENDERS", "migrantes", "refuge"));
        new RandomTexts(vocabulary.stream().map(w -> w + " ").toArray(String[]::new))
                .assertAgree(
                        40, text -> sorted(tagger.phrasesFound(text)), text -> sorted(byDefinition(taxonomy, text)));
    }

    private static List<String> sorted(List<String> found) {
        return found.stream().sorted().toList();
    }

    /** Phrase p is at word i when the text's words from i are p's words (the last one a prefix for "p*"). */
    private static List<String> byDefinition(ConcernTaxonomy taxonomy, String text) {
        List<String> words = TextFolding.words(text);
        List<String> found = new java.util.ArrayList<>();
        for (ConcernTaxonomy.Concern c : taxonomy.all()) {
            for (String p : c.phrases()) {
                boolean prefix = p.endsWith("*");
                List<String> pw = TextFolding.words(prefix ? p.substring(0, p.length() - 1) : p);
                for (int i = 0; !pw.isEmpty() && i + pw.size() <= words.size(); i++) {
                    boolean all = true;
                    for (int k = 0; k < pw.size() && all; k++) {
                        String w = words.get(i + k);
                        all = prefix && k == pw.size() - 1 ? w.startsWith(pw.get(k)) : w.equals(pw.get(k));
                    }
                    if (all) {
                        found.add(p + "@" + i);
                    }
                }
            }
        }
        return found;
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
