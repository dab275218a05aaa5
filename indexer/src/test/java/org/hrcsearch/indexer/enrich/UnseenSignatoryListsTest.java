package org.hrcsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hrcsearch.corpus.vocab.NameKey;
import org.hrcsearch.corpus.vocab.OrganisationNames;
import org.hrcsearch.corpus.vocab.StateNames;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.check.CheckedField;
import org.hrcsearch.indexer.check.ExpectedMetadata;
import org.hrcsearch.indexer.check.ExpectedMetadataFile;
import org.hrcsearch.indexer.enrich.RejoinedLetters.Entry;
import org.hrcsearch.indexer.enrich.RejoinedLetters.Letter;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How well signatories are read from letters the rules were not tuned on: the real signatory lists of {@code
 * ../shared/corpus/letters} (names as the expected metadata gives them, countries as {@code letters/metadata.csv}
 * prints them) written into letters of other shapes ({@link RejoinedLetters}), and read with an alias table from
 * which every organisation of these lists is removed, so that what is measured is how names nobody listed are read.
 * Precision and recall are over (organisation, letter) pairs, names compared by {@link NameKey}; the country is
 * scored over the pairs found. Prints the figures and every miss.
 */
@NeedsSharedCorpus
class UnseenSignatoryListsTest {

    private static final String EXPECTED = "/expected-metadata/letters.csv";
    private static final String HRW_EXPECTED = "/expected-metadata/hrw-signatory-lists.csv";

    @TempDir
    static Path vocabularyDir;

    private static Score total;
    private static Map<String, Score> byShape;
    private static String report;
    private static Score hrwAsPrinted;
    private static Score hrwUnseen;
    private static Map<String, Score> hrwByShape;

    /** Pairs found, derived and expected, and countries right among those found. */
    record Score(int found, int derived, int expected, int countriesRight) {
        Score plus(Score o) {
            return new Score(
                    found + o.found, derived + o.derived, expected + o.expected, countriesRight + o.countriesRight);
        }

        double precision() {
            return derived == 0 ? 1 : found / (double) derived;
        }

        double recall() {
            return expected == 0 ? 1 : found / (double) expected;
        }

        double countries() {
            return found == 0 ? 1 : countriesRight / (double) found;
        }

        @Override
        public String toString() {
            return String.format(
                    "precision %.3f (%d/%d), recall %.3f (%d/%d), country right %.3f",
                    precision(), found, derived, recall(), found, expected, countries());
        }
    }

    @BeforeAll
    static void readEveryRejoinedLetter() throws Exception {
        Vocabularies bundled = Vocabularies.bundled();
        Map<String, List<Entry>> lists = realLists(bundled.states());
        Vocabularies unseen = withoutOrganisationsOf(
                lists.values(), bundled.organisations(), Files.createDirectories(vocabularyDir.resolve("letters")));
        for (List<Entry> list : lists.values()) {
            for (Entry e : list) {
                assertThat(unseen.organisations().find(e.name()))
                        .as("the measurement needs '%s' unknown to the alias table", e.name())
                        .isEmpty();
            }
        }
        SignatoryParser parser = new SignatoryParser(unseen.organisations(), unseen.states());
        StringBuilder out = new StringBuilder();
        total = new Score(0, 0, 0, 0);
        byShape = new TreeMap<>();
        for (Letter letter : RejoinedLetters.all(List.copyOf(lists.keySet()), lists::get)) {
            Score s = score(letter, parser.read(letter.text()), out);
            total = total.plus(s);
            byShape.merge(letter.shape(), s, Score::plus);
        }
        StringBuilder head = new StringBuilder(
                        "Signatories of real lists in unseen shapes, names unknown to the table: ")
                .append(total)
                .append('\n');
        byShape.forEach((shape, s) ->
                head.append("  ").append(shape).append(": ").append(s).append('\n'));
        report = head.append(out).append(hrwLists(bundled)).toString();
        System.out.println(report);
    }

