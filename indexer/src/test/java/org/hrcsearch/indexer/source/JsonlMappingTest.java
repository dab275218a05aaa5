package org.hrcsearch.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.junit.jupiter.api.Test;

/** How a JSON-lines record becomes a document's fields. */
class JsonlMappingTest {

    private static final JsonNode SPEECH = json(
            "{\"id\":\"USA_75_2020\",\"iso3\":\"USA\",\"session\":75,\"year\":2020,\"text\":\"Mr. President, ...\"}");

    private static JsonNode json(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static HrcDocument.Builder derived() {
        return HrcDocument.builder(new SourceFile(List.of("u.jsonl#USA_75_2020"), "a".repeat(64), "text/plain", 10))
                .session(Session.regular(75)) // what the text seemed to say: "the 75th session"
                .title("derived title");
    }

    @Test
    void membersTemplatesAndAnEmptySourceFillTheFields() {
        JsonlMapping m = JsonlMapping.parse(
                "id=id,text=text,year=year,state=iso3,session=,title={iso3} statement, UNGA session {session} ({year})");
        assertThat(m.id(SPEECH)).contains("USA_75_2020");
        assertThat(m.text(SPEECH)).isEqualTo("Mr. President, ...");
        HrcDocument doc = m.apply(derived(), SPEECH).build();
        assertThat(doc.title()).isEqualTo("USA statement, UNGA session 75 (2020)");
        assertThat(doc.date()).contains(LocalDate.of(2020, 1, 1));
        assertThat(doc.year()).hasValue(2020);
        assertThat(doc.stateUnderReview()).contains("USA");
        assertThat(doc.session())
                .as("a General Assembly session is no Council session")
                .isEmpty();
    }

    @Test
    void unmappedFieldsKeepWhatWasDerivedFromTheText() {
        HrcDocument doc =
                JsonlMapping.parse("id=id,text=text").apply(derived(), SPEECH).build();
        assertThat(doc.title()).isEqualTo("derived title");
        assertThat(doc.session()).contains(Session.regular(75));
    }

    @Test
    void aFullDateAndASignatoryListAreRead() {
        JsonNode letter = json("{\"key\":\"l1\",\"body\":\"We, the undersigned\",\"sent\":\"2018-03-02\","
                + "\"signed\":[\"CIVICUS\",\"FIDH\"],\"hrc\":\"37\"}");
        JsonlMapping m = JsonlMapping.parse("id=key,text=body,date=sent,signatory=signed,session=hrc");
        HrcDocument doc = m.apply(derived(), letter).build();
        assertThat(doc.date()).contains(LocalDate.of(2018, 3, 2));
        assertThat(doc.signatories()).containsExactly("CIVICUS", "FIDH");
        assertThat(doc.session()).contains(Session.regular(37));
    }

    @Test
    void theCanonicalFormIsStableAndPartOfWhatMakesARecordChange() {
        assertThat(JsonlMapping.parse(" id = id , text=text ").canonical()).isEqualTo("id=id,text=text");
    }

    @Test
    void aMappingWithoutIdOrTextOrWithAnUnknownFieldIsRefusedWithTheAllowedFields() {
        assertThatThrownBy(() -> JsonlMapping.parse("text=text")).hasMessageContaining("id=id");
        assertThatThrownBy(() -> JsonlMapping.parse("id=id")).hasMessageContaining("text=text");
        assertThatThrownBy(() -> JsonlMapping.parse("id=id,text=text,colour=c"))
                .hasMessageContaining("unknown field 'colour'")
                .hasMessageContaining("signatory");
    }
}
