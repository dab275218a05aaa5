package org.hrcsearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.check.CheckedField;
import org.hrcsearch.indexer.check.ExpectedMetadata;
import org.hrcsearch.indexer.check.ExpectedMetadataFile;
import org.hrcsearch.indexer.check.MetadataCheck;
import org.hrcsearch.indexer.check.MetadataComparison;
import org.hrcsearch.indexer.enrich.DocumentDeriver;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.enrich.SignatoryParser;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metadata derived from every document of {@code ../shared/corpus} against the curated expectations in
 * {@code src/test/resources/expected-metadata/}: symbol, session and type right for every readable document,
 * signatories of the letters and statements with precision >= 0.98 and recall >= 0.95. Each file is extracted
 * once (about 35 s), then every field is checked.
 */
@NeedsSharedCorpus
class RealCorpusMetadataTest {

    private static final List<String> EXPECTED_FILES = List.of(
            "upr-wg-reports.csv", "slovenia-upr.csv", "slovenia-upr-other.csv", "letters.csv", "multilingual.csv");

    private static MetadataCheck.Derived derived;
    private static List<ExpectedMetadata> expected;
    private static MetadataComparison.Result result;
    private static String report;

    @BeforeAll
    static void deriveTheWholeCorpusOnce() throws Exception {
        DocumentEnricher enricher = new DocumentEnricher();
        derived = new MetadataCheck(() -> new DocumentDeriver(new TikaExtractor(), enricher))
                .derive(ProjectPaths.sharedCorpus(), 2);
        expected = new ArrayList<>();
        for (String f : EXPECTED_FILES) {
            expected.addAll(ExpectedMetadataFile.read(resource(f)));
        }
        result = new MetadataComparison().compare(expected, derived::document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetadataCheck.print(result, expected.size(), new PrintStream(out, true, StandardCharsets.UTF_8));
        report = out.toString(StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RealCorpusMetadataTest.class
                .getResource("/expected-metadata/" + name)
                .toURI());
    }

    @Test
    void everyExpectedDocumentWasDerived() {
        assertThat(result.missing()).as(report).isEmpty();
        assertThat(expected).hasSizeGreaterThan(350);
    }

    @Test
    void symbolSessionAndTypeAreRightForEveryReadableDocument() {
        for (CheckedField f :
                List.of(CheckedField.SYMBOL, CheckedField.SESSION, CheckedField.UPR_SESSION, CheckedField.TYPE)) {
            assertThat(result.disagreements(f)).as(f.column() + "\n" + report).isEmpty();
        }
    }

    @Test
    void signatoriesOfLettersAndStatementsMeetTheTargets() {
        var s = result.score(CheckedField.SIGNATORIES);
        assertThat(s.precision()).as(report).isGreaterThanOrEqualTo(0.98);
        assertThat(s.recall()).as(report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void datesStatesAndLanguagesAreRight() {
        for (CheckedField f : List.of(CheckedField.DATE, CheckedField.STATE, CheckedField.LANGUAGE)) {
            assertThat(result.disagreements(f)).as(f.column() + "\n" + report).isEmpty();
        }
    }

    /**
     * Every document outside {@code multilingual/} is in English: none may be taken for another language. A file
     * without text (a scan) has no language to tell, {@code other}.
     */
    @Test
    void noEnglishDocumentBecomesAnotherLanguage() {
        Map<String, Language> others = new TreeMap<>();
        Map<Language, Integer> counts = new TreeMap<>();
        derived.documents().forEach((path, d) -> {
            counts.merge(d.language(), 1, Integer::sum);
            boolean scan = d.needsOcr() && d.language() == Language.OTHER;
            if (!path.startsWith("multilingual/") && d.language() != Language.ENGLISH && !scan) {
                others.put(path, d.language());
            }
        });
        System.out.println("languages of the documents of ../shared/corpus: " + counts);
        assertThat(others).as("English documents taken for another language").isEmpty();
    }

    @Test
    void titlesAreRightForNearlyEveryDocument() {
        assertThat(result.score(CheckedField.TITLE).recall()).as(report).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void theSessionReportsAreTheirOwnDocumentsNotTheDraftsTheyCite() {
        HrcDocument a43 =
                derived.document("hrc-pdf/slovenia-upr/cycle3/g2110341.pdf").orElseThrow();
        assertThat(a43.symbol().orElseThrow().text()).isEqualTo("A/HRC/43/2");
        assertThat(a43.type()).isEqualTo(DocumentType.SESSION_REPORT);
        assertThat(a43.references()).contains("A/HRC/43/L.31/Rev.1").doesNotContain("A/HRC/43/2");
        assertThat(a43.sponsors()).isEmpty();
    }

    @Test
    void theSeedLetterKeepsSession37AndItsTwentyOneSignatories() {
        for (String path : List.of(
                "seed/hrc37-joint-letter-win-win-cooperation.pdf", "seed/hrc37-joint-letter-win-win-cooperation.txt")) {
            HrcDocument letter = derived.document(path).orElseThrow();
            assertThat(letter.session().orElseThrow().label()).isEqualTo("37");
            assertThat(letter.type()).isEqualTo(DocumentType.JOINT_LETTER);
            assertThat(letter.signatories())
                    .hasSize(21)
                    .contains(
                            "International Federation for Human Rights (FIDH)", "Lawyers' Rights Watch Canada (LRWC)");
        }
    }

    /**
     * No signatory on a document that is no letter or statement (UPR reports and their addenda, session reports,
     * decisions, advance questions, the NGO analyses, the declaration): none is taken for a letter, and the signatory
     * reader run on its text alone finds no signatory block either.
     */
    @Test
    void documentsThatAreNoLettersHaveNoSignatories() {
        SignatoryParser parser = new SignatoryParser(
                Vocabularies.bundled().organisations(), Vocabularies.bundled().states());
        Map<String, List<String>> found = new TreeMap<>();
        int checked = 0;
        for (var e : derived.documents().entrySet()) {
            if (e.getKey().startsWith("letters/") || e.getKey().startsWith("seed/")) {
                continue;
            }
            HrcDocument d = e.getValue();
            checked++;
            String text =
                    String.join("\n\n", d.pages().stream().map(p -> p.text()).toList());
            List<String> s = new ArrayList<>(d.signatories());
            s.addAll(parser.signatories(text));
            if (d.type() == DocumentType.JOINT_LETTER || !s.isEmpty()) {
                found.put(e.getKey(), s);
            }
        }
        assertThat(checked).isGreaterThan(350);
        assertThat(found).as("documents that are no letters, with signatories").isEmpty();
    }

    @Test
    void theMalformedPdfIsAFailureAndTheScanNeedsOcr() {
        assertThat(derived.byPath().get("hrc-pdf/slovenia-upr/cycle1/g0917123.pdf"))
                .isInstanceOf(DocumentDeriver.Derivation.Failed.class);
        assertThat(derived.document("hrc-pdf/slovenia-upr/cycle3/Letter-OHCHR-HC-Slovenia.pdf")
                        .orElseThrow()
                        .needsOcr())
                .isTrue();
    }

    @Test
    void runningHeadersAndJobNumbersAreGoneFromTheText() {
        HrcDocument report =
                derived.document("hrc-pdf/upr-wg-reports/uzbekistan2013.pdf").orElseThrow();
        String afterCover = report.pages().subList(1, report.pages().size()).stream()
                .map(p -> p.text())
                .reduce("", String::concat);
        assertThat(afterCover).doesNotContainPattern("GE\\.13-\\d{5}").doesNotContain("A/HRC/24/7\n");
        assertThat(report.pages().getFirst().text()).contains("A/HRC/24/7");
    }

    @Test
    void uprReportsNameTheirRecommendingStates() {
        HrcDocument slovenia =
                derived.document("hrc-pdf/slovenia-upr/cycle3/g1934994.pdf").orElseThrow();
        assertThat(slovenia.stateUnderReview()).contains("Slovenia");
        assertThat(slovenia.recommendingStates()).contains("France", "Ukraine").doesNotContain("Slovenia");
    }

    /**
     * The recommending States of the 304 Working Group reports against an independent record, the UPR Info database
     * (sessions 1 to 20): every report whose review it holds is compared State by State.
     */
    @Test
    void recommendingStatesAgreeWithTheUprInfoDatabase() throws Exception {
        var states = Vocabularies.bundled().states();
        UprInfoRecommendations uprInfo = UprInfoRecommendations.read(
                ProjectPaths.sharedCorpus().resolve("bulk/upr-info-recommendations"), states);
        assertThat(uprInfo.unknownNames())
                .as("UPR Info names the vocabulary lacks")
                .containsOnly("&#40;Unknown&#41;");
        Pattern wgSymbol = Pattern.compile("^A/HRC/WG\\.6/(\\d+)/");
        int reports = 0;
        int agreed = 0;
        int extra = 0;
        int missed = 0;
        StringBuilder disagreements = new StringBuilder();
        for (var e : new TreeMap<>(derived.documents()).entrySet()) {
            HrcDocument d = e.getValue();
            if (!e.getKey().startsWith("hrc-pdf/upr-wg-reports/")
                    || d.stateUnderReview().isEmpty()) {
                continue;
            }
            OptionalInt uprSession = d.references().stream()
                    .map(wgSymbol::matcher)
                    .filter(Matcher::find)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .findFirst();
            Set<String> truth = uprSession.isEmpty()
                    ? null
                    : uprInfo.byReview()
                            .get(new UprInfoRecommendations.Key(
                                    d.stateUnderReview().get(), uprSession.getAsInt()));
            if (truth == null) {
                continue;
            }
            reports++;
            Set<String> found = new LinkedHashSet<>(d.recommendingStates());
            Set<String> wrong = new TreeSet<>(found);
            wrong.removeAll(truth);
            Set<String> lost = new TreeSet<>(truth);
            lost.removeAll(found);
            lost.remove("&#40;Unknown&#41;");
            agreed += found.size() - wrong.size();
            extra += wrong.size();
            missed += lost.size();
            if (!wrong.isEmpty() || !lost.isEmpty()) {
                disagreements.append(
                        String.format("  %s  derived only %s  UPR Info only %s%n", e.getKey(), wrong, lost));
            }
        }
        double precision = agreed / (double) (agreed + extra);
        double recall = agreed / (double) (agreed + missed);
        String summary = String.format(
                "recommending States of %d UPR Working Group reports against UPR Info: "
                        + "precision %.3f, recall %.3f (%d agreed, %d derived only, %d UPR Info only)%n%s",
                reports, precision, recall, agreed, extra, missed, disagreements);
        System.out.println(summary);
        assertThat(reports).as(summary).isGreaterThanOrEqualTo(290);
        assertThat(precision).as(summary).isGreaterThanOrEqualTo(0.99);
        assertThat(recall).as(summary).isGreaterThanOrEqualTo(0.98);
    }
}
