package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.StatePosition;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.extract.ExtractionResult;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The actions of three real session reports, read from the pages the indexer sees (Tika, then the indexer's
 * cleaning), against the curated {@code expected-actions/*.csv}: draft symbol, outcome, tally and resulting symbol
 * right for every action, State positions with precision and recall of at least 0.99.
 *
 * <p>Needs {@code ../shared/corpus}: without it the test is skipped, unless {@code HRC_REQUIRE_CORPUS=1}.
 */
@NeedsSharedCorpus
class RealReportActionsTest {

    private static final Map<String, String> REPORTS = Map.of(
            "A/HRC/14/37", "hrc-pdf/slovenia-upr/cycle1/g1217781.pdf",
            "A/HRC/28/2", "hrc-pdf/slovenia-upr/cycle2/g1913313.pdf",
            "A/HRC/43/2", "hrc-pdf/slovenia-upr/cycle3/g2110341.pdf");

    private static final Map<String, ReportActions> read = new LinkedHashMap<>();

    @BeforeAll
    static void readTheReports() throws IOException {
        Path corpus = ProjectPaths.sharedCorpus();
        TikaExtractor tika = new TikaExtractor();
        DocumentEnricher enricher = new DocumentEnricher();
        ActionExtractor extractor = new ActionExtractor(Vocabularies.bundled().states());
        for (var report : new java.util.TreeMap<>(REPORTS).entrySet()) {
            Path pdf = corpus.resolve(report.getValue());
            assertThat(pdf).as("the report " + report.getKey()).exists();
            ExtractionResult result = tika.extract(pdf);
            assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
            List<String> pages = enricher.cleanPages(
                    ((ExtractionResult.Extracted) result).extraction().pages());
            read.put(
                    report.getKey(),
                    extractor.extract(UnSymbol.parse(report.getKey()).orElseThrow(), pages));
        }
    }

    @Test
    void everyActionHasTheCuratedDraftOutcomeTallyAndResultingSymbol() throws IOException {
        List<String> expected = rows("actions.csv").stream()
                .map(r -> String.join(",", r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
                .sorted()
                .toList();
        List<String> actual = new ArrayList<>();
        Map<String, int[]> perField = new LinkedHashMap<>();
        for (var e : read.entrySet()) {
            for (CouncilAction a : e.getValue().actions()) {
                actual.add(String.join(
                        ",",
                        e.getKey(),
                        a.draft().map(UnSymbol::text).orElse(""),
                        a.outcome().key(),
                        a.tally().map(Object::toString).orElse(""),
                        a.resulting().map(UnSymbol::text).orElse("")));
            }
            System.out.println(e.getKey() + ": " + e.getValue().actions().size() + " actions, "
                    + e.getValue().adoptedTexts().size() + " adopted texts listed, "
                    + e.getValue().warnings().size() + " warnings");
            e.getValue().warnings().forEach(w -> System.out.println("  warning: " + w));
        }
        FieldScores.count(expected, actual, perField);
        perField.forEach((field, n) -> System.out.printf("%-9s %d of %d right%n", field, n[0], n[1]));
        assertThat(actual.stream().sorted().toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void statePositionsHavePrecisionAndRecallOfAtLeast99Percent() throws IOException {
        Set<String> expected = new HashSet<>();
        for (List<String> r : rows("positions.csv")) {
            expected.add(r.get(1) + "|" + r.get(2) + "|" + r.get(3));
        }
        Set<String> actual = new HashSet<>();
        for (ReportActions report : read.values()) {
            for (CouncilAction a : report.actions()) {
                if (a.vote().isEmpty()) {
                    continue;
                }
                for (StatePosition p : a.vote().get().positions()) {
                    actual.add(a.draft().map(UnSymbol::text).orElse("") + "|" + p.state() + "|"
                            + p.position().key());
                }
            }
        }
        Set<String> right = new HashSet<>(actual);
        right.retainAll(expected);
        double precision = actual.isEmpty() ? 0 : (double) right.size() / actual.size();
        double recall = (double) right.size() / expected.size();
        System.out.printf(
                "positions: %d expected, %d read, %d right: precision %.4f, recall %.4f%n",
                expected.size(), actual.size(), right.size(), precision, recall);
        Set<String> missed = new HashSet<>(expected);
        missed.removeAll(actual);
        Set<String> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        missed.stream().sorted().limit(20).forEach(m -> System.out.println("  missed " + m));
        extra.stream().sorted().limit(20).forEach(m -> System.out.println("  extra  " + m));
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void partOneListsExactlyTheTextsTheCuratedActionsBecameEachWithADate() throws IOException {
        for (var e : read.entrySet()) {
            List<String> expected = rows("actions.csv").stream()
                    .filter(r -> r.get(0).equals(e.getKey()))
                    .map(r -> r.get(4))
                    .sorted()
                    .toList();
            assertThat(e.getValue().adoptedTexts())
                    .as(e.getKey())
                    .allSatisfy(t -> assertThat(t.date()).as(t.symbol().text()).isPresent())
                    .extracting(t -> t.symbol().text())
                    .containsExactlyInAnyOrderElementsOf(expected);
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
        for (ReportActions report : read.values()) {
            for (CouncilAction a : report.actions()) {
                a.vote()
                        .filter(v -> !v.listsMatchTally())
                        .ifPresent(v -> assertThat(report.warnings())
                                .as("a warning for " + a.draft())
                                .anyMatch(w -> w.contains("lists " + v.listedCounts())));
            }
        }
    }

    /** The rows of a curated file, its header left out; a cell may be empty. */
    private static List<List<String>> rows(String file) throws IOException {
        try (InputStream in = RealReportActionsTest.class.getResourceAsStream("/expected-actions/" + file)) {
            assertThat(in).as(file).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return lines.stream()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(RealReportActionsTest::cells)
                    .toList();
        }
    }

    /** One CSV line's cells: commas inside double quotes are kept. */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** Per-field counts: each expected action matched by resulting symbol (else draft), field by field. */
    private static final class FieldScores {
        static void count(List<String> expected, List<String> actual, Map<String, int[]> out) {
            String[] fields = {"report", "draft", "outcome", "tally", "resulting"};
            Map<String, String[]> byKey = new LinkedHashMap<>();
            for (String a : actual) {
                String[] c = a.split(",", -1);
                byKey.put(c[0] + "|" + (c[4].isEmpty() ? c[1] : c[4]), c);
            }
            for (String f : fields) {
                out.put(f, new int[2]);
            }
            for (String e : expected) {
                String[] c = e.split(",", -1);
                String[] a = byKey.get(c[0] + "|" + (c[4].isEmpty() ? c[1] : c[4]));
                for (int i = 1; i < fields.length; i++) {
                    out.get(fields[i])[1]++;
                    if (a != null && a[i].equals(c[i])) {
                        out.get(fields[i])[0]++;
                    }
                }
            }
            out.remove("report");
        }
    }
}