    /**
     * The signatory lists of the Human Rights Watch articles ({@code letters/hrw-2024}, curated in {@value
     * #HRW_EXPECTED}), measured apart: read as the articles print them with the alias table as shipped (the rules
     * were tuned on some of these lists, so this is no unseen figure), and written into the unseen shapes with their
     * organisations removed from the table.
     */
    private static String hrwLists(Vocabularies bundled) throws Exception {
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        Map<String, String> texts = hrwArticles();
        for (CSVRecord r : csv(
                Path.of(UnseenSignatoryListsTest.class.getResource(HRW_EXPECTED).toURI()))) {
            List<Entry> list = new ArrayList<>();
            for (String name : r.get("signatories").split("\\s*\\|\\s*")) {
                list.add(new Entry(name, Optional.empty()));
            }
            lists.put(r.get("url") + " (" + r.get("shape") + ")", list);
            assertThat(texts).as("the article %s", r.get("url")).containsKey(r.get("url"));
        }
        StringBuilder out = new StringBuilder();
        // as printed, the table as shipped: names on both sides through the table
        SignatoryParser shipped = new SignatoryParser(bundled.organisations(), bundled.states());
        hrwAsPrinted = new Score(0, 0, 0, 0);
        for (var e : lists.entrySet()) {
            String url = e.getKey().substring(0, e.getKey().indexOf(' '));
            List<Entry> canonical = e.getValue().stream()
                    .map(x -> new Entry(bundled.organisations().find(x.name()).orElse(x.name()), x.country()))
                    .toList();
            Letter asPrinted = new Letter("as printed", e.getKey(), texts.get(url), canonical);
            List<Signatory> read = shipped.read(asPrinted.text()).stream()
                    .map(sig -> new Signatory(sig.name(), Optional.empty()))
                    .toList();
            hrwAsPrinted = hrwAsPrinted.plus(score(asPrinted, read, out));
        }
        Vocabularies unseen = withoutOrganisationsOf(
                lists.values(), bundled.organisations(), Files.createDirectories(vocabularyDir.resolve("hrw")));
        SignatoryParser parser = new SignatoryParser(unseen.organisations(), unseen.states());
        hrwUnseen = new Score(0, 0, 0, 0);
        Map<String, Score> shapes = new TreeMap<>();
        hrwByShape = shapes;
        for (Letter letter : RejoinedLetters.all(List.copyOf(lists.keySet()), lists::get)) {
            Score sc = score(letter, parser.read(letter.text()), out);
            hrwUnseen = hrwUnseen.plus(sc);
            shapes.merge(letter.shape(), sc, Score::plus);
        }
        StringBuilder head = new StringBuilder("\nHRW lists as the articles print them, the table as shipped: ")
                .append(hrwAsPrinted)
                .append("\nHRW lists in unseen shapes, names unknown to the table: ")
                .append(hrwUnseen)
                .append('\n');
        shapes.forEach((shape, sc) ->
                head.append("  ").append(shape).append(": ").append(sc).append('\n'));
        return head.append(out).toString();
    }

