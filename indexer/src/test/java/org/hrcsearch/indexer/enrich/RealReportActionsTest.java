package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcsearch.corpus.action.ActionRecords;
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

    /**
     * Every text Part One lists is a record (symbol, title, date) whether or not the report prints it: counted by hand
     * from each list, A/HRC/14/37 lists 16 resolutions and 19 decisions (and prints them all), A/HRC/28/2 34, 14 and
     * 3 President's statements, A/HRC/43/2 39, 17 and 1 (printed as "43/1" under "President's statement"), none
     * printed. The titles of the 73 resolutions of sessions 28 and 43 are those of the Council's own index as DW
     * scraped it (set I of the corpus; where it prints a French title, the English one it gives in brackets).
     */
    @Test
    void everyTextOfPartOnesListIsARecordWithTheTitleAndDateTheCouncilGives() throws IOException {
        Map<String, ActionRecords> read = new LinkedHashMap<>();
        for (HrcDocument report : sessionReports()) {
            read.put(report.symbol().orElseThrow().text(), report.actions());
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (var e : read.entrySet()) {
            Map<String, Integer> count = new java.util.TreeMap<>();
            e.getValue()
                    .adoptedTexts()
                    .forEach(t -> count.merge(t.symbol().type().name(), 1, Integer::sum));
            kinds.put(e.getKey(), count.toString());
        }
        assertThat(kinds)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "A/HRC/14/37", "{DECISION=19, RESOLUTION=16}",
                        "A/HRC/28/2", "{DECISION=14, PRESIDENT_STATEMENT=3, RESOLUTION=34}",
                        "A/HRC/43/2", "{DECISION=17, PRESIDENT_STATEMENT=1, RESOLUTION=39}"));
        Map<String, String[]> council = councilIndex();
        int compared = 0;
        for (var e : read.entrySet()) {
            int year = e.getValue().adoptedTexts().get(0).date().orElseThrow().getYear();
            for (var t : e.getValue().adoptedTexts()) {
                assertThat(t.title()).as(t.symbol().text()).isNotBlank().doesNotContain("..");
                assertThat(t.date()).as(t.symbol().text()).isPresent();
                assertThat(t.date().get().getYear()).as(t.symbol().text()).isEqualTo(year);
                String number = t.symbol().text().replaceFirst("^A/HRC/RES/", "");
                String[] row = council.get(number);
                if (row != null && t.symbol().text().startsWith("A/HRC/RES/")) {
                    assertThat(fold(t.title())).as(t.symbol().text()).isEqualTo(fold(row[0]));
                    assertThat(row[1]).as(t.symbol().text()).isEqualTo(Integer.toString(year));
                    compared++;
                }
            }
        }
        assertThat(compared)
                .as("resolutions of sessions 28 and 43 in the Council's index")
                .isEqualTo(73);
        assertThat(read.get("A/HRC/14/37").adoptedTexts())
                .as("A/HRC/14/37 prints every text it lists")
                .allSatisfy(t -> assertThat(t.printed()).as(t.symbol().text()).isPresent());
    }

    /** The Council's index of resolutions (set I): number, e.g. {@code 43/21}, to its title and year. */
    private static Map<String, String[]> councilIndex() throws IOException {
        Path csv = ProjectPaths.sharedCorpus().resolve("metadata/hrc-resolutions/unhrc_resolutions.data-sheet.csv");
        String text = java.nio.file.Files.readString(csv, StandardCharsets.UTF_8);
        Map<String, String[]> out = new LinkedHashMap<>();
        // a quoted cell may hold line breaks: read the records, not the lines
        List<List<String>> records = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' && !quoted) {
                row.add(cell.toString());
                cell.setLength(0);
                records.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        for (List<String> r : records.subList(1, records.size())) {
            String title = r.get(2).strip();
            java.util.regex.Matcher english =
                    java.util.regex.Pattern.compile("\\[([^\\]]+)\\]\\s*$").matcher(title);
            out.put(r.get(1).strip(), new String[] {
                english.find() ? english.group(1) : title, r.get(4).strip()
            });
        }
        return out;
    }

    /** A title folded for comparison: case, quotes, dashes and hyphens ("Awareness raising"), spaces. */
    private static String fold(String title) {
        return title.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[’‘`]", "'")
                .replaceAll("[-\u2010-\u2014]", " ")
                .replaceAll("\\s+", " ")
                .strip();
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
