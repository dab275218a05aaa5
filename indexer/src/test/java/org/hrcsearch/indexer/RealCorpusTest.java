package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.index.RunState;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.enrich.DocumentDeriver;
import org.hrcsearch.indexer.report.FileOutcome;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.indexer.report.Outcome;
import org.hrcsearch.indexer.report.ProgressDisplay;
import org.hrcsearch.indexer.report.RunConclusion;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole shared corpus ({@code ../shared/corpus}): exactly the malformed PDF fails, exactly the scan needs OCR,
 * everything else is indexed; a second run changes nothing.
 */
@NeedsSharedCorpus
class RealCorpusTest {

    private static final String MALFORMED = "hrc-pdf/slovenia-upr/cycle1/g0917123.pdf";
    private static final String SCAN = "hrc-pdf/slovenia-upr/cycle3/Letter-OHCHR-HC-Slovenia.pdf";

    @TempDir
    Path index;

    private IndexingReport run() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        return new IndexRun(new HrcSchema(), new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(new IndexRun.Options(List.of(ProjectPaths.sharedCorpus()), index, 2)
                        .withProgress(ProgressDisplay.Mode.NONE));
    }

    private long[] documentsAndGeneration() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            long derived = new IndexSearcher(reader)
                    .count(new TermRangeQuery(HrcField.REPORT_ID.fieldName(), null, null, true, true));
            return new long[] {reader.numDocs(), reader.getIndexCommit().getGeneration(), derived};
        }
    }

    /** A/HRC/14/37 and A/HRC/43/2: one action story each that the extractor reports it could not wholly read. */
    private static final List<String> REPORTS_WITH_ACTION_WARNINGS =
            List.of("cycle1/g1217781.pdf", "cycle3/g2110341.pdf");

    @Test
    void aFullRunFailsExactlyTheMalformedPdfFlagsExactlyTheScanAndASecondRunChangesNothing() throws Exception {
        IndexingReport first = run();
        assertThat(first.failures())
                .extracting(FileOutcome::path)
                .singleElement()
                .satisfies(p -> assertThat(p).endsWith(MALFORMED));
        assertThat(first.failures().getFirst().outcome()).isEqualTo(Outcome.FAILED_PARSE);
        assertThat(first.outcomes())
                .filteredOn(o -> o.outcome() == Outcome.NEEDS_OCR)
                .extracting(FileOutcome::path)
                .singleElement()
                .satisfies(p -> assertThat(p).endsWith(SCAN));
        assertThat(first.outcomes())
                .filteredOn(o -> o.outcome() == Outcome.DUPLICATE)
                .extracting(FileOutcome::path)
                .singleElement()
                .satisfies(p -> assertThat(p).endsWith("guinea2014.pdf"));
        assertThat(first.outcomes())
                .filteredOn(o ->
                        !o.path().endsWith(MALFORMED) && !o.path().endsWith(SCAN) && o.outcome() != Outcome.DUPLICATE)
                .isNotEmpty()
                .allSatisfy(o -> {
                    if (REPORTS_WITH_ACTION_WARNINGS.stream().anyMatch(o.path()::endsWith)) {
                        // what the action extractor could not read of a session report is a warning of its file
                        assertThat(o.outcome()).as(o.path()).isEqualTo(Outcome.INDEXED_WITH_WARNINGS);
                        assertThat(o.warnings())
                                .as(o.path())
                                .singleElement()
                                .satisfies(w -> assertThat(w).startsWith(DocumentDeriver.ACTIONS_WARNING));
                    } else {
                        assertThat(o.outcome()).as(o.path()).isEqualTo(Outcome.INDEXED);
                    }
                });
        RunConclusion committed = first.conclusion().orElseThrow();
        assertThat(committed.state()).isEqualTo(RunState.COMMITTED);
        int files = first.outcomes().size();
        assertThat(committed.documents()).isEqualTo(files - 2); // no document for the malformed PDF and the duplicate
        long[] before = documentsAndGeneration();
        // one document a file, and one for each text the session 14 report prints (read out of it, with its pages)
        assertThat(before[2]).as("documents read out of session reports").isPositive();
        assertThat(before[0] - before[2]).isEqualTo(committed.documents());

        IndexingReport second = run();
        assertThat(second.conclusion().orElseThrow().state()).isEqualTo(RunState.UNCHANGED);
        assertThat(second.outcomes())
                .hasSize(files)
                .allSatisfy(o -> assertThat(o.outcome()).as(o.path()).isEqualTo(Outcome.UNCHANGED));
        assertThat(documentsAndGeneration())
                .as("documents and commit generation")
                .containsExactly(before);
    }
}
