package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.junit.jupiter.api.Test;

/** Keyword and facet values that Lucene would refuse (and with them the whole document) are made fit, with a warning. */
class KeywordValuesTest {

    private static final SourceFile SOURCE = new SourceFile(List.of("a.pdf"), "a".repeat(64), "application/pdf", 1);

    @Test
    void controlCharactersBecomeOneSpace() {
        assertThat(KeywordValues.withoutControls("Amnesty\u0000\u001fInternational\n"))
                .isEqualTo("Amnesty International");
        assertThat(KeywordValues.withoutControls("CIVICUS")).isEqualTo("CIVICUS");
    }

    @Test
    void truncationNeverCutsACharacterInTwo() {
        String arabic = "\u0645".repeat(10); // 2 bytes each in UTF-8
        assertThat(KeywordValues.truncate(arabic, 5)).isEqualTo("\u0645".repeat(2));
        String emoji = "a\uD83D\uDE00";
        assertThat(KeywordValues.truncateChars(emoji, 2)).isEqualTo("a");
    }

    @Test
    void aFacetValueTooLongOrWithControlCharactersIsIndexedFitAndWarned() {
        HrcDocument doc = HrcDocument.builder(SOURCE)
                .signatories(List.of("N".repeat(40_000), "Amnesty\u0000International"))
                .references(List.of("R".repeat(40_000)))
                .pageTexts(List.of("text"))
                .build();
        List<String> warnings = new ArrayList<>();
        Document lucene = new HrcSchema().mapper().toLucene(doc, warnings::add);
        assertThat(lucene.getValues(HrcField.SIGNATORY.fieldName()))
                .containsExactly("N".repeat(DocumentMapper.MAX_FACET_CHARS), "Amnesty International");
        assertThat(lucene.get(HrcField.REFERENCES.fieldName())).hasSize(DocumentMapper.MAX_KEYWORD_BYTES);
        assertThat(warnings)
                .hasSize(3)
                .anySatisfy(w -> assertThat(w).startsWith("value_truncated: the signatory value"))
                .anySatisfy(w -> assertThat(w).startsWith("control_characters: removed from the signatory value"))
                .anySatisfy(w -> assertThat(w).startsWith("value_truncated: the references value"));
    }
}