    /** The text of each article of {@code hrw_articles.csv.gz}, by URL (duplicate rows hold the same text). */
    private static Map<String, String> hrwArticles() throws IOException {
        Path file = ProjectPaths.sharedCorpus().resolve("letters/hrw-2024/hrw_articles.csv.gz");
        Map<String, String> out = new HashMap<>();
        try (Reader in =
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
            for (CSVRecord r : csvFormat().parse(in)) {
                out.putIfAbsent(r.get("url"), r.get("text"));
            }
        }
        return out;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return csvFormat().parse(in).getRecords();
        }
    }

    private static CSVFormat csvFormat() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }

    @Test
    void theHrwListsAreMeasuredApart() {
        assertThat(hrwAsPrinted.expected()).as(report).isGreaterThan(100);
        assertThat(hrwUnseen.expected()).as(report).isGreaterThan(400);
        // floors at the figures measured on 2026-12-08, to keep them from falling; the targets are not met here
        assertThat(hrwAsPrinted.precision()).as(report).isGreaterThanOrEqualTo(0.96);
        assertThat(hrwAsPrinted.recall()).as(report).isGreaterThanOrEqualTo(0.97);
        assertThat(hrwUnseen.precision()).as(report).isGreaterThanOrEqualTo(0.925);
        assertThat(hrwUnseen.recall()).as(report).isGreaterThanOrEqualTo(0.83);
    }

    @Test
    void theHrwListsRunTogetherKeepTheirFigures() {
        Score headless = hrwByShape.get("headless, run together, alphabetical, annex");
        Score headed = hrwByShape.get("heading, run together");
        // floors at the figures measured on 2026-12-08 (0.755 / 0.640 and 0.694 / 0.613 before the rules for a
        // capital after a word that ends names and for the alphabetical order)
        assertThat(headless.precision()).as(report).isGreaterThanOrEqualTo(0.945);
        assertThat(headless.recall()).as(report).isGreaterThanOrEqualTo(0.665);
        assertThat(headed.precision()).as(report).isGreaterThanOrEqualTo(0.79);
        assertThat(headed.recall()).as(report).isGreaterThanOrEqualTo(0.725);
    }

    private static Score score(Letter letter, List<Signatory> derived, StringBuilder out) {
        Map<String, Entry> expected = new LinkedHashMap<>();
        letter.signed().forEach(e -> expected.putIfAbsent(NameKey.of(e.name()), e));
        Set<String> seen = new HashSet<>();
        int found = 0;
        int countries = 0;
        List<String> wrong = new ArrayList<>();
        for (Signatory s : derived) {
            String key = NameKey.of(s.name());
            if (!seen.add(key)) {
                continue;
            }
            Entry e = expected.get(key);
            if (e == null) {
                wrong.add(s.name() + s.country().map(c -> " [" + c + "]").orElse(""));
                continue;
            }
            found++;
            if (e.country().equals(s.country())) {
                countries++;
            } else {
                wrong.add("country of " + e.name() + ": " + s.country().orElse("none") + ", printed "
                        + e.country().orElse("none"));
            }
        }
        List<String> missed = expected.keySet().stream()
                .filter(k -> !seen.contains(k))
                .map(k -> expected.get(k).name())
                .toList();
        if (!wrong.isEmpty() || !missed.isEmpty()) {
            out.append(String.format(
                    "%s | %s%n    derived, not signed: %s%n    signed, not derived: %s%n",
                    letter.shape(), letter.source(), wrong, missed));
        }
        return new Score(found, (int) seen.size(), expected.size(), countries);
    }

    @Test
    void unknownNamesInUnseenShapesAreReadWithTheTargetPrecisionAndRecall() {
        assertThat(total.expected()).as(report).isGreaterThan(400);
        // the targets are 0.98 / 0.95; floors at the figures measured on 2026-12-08
        assertThat(total.precision()).as(report).isGreaterThanOrEqualTo(0.995);
        assertThat(total.recall()).as(report).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void aWrappedNameThatFillsTheMarginBeforeANameOfItsOwnIsNotJoinedToIt() {
        // 0.991 / 0.983 before a line break counted for the cut ("CIVICUS: World Alliance for Citizen Participation"
        // / "Franciscans International" were read as one)
        Score onePerLine = byShape.get("closing, one per line, wrapped, page break");
        assertThat(onePerLine.precision()).as(report).isEqualTo(1.0);
        assertThat(onePerLine.recall()).as(report).isEqualTo(1.0);
    }

    @Test
    void aLetterCutOffAfterItsClosingHasNoSignatories() {
        Score cut = byShape.get("cut off after the closing");
        assertThat(cut.derived()).as(report).isZero();
    }

    /** Each list of the expected metadata with four names or more, by path, with the countries printed with it. */
    private static Map<String, List<Entry>> realLists(StateNames states) throws IOException, URISyntaxException {
        Map<String, List<String>> printed = printedLists();
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        Set<List<String>> seen = new HashSet<>();
        for (ExpectedMetadata m : ExpectedMetadataFile.read(
                Path.of(UnseenSignatoryListsTest.class.getResource(EXPECTED).toURI()))) {
            List<String> names = m.values().getOrDefault(CheckedField.SIGNATORIES, List.of());
            if (names.size() < 3 || !seen.add(names)) {
                continue; // the seed letter's .txt and .pdf hold one list
            }
            List<String> asPrinted = printed.getOrDefault("corpus/" + m.path(), List.of());
            List<Entry> list = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                Optional<String> country =
                        asPrinted.size() == names.size() ? countryOf(asPrinted.get(i), states) : Optional.empty();
                if (keys.add(NameKey.of(names.get(i)))) {
                    list.add(new Entry(names.get(i), country));
                }
            }
            lists.put(m.path(), list);
        }
        return lists;
    }

    /** The State after the last comma of a printed entry ("Centre for Civil Liberties, Ukraine"). */
    private static Optional<String> countryOf(String printed, StateNames states) {
        int comma = printed.lastIndexOf(", ");
        return comma < 0 ? Optional.empty() : states.canonical(printed.substring(comma + 2));
    }

    /** The signatories of {@code letters/metadata.csv} as printed, by path. */
    private static Map<String, List<String>> printedLists() throws IOException {
        Path csv = ProjectPaths.sharedCorpus().resolve("letters/metadata.csv");
        Map<String, List<String>> out = new HashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            for (CSVRecord r : p) {
                String cell = r.get("signatories").strip();
                out.put(r.get("path").strip(), cell.isEmpty() ? List.of() : List.of(cell.split("\\s*\\|\\s*")));
            }
        }
        return out;
    }

    /**
     * The bundled vocabularies with every organisation the lists name removed from the alias table (again until no
     * remaining alias finds one of them).
     */
    private static Vocabularies withoutOrganisationsOf(Iterable<List<Entry>> lists, OrganisationNames bundled, Path dir)
            throws IOException {
        List<String> lines;
        try (InputStream in = OrganisationNames.class.getResourceAsStream(Vocabularies.ORGANISATIONS_FILE)) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        Set<String> removed = new HashSet<>();
        OrganisationNames table = bundled;
        Vocabularies out = null;
        for (boolean more = true; more; ) {
            more = false;
            for (List<Entry> list : lists) {
                for (Entry e : list) {
                    Optional<String> c = table.find(e.name());
                    if (c.isPresent() && removed.add(c.get())) {
                        more = true;
                    }
                }
            }
            List<String> kept = lines.stream()
                    .filter(l -> !removed.contains(l.split("\t", -1)[0].strip()))
                    .toList();
            Files.write(dir.resolve(Vocabularies.ORGANISATIONS_FILE), kept, StandardCharsets.UTF_8);
            out = Vocabularies.load(Optional.of(dir));
            table = out.organisations();
        }
        return out;
    }
}
