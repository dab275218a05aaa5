package org.hrcsearch.corpus.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionRecords;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnSymbol;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {

    private final HrcSchema schema = new HrcSchema();

    static HrcDocument draftResolution() {
        SourceFile source = new SourceFile(
                List.of("samples/A_HRC_43_L.31_Rev.1.pdf", "copy/A_HRC_43_L.31_Rev.1.pdf"),
                "a".repeat(64),
                "application/pdf",
                12_345);
        return HrcDocument.builder(source)
                .symbol(UnSymbol.parse("A/HRC/43/L.31/Rev.1").orElseThrow())
                .references(List.of("A/HRC/RES/37/23"))
                .session(Session.regular(43))
                .type(DocumentType.DRAFT_RESOLUTION)
                .title("Promoting mutually beneficial cooperation in the field of human rights")
                .date(LocalDate.of(2020, 6, 19))
                .sponsors(List.of("China", "Pakistan"))
                .concerns(List.of(new ConcernTag(
                        "cooperation-un",
                        "Cooperation with UN mechanisms",
                        List.of(new ConcernTag.Evidence("mutually beneficial cooperation", 3)))))
                .pageTexts(List.of("Page one speaks of win–win cooperation.", "", "Page three: the end."))
                .build();
    }

    @Test
    void aDocumentSurvivesTheRoundTripThroughLucene() throws Exception {
        HrcDocument original = draftResolution();
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
                w.addDocument(schema.mapper().toLucene(original));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Document stored = reader.storedFields().document(0);
                assertThat(stored.getField(HrcField.TEXT.fieldName()))
                        .as("the text is kept as doc values, out of the stored fields a hit list decompresses")
                        .isNull();
                String text = DocumentTexts.read(reader, 0, Integer.MAX_VALUE);
                assertThat(schema.mapper().fromLucene(stored, text)).isEqualTo(original);
                assertThat(DocumentTexts.read(reader, 0, 8)).isEqualTo("Page one");
            }
        }
    }

    @Test
    void aSessionReportKeepsItsActionsStoredAndUnsearchable() throws Exception {
        CouncilAction action = new CouncilAction(
                UnSymbol.parse("A/HRC/43/L.31/Rev.1"),
                DocumentType.RESOLUTION,
                "Promoting mutually beneficial cooperation",
                OptionalInt.of(45),
                Optional.empty(),
                List.of(Sponsor.state("Zanzibaria")),
                List.of(),
                List.of(),
                false,
                List.of(),
                List.of(),
                ActionOutcome.ADOPTED_WITHOUT_VOTE,
                Optional.empty(),
                List.of(),
                UnSymbol.parse("A/HRC/RES/43/21"),
                new ActionSource(UnSymbol.parse("A/HRC/43/2").orElseThrow(), List.of(44), List.of(260)));
        HrcDocument report = HrcDocument.builder(new SourceFile(List.of("r.pdf"), "b".repeat(64), "application/pdf", 9))
                .symbol(UnSymbol.parse("A/HRC/43/2").orElseThrow())
                .type(DocumentType.SESSION_REPORT)
                .pageTexts(List.of("Report of the Human Rights Council on its forty-third session"))
                .actions(new ActionRecords(List.of(action), List.of()))
                .build();
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
                w.addDocument(schema.mapper().toLucene(report));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Document stored = reader.storedFields().document(0);
                assertThat(DocumentMapper.actions(stored).actions()).containsExactly(action);
                assertThat(schema.mapper().fromLucene(stored, DocumentTexts.read(reader, 0, Integer.MAX_VALUE)))
                        .isEqualTo(report);
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(new TermQuery(new org.apache.lucene.index.Term("text", "zanzibaria"))))
                        .as("a sponsor of an action is no word of the report's searchable text")
                        .isZero();
                assertThat(reader.leaves()
                                .getFirst()
                                .reader()
                                .getFieldInfos()
                                .fieldInfo(HrcField.ACTIONS.fieldName())
                                .getIndexOptions())
                        .isEqualTo(org.apache.lucene.index.IndexOptions.NONE);
            }
        }
    }

    @Test
    void aSignatorysCountryIsStoredWithTheDocumentAndTheSignatoryStaysOneValue() throws Exception {
        HrcDocument letter = HrcDocument.builder(
                        new SourceFile(List.of("letter.pdf"), "b".repeat(64), "application/pdf", 9))
                .type(DocumentType.JOINT_LETTER)
                .signatories(List.of("Action 10", "Centre for Law and Rights (CLR)", "CIVICUS"))
                .signatoryCountries(Map.of("Action 10", "Chad", "Centre for Law and Rights (CLR)", "Malawi"))
                .build();
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
                w.addDocument(schema.mapper().toLucene(letter));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Document stored = reader.storedFields().document(0);
                assertThat(schema.mapper().fromLucene(stored).signatoryCountries())
                        .containsExactlyInAnyOrderEntriesOf(
                                Map.of("Action 10", "Chad", "Centre for Law and Rights (CLR)", "Malawi"));
                assertThat(stored.getValues(HrcField.SIGNATORY.fieldName()))
                        .containsExactly("Action 10", "Centre for Law and Rights (CLR)", "CIVICUS");
                assertThat(new IndexSearcher(reader)
                                .count(new TermQuery(new org.apache.lucene.index.Term("signatory", "Action 10"))))
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void aCountryBelongsToASignatory() {
        var source = new SourceFile(List.of("letter.pdf"), "b".repeat(64), "application/pdf", 9);
        HrcDocument letter = HrcDocument.builder(source)
                .signatories(List.of("Action 10"))
                .signatoryCountries(Map.of("Action 10", "Chad"))
                .build();
        assertThat(letter.toBuilder().signatories(List.of("CIVICUS")).build().signatoryCountries())
                .as("a sidecar that replaces the signatories drops the countries of the others")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HrcDocument(
                        letter.id(),
                        letter.symbol(),
                        letter.references(),
                        letter.session(),
                        letter.uprSession(),
                        letter.type(),
                        letter.title(),
                        letter.date(),
                        letter.language(),
                        List.of("CIVICUS"),
                        Map.of("Action 10", "Chad"),
                        letter.sponsors(),
                        letter.stateUnderReview(),
                        letter.recommendingStates(),
                        letter.concerns(),
                        letter.pages(),
                        letter.source(),
                        letter.needsOcr(),
                        letter.actions()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belong to one of the signatories");
    }

    @Test
    void keywordFieldsAreSearchableByTheirCanonicalValue() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
                w.addDocument(schema.mapper().toLucene(draftResolution()));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(
                                new TermQuery(new org.apache.lucene.index.Term("symbol", "A/HRC/43/L.31/Rev.1"))))
                        .isEqualTo(1);
                assertThat(searcher.count(new TermQuery(new org.apache.lucene.index.Term("session", "43"))))
                        .isEqualTo(1);
                assertThat(searcher.count(new TermQuery(new org.apache.lucene.index.Term("sponsor", "Pakistan"))))
                        .isEqualTo(1);
                // the en dash printed in the PDF is a hyphen to the analyzer
                assertThat(searcher.count(new PhraseQuery("text", "win", "win", "cooperation")))
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void documentsSortByDateThenIdWithUndatedOnesLast() throws Exception {
        HrcDocument older = draftResolution();
        HrcDocument newer = older.toBuilder().date(LocalDate.of(2021, 1, 1)).build();
        HrcDocument undated = HrcDocument.builder(
                        new SourceFile(List.of("u.pdf"), "b".repeat(64), "application/pdf", 1))
                .build();
        HrcDocument sameDayOtherId = HrcDocument.builder(
                        new SourceFile(List.of("v.pdf"), "0".repeat(64), "application/pdf", 1))
                .date(LocalDate.of(2021, 1, 1))
                .build();
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
                for (HrcDocument d : List.of(undated, newer, older, sameDayOtherId)) {
                    w.addDocument(schema.mapper().toLucene(d));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (boolean newestFirst : new boolean[] {false, true}) {
                    Sort sort = new Sort(DocumentMapper.dateSortField(newestFirst), DocumentMapper.idSortField());
                    List<String> ids = new ArrayList<>();
                    for (ScoreDoc sd : searcher.search(new MatchAllDocsQuery(), 10, sort).scoreDocs) {
                        ids.add(reader.storedFields().document(sd.doc).get("id"));
                    }
                    List<String> expected = newestFirst
                            ? List.of(sameDayOtherId.id(), newer.id(), older.id(), undated.id())
                            : List.of(older.id(), sameDayOtherId.id(), newer.id(), undated.id());
                    assertThat(ids).as("newest first: " + newestFirst).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void offsetsMapToThePageTheyStandOn() {
        Document doc = schema.mapper().toLucene(draftResolution());
        int[] starts = DocumentMapper.pageStarts(doc);
        String text = doc.get("text");
        assertThat(DocumentMapper.pageAt(starts, text.indexOf("win"))).isEqualTo(1);
        assertThat(DocumentMapper.pageAt(starts, text.indexOf("Page three"))).isEqualTo(3);
        assertThat(DocumentMapper.splitPages(text, starts))
                .containsExactly("Page one speaks of win–win cooperation.", "", "Page three: the end.");
    }

    @Test
    void unknownParametersAreNotFields() {
        assertThat(HrcField.fromParam("Signatory")).contains(HrcField.SIGNATORY);
        assertThat(HrcField.fromParam("sponsorz")).isEmpty();
        assertThat(HrcField.facetNames()).startsWith("[session, type, year");
    }
}
