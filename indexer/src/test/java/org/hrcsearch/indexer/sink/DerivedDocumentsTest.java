package org.hrcsearch.indexer.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.action.ActionRecords;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.action.DerivedFrom;
import org.hrcsearch.corpus.action.TextSpan;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.DocumentTexts;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.source.PathStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The texts a session report prints are documents of their own, written, replaced and deleted in the commit of the
 * run that changes their report; a resolution's own file, while the index holds it, is that resolution's only
 * document.
 */
class DerivedDocumentsTest {

    @TempDir
    Path index;

    private final HrcSchema schema = new HrcSchema();

    private static final String REPORT_SHA = "c1".repeat(32);
    private static final String RESOLUTION_SHA = "d1".repeat(32);
    private static final UnSymbol RES_1 = UnSymbol.parse("A/HRC/RES/14/1").orElseThrow();
    private static final UnSymbol REPORT = UnSymbol.parse("A/HRC/14/37").orElseThrow();

    /** A report whose pages 2-3 print resolution 14/1, from "14/1" on page 2 to the end of its note on page 3. */
    private static HrcDocument report(String sha) {
        String page2 = "end of the contents\n14/1\nThe grave attacks\nThe Human Rights Council,\nCondemns the attack";
        String page3 = "on the flotilla of ships;\n[Adopted without a vote.]\n14/2\nTrafficking in persons";
        int start = page2.indexOf("14/1");
        int end = page3.indexOf(']') + 1;
        AdoptedText printed = new AdoptedText(RES_1, "The grave attacks", Optional.of(LocalDate.of(2010, 6, 2)), REPORT)
                .printedAt(new TextSpan(2, start, 3, end));
        AdoptedText listedOnly = new AdoptedText(
                UnSymbol.parse("A/HRC/RES/14/2").orElseThrow(), "Trafficking in persons", Optional.empty(), REPORT);
        return HrcDocument.builder(new SourceFile(List.of("report.pdf"), sha, "application/pdf", 100))
                .symbol(REPORT)
                .type(DocumentType.SESSION_REPORT)
                .title("Report of the Human Rights Council on its fourteenth session")
                .pageTexts(List.of("Contents", page2, page3))
                .actions(new ActionRecords(List.of(), List.of(printed, listedOnly)))
                .build();
    }

    private static HrcDocument standaloneResolution() {
        return HrcDocument.builder(new SourceFile(List.of("res.pdf"), RESOLUTION_SHA, "application/pdf", 10))
                .symbol(RES_1)
                .type(DocumentType.RESOLUTION)
                .title("The grave attacks")
                .pageTexts(List.of("The Human Rights Council, Condemns the attack on the flotilla of ships;"))
                .build();
    }

    private void run(List<HrcDocument> writes, String... deletes) throws IOException {
        try (IndexSink sink = IndexSink.open(schema, index)) {
            for (HrcDocument d : writes) {
                sink.upsert(d, List.of(new PathStamp("/c/" + d.source().paths().getFirst(), "x", 1, 1)));
            }
            for (String id : deletes) {
                sink.delete(id);
            }
            sink.reconcileDerivedDocuments();
            sink.commit(Map.of(), List.of());
        }
    }

    /** The documents a phrase finds, each as symbol, the file's path and (for a derived one) its report and pages. */
    private List<String> phrase(String... words) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            PhraseQuery.Builder q = new PhraseQuery.Builder();
            for (String w : words) {
                q.add(new Term(HrcField.TEXT.fieldName(), w));
            }
            Map<String, String> out = new TreeMap<>();
            for (ScoreDoc hit : searcher.search(q.build(), 10).scoreDocs) {
                Document d = reader.storedFields().document(hit.doc);
                String from = DocumentMapper.derivedFrom(d)
                        .map(f -> " from " + f.report().text() + " p. " + f.pages())
                        .orElse("");
                out.put(d.get(HrcField.ID.fieldName()), d.get(HrcField.SYMBOL.fieldName()) + from);
            }
            return List.copyOf(out.values());
        }
    }

    @Test
    void aPrintedTextIsADocumentWithItsReportsPagesAndOnlyItsOwnText() throws Exception {
        run(List.of(report(REPORT_SHA)));

        assertThat(phrase("flotilla", "of", "ships"))
                .containsExactlyInAnyOrder("A/HRC/14/37", "A/HRC/RES/14/1 from A/HRC/14/37 p. 2-3");
        assertThat(phrase("trafficking", "in", "persons")).containsExactly("A/HRC/14/37");
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            int doc = new IndexSearcher(reader)
                    .search(
                            new org.apache.lucene.search.TermQuery(new Term(HrcField.SYMBOL.fieldName(), RES_1.text())),
                            1)
                    .scoreDocs[0]
                    .doc;
            Document stored = reader.storedFields().document(doc);
            HrcDocument derived = schema.mapper().fromLucene(stored, DocumentTexts.read(reader, doc, 10_000));
            assertThat(derived.type()).isEqualTo(DocumentType.RESOLUTION);
            assertThat(derived.session().orElseThrow().label()).isEqualTo("14");
            assertThat(derived.date()).hasValue(LocalDate.of(2010, 6, 2));
            assertThat(derived.references()).containsExactly("A/HRC/14/37");
            assertThat(derived.pages().get(0).text()).isEmpty();
            assertThat(derived.pages().get(1).text()).startsWith("14/1\nThe grave attacks");
            assertThat(derived.pages().get(2).text()).isEqualTo("on the flotilla of ships;\n[Adopted without a vote.]");
            assertThat(DocumentMapper.derivedFrom(stored))
                    .hasValue(new DerivedFrom(
                            REPORT_SHA.substring(0, 16), REPORT, 2, 3, Optional.empty(), Optional.empty()));
        }
        try (IndexSink sink = IndexSink.open(schema, index)) {
            assertThat(sink.previous().documents()).as("files' documents").isEqualTo(1);
            assertThat(sink.previous().mustRebuild()).isFalse();
        }
    }

    @Test
    void aResolutionsOwnFileIsItsOnlyDocumentWhileTheIndexHoldsIt() throws Exception {
        run(List.of(report(REPORT_SHA)));
        run(List.of(standaloneResolution()));
        assertThat(phrase("flotilla", "of", "ships")).containsExactlyInAnyOrder("A/HRC/14/37", "A/HRC/RES/14/1");

        run(List.of(), RESOLUTION_SHA.substring(0, 16));
        assertThat(phrase("flotilla", "of", "ships"))
                .containsExactlyInAnyOrder("A/HRC/14/37", "A/HRC/RES/14/1 from A/HRC/14/37 p. 2-3");
    }

    @Test
    void aFileIndexedBeforeItsReportStaysTheOnlyDocument() throws Exception {
        run(List.of(standaloneResolution(), report(REPORT_SHA)));
        assertThat(phrase("flotilla", "of", "ships")).containsExactlyInAnyOrder("A/HRC/14/37", "A/HRC/RES/14/1");
    }

    @Test
    void theTextsGoWithTheirReportAndAChangedReportGivesThemAnew() throws Exception {
        run(List.of(report(REPORT_SHA)));
        String changed = "c2".repeat(32);
        run(List.of(report(changed)), REPORT_SHA.substring(0, 16));
        assertThat(phrase("flotilla", "of", "ships"))
                .containsExactlyInAnyOrder("A/HRC/14/37", "A/HRC/RES/14/1 from A/HRC/14/37 p. 2-3");

        run(List.of(), changed.substring(0, 16));
        assertThat(phrase("flotilla", "of", "ships")).isEmpty();
    }
}
