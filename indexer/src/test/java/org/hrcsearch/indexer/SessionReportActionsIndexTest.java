package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.hrcsearch.corpus.action.ActionRecords;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.corpus.index.RunSummary;
import org.hrcsearch.corpus.index.StatusFiles;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.enrich.DocumentDeriver;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session report's Council actions land in the index with the report, in the same commit, and go with it; what
 * the extractor could not read is a warning of the report's file. Over the sample report {@code A/HRC/52/2}, whose
 * expected actions are listed here.
 */
class SessionReportActionsIndexTest {

    /** The sample report's actions: draft, outcome, tally, resulting text (what its text says, read by hand). */
    private static final List<String> EXPECTED = List.of(
            "A/HRC/52/L.12,adopted_without_vote,,A/HRC/RES/52/7",
            "A/HRC/52/L.3,adopted_by_vote,36-4-7,A/HRC/RES/52/3",
            "A/HRC/52/L.20/Rev.1,adopted_by_vote,27-6-14,A/HRC/RES/52/24",
            "A/HRC/52/L.1,adopted_without_vote,,A/HRC/DEC/52/101",
            "A/HRC/52/L.27,withdrawn,,");

    @TempDir
    Path tmp;

    private IndexingReport run(Path corpus) throws Exception {
        IndexRun.Options options = new IndexRun.Options(List.of(corpus), tmp.resolve("index"), 1)
                .withProgress(ProgressDisplay.Mode.NONE)
                .withForce(true);
        return new IndexRun(new HrcSchema(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(options);
    }

    /** The stored actions of every live document of a file, by its first file's name. */
    private Map<String, ActionRecords> storedActions() throws IOException {
        try (FSDirectory dir = FSDirectory.open(tmp.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            Map<String, ActionRecords> out = new java.util.TreeMap<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    Document d = reader.storedFields().document(i);
                    if (DocumentMapper.derivedFrom(d).isPresent()) {
                        continue; // a text read out of a report shares its file, not its actions
                    }
                    out.put(
                            Path.of(d.get(HrcField.PATH.fieldName()))
                                    .getFileName()
                                    .toString(),
                            DocumentMapper.actions(d));
                }
            }
            return out;
        }
    }

    /** The live documents read out of a report: symbol, type, report and pages, in symbol order. */
    private List<String> derivedDocuments() throws IOException {
        try (FSDirectory dir = FSDirectory.open(tmp.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    Document d = reader.storedFields().document(i);
                    DocumentMapper.derivedFrom(d)
                            .ifPresent(from -> out.add(d.get(HrcField.SYMBOL.fieldName()) + " "
                                    + d.get(HrcField.TYPE.fieldName()) + " from " + from.report() + " p. "
                                    + from.pages()));
                }
            }
            return out.stream().sorted().toList();
        }
    }

    @Test
    void aReportsActionsAreStoredWithItWarningsGoToItsOutcomeAndTheyGoWhenItGoes() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path report = Files.copy(ProjectPaths.samplePdfs().resolve("A_HRC_52_2.pdf"), corpus.resolve("A_HRC_52_2.pdf"));
        Files.copy(ProjectPaths.samplePdfs().resolve("A_HRC_RES_52_7.pdf"), corpus.resolve("A_HRC_RES_52_7.pdf"));

        IndexingReport first = run(corpus);
        FileOutcome outcome = first.outcomes().stream()
                .filter(o -> o.path().endsWith("A_HRC_52_2.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(outcome.outcome()).isEqualTo(Outcome.INDEXED_WITH_WARNINGS);
        assertThat(outcome.warnings())
                .containsExactly(
                        DocumentDeriver.ACTIONS_WARNING
                                + "A/HRC/52/2 p. 5, paragraphs 12-13: adopted_by_vote by 27-6-14 but no State lists could be read");

        Map<String, ActionRecords> stored = storedActions();
        assertThat(stored.get("A_HRC_RES_52_7.pdf")).isEqualTo(ActionRecords.NONE);
        ActionRecords actions = stored.get("A_HRC_52_2.pdf");
        List<String> read = new ArrayList<>();
        for (CouncilAction a : actions.actions()) {
            read.add(String.join(
                    ",",
                    a.draft().map(UnSymbol::text).orElse(""),
                    a.outcome().key(),
                    a.tally().map(Object::toString).orElse(""),
                    a.resulting().map(UnSymbol::text).orElse("")));
        }
        assertThat(read).containsExactlyElementsOf(EXPECTED);
        List<StatePosition> positions =
                actions.actions().get(1).vote().orElseThrow().positions();
        assertThat(positions).hasSize(47).contains(new StatePosition("Czechia", VotePosition.IN_FAVOUR));
        assertThat(positions).contains(new StatePosition("Viet Nam", VotePosition.ABSTAINING));
        assertThat(actions.adoptedTexts())
                .extracting(t -> t.symbol().text())
                .containsExactly("A/HRC/RES/52/3", "A/HRC/RES/52/7", "A/HRC/RES/52/24", "A/HRC/DEC/52/101");

        // the two texts it prints are documents of their own, read out of its pages; 52/7 is printed elsewhere
        assertThat(derivedDocuments())
                .containsExactly(
                        "A/HRC/DEC/52/101 decision from A/HRC/52/2 p. 3",
                        "A/HRC/RES/52/3 resolution from A/HRC/52/2 p. 2-3");
        // a decision's own file, once indexed, is its only document
        Files.copy(ProjectPaths.samplePdfs().resolve("A_HRC_DEC_52_101.pdf"), corpus.resolve("A_HRC_DEC_52_101.pdf"));
        run(corpus);
        assertThat(derivedDocuments()).containsExactly("A/HRC/RES/52/3 resolution from A/HRC/52/2 p. 2-3");
        Files.delete(corpus.resolve("A_HRC_DEC_52_101.pdf"));

        Files.delete(report);
        run(corpus);
        assertThat(derivedDocuments()).isEmpty();
        assertThat(storedActions()).containsOnlyKeys("A_HRC_RES_52_7.pdf");
        assertThat(storedActions().values()).containsOnly(ActionRecords.NONE);
    }

    @Test
    void theRunSaysWhatTheActionsCostItInCpuTimeAndARunWithoutAReportSaysNothing() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(ProjectPaths.samplePdfs().resolve("A_HRC_52_2.pdf"), corpus.resolve("A_HRC_52_2.pdf"));
        Files.copy(ProjectPaths.samplePdfs().resolve("A_HRC_RES_52_7.pdf"), corpus.resolve("A_HRC_RES_52_7.pdf"));

        RunSummary.ActionCost cost = run(corpus).actionCost().orElseThrow();
        assertThat(cost.reports()).isEqualTo(1);
        assertThat(cost.extractionCpuSeconds()).isPositive();
        assertThat(cost.printedTextsCpuSeconds()).isPositive();
        assertThat(new StatusFiles(new IndexFolder(tmp.resolve("index")))
                        .lastRun()
                        .orElseThrow()
                        .actions())
                .isEqualTo(cost);

        Files.delete(corpus.resolve("A_HRC_52_2.pdf"));
        IndexingReport withoutReport = run(corpus);
        assertThat(withoutReport.actionCost()).isEmpty();
        assertThat(new StatusFiles(new IndexFolder(tmp.resolve("index")))
                        .lastRun()
                        .orElseThrow()
                        .actions())
                .isNull();
    }
}
