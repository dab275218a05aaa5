package org.hrcsearch.indexer.sidecar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {

    private static final Vocabularies VOCAB = Vocabularies.bundled();
    private final HrcDocument scan = HrcDocument.builder(
                    new SourceFile(List.of("scan.pdf"), "a".repeat(64), "application/pdf", 10))
            .needsOcr(true)
            .build();

    private static Sidecar sidecar(String json) throws Exception {
        return Sidecar.of(new ObjectMapper().readTree(json));
    }

    @Test
    void aSidecarSetsFieldsAndNamesGoThroughTheVocabularies() throws Exception {
        HrcDocument d = sidecar("""
        {"symbol": "A/HRC/WG.6/7/SVN/2", "session": "s35", "type": "joint_letter", "date": "2018-03-02",
         "title": "Letter", "signatories": ["FIDH", "Veloria Monitor"], "state": "Turkey", "concerns": ["reprisals"]}
        """).applyTo(scan, VOCAB);
        assertThat(d.symbol().orElseThrow().text()).isEqualTo("A/HRC/WG.6/7/SVN/2");
        assertThat(d.session().orElseThrow().label()).isEqualTo("S-35");
        assertThat(d.type()).isEqualTo(DocumentType.JOINT_LETTER);
        assertThat(d.signatories())
                .containsExactly("International Federation for Human Rights (FIDH)", "Veloria Monitor");
        assertThat(d.stateUnderReview()).contains("Türkiye");
        assertThat(d.concerns()).extracting(c -> c.id()).containsExactly("reprisals");
        assertThat(d.needsOcr()).isTrue();
    }

    @Test
    void nullClearsAFieldAndAnUnknownFieldIsAnErrorThatListsTheAllowedOnes() throws Exception {
        HrcDocument titled = scan.toBuilder().title("Derived").build();
        assertThat(sidecar("{\"title\": null}").applyTo(titled, VOCAB).title()).isEmpty();
        assertThatThrownBy(() -> sidecar("{\"sesion\": \"37\"}"))
                .hasMessageContaining("unknown field [sesion]")
                .hasMessageContaining("session");
        assertThatThrownBy(() -> sidecar("{\"date\": \"March 2018\"}").applyTo(scan, VOCAB))
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void aSidecarsLangWinsAndMustBeOneOfTheSixUnLanguagesOrOther() throws Exception {
        assertThat(sidecar("{\"lang\": \"AR\"}").applyTo(scan, VOCAB).language())
                .isEqualTo(Language.ARABIC);
        assertThat(sidecar("{\"lang\": \"other\"}").applyTo(scan, VOCAB).language())
                .isEqualTo(Language.OTHER);
        assertThatThrownBy(() -> sidecar("{\"lang\": \"de\"}").applyTo(scan, VOCAB))
                .hasMessageContaining("unknown lang 'de'")
                .hasMessageContaining("[ar, zh, en, fr, ru, es, other]");
    }

    @Test
    void theSidecarIsFoundBesideTheFile(@TempDir Path dir) throws Exception {
        Path pdf = Files.writeString(dir.resolve("letter.pdf"), "x");
        Files.writeString(dir.resolve("letter.json"), "{\"session\": \"37\"}");
        assertThat(new SidecarReader().read(List.of(pdf))).isPresent();
        Files.writeString(dir.resolve("letter.pdf.json"), "{not json");
        assertThatThrownBy(() -> new SidecarReader().read(List.of(pdf)))
                .hasMessageContaining("letter.pdf.json")
                .hasMessageContaining("not valid JSON");
    }
}
