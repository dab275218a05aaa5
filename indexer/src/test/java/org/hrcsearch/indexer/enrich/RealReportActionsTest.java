package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.indexer.check.ActionCheck;
import org.hrcsearch.indexer.check.ActionComparison;
import org.hrcsearch.indexer.check.ActionField;
import org.hrcsearch.indexer.check.ActionTargets;
import org.hrcsearch.indexer.check.ExpectedAction;
import org.hrcsearch.indexer.check.ExpectedActionsFile;
import org.hrcsearch.indexer.check.MetadataCheck;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code check-metadata --actions} over the three real session reports of {@code ../shared/corpus/hrc-pdf/slovenia-upr}
 * ({@code A/HRC/14/37}, {@code A/HRC/28/2}, {@code A/HRC/43/2}), read as indexing reads them, against the curated
 * {@code expected-actions/}: issue 14's targets, i.e. draft symbol, outcome, tally and resulting symbol right for
 * every action, and State positions with precision and recall of at least 0.99.
 *
 * <p>Needs {@code ../shared/corpus}: without it the test is skipped, unless {@code HRC_REQUIRE_CORPUS=1}.
 */
@NeedsSharedCorpus
class RealReportActionsTest {

    private static List<ExpectedAction> expected;
    private static MetadataCheck.Derived derived;
    private static Map<String, ActionComparison.ReportRead> reports;
    private static ActionComparison.Result result;
    private static String printed;

    @BeforeAll
    static void checkTheThreeReports() throws Exception {
        DocumentEnricher enricher = new DocumentEnricher();
        derived = new MetadataCheck(() -> new DocumentDeriver(new TikaExtractor(), enricher))
                .derive(ProjectPaths.sharedCorpus().resolve("hrc-pdf/slovenia-upr"), 2);
        expected = ExpectedActionsFile.read(resource("expected-actions"));
        reports = ActionCheck.reports(derived);
        result = new ActionComparison().compare(expected, reports);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActionCheck.print(result, reports, ActionTargets.ISSUE_14, new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RealReportActionsTest.class.getResource("/" + name).toURI());
    }

    @Test
    void theThreeReportsAreReadAndNoneOther() {
        assertThat(reports).containsOnlyKeys("A/HRC/14/37", "A/HRC/28/2", "A/HRC/43/2");
        assertThat(result.reportsNotRead()).isEmpty();
        assertThat(expected).hasSize(143);
    }

    @Test
    void everyActionHasTheCuratedDraftOutcomeTallyAndResultingSymbol() {
        assertThat(result.missing()).as(printed).isEmpty();
        assertThat(result.extra()).as(printed).isEmpty();
        for (ActionField f : ActionField.values()) {
            assertThat(result.disagreements(f.column())).as(printed).isEmpty();
            assertThat(result.score(f).precision()).as(f.column()).isEqualTo(1.0);
            assertThat(result.score(f).recall()).as(f.column()).isEqualTo(1.0);
        }
    }

    @Test
    void statePositionsHavePrecisionAndRecallOfAtLeast99Percent() {
        assertThat(result.positions().truePositives()).isGreaterThan(1400);
        assertThat(result.positions().precision()).as(printed).isGreaterThanOrEqualTo(0.99);
        assertThat(result.positions().recall()).as(printed).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void theIssuesTargetsAreMetSoTheCommandExitsZero() {
        assertThat(result.unmet(ActionTargets.ISSUE_14)).as(printed).isEmpty();
    }

    @Test
    void partOneListsExactlyTheTextsTheCuratedActionsBecameEachWithADate() {
        for (HrcDocument report : sessionReports()) {
            String symbol = report.symbol().orElseThrow().text();
            List<String> becameTexts = expected.stream()
                    .filter(e -> e.report().equals(symbol))
                    .flatMap(e -> e.value(ActionField.RESULTING).stream())
                    .toList();
            assertThat(report.actions().adoptedTexts())
                    .as(symbol)
                    .allSatisfy(t -> assertThat(t.date()).as(t.symbol().text()).isPresent())
                    .extracting(t -> t.symbol().text())
                    .containsExactlyInAnyOrderElementsOf(becameTexts);
        }
    }

    @Test
    void noRecordedVoteOnAProposalDisagreesWithItsPrintedTallyUnwarned() {
        for (ActionComparison.ReportRead report : reports.values()) {
            for (CouncilAction a : report.actions()) {
                a.vote()
                        .filter(v -> !v.listsMatchTally())
                        .map(RecordedVote::listedCounts)
                        .ifPresent(listed -> assertThat(report.warnings())
                                .as("a warning for " + a.draft())
                                .anyMatch(w -> w.contains("lists " + listed)));
            }
        }
    }

    private static List<HrcDocument> sessionReports() {
        return derived.documents().values().stream()
                .filter(d -> d.type() == DocumentType.SESSION_REPORT)
                .toList();
    }
}
