package org.hrcsearch.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.query.QueryTranslator.PhraseMatching;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.WordPairs;
import org.hrcsearch.testkit.NeedsSharedCorpus;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An exact phrase matched on the word pairs finds the same documents, as often each, as the same phrase matched on
 * the words' positions, which is what highlighting and occurrence counts read. Over 400 real General Debate
 * speeches (split into pages) and a few hand-made texts with the analyzer's edge cases, in three segments, for
 * phrases cut from those texts (punctuation and all), phrases of common words in random order, and repeated words.
 */
@NeedsSharedCorpus
class WordPairsEquivalenceTest {

    private static TestIndex.Fixture fixture;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void index() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(
                        ProjectPaths.sharedCorpus().resolve("bulk/ungdc/ungdc_1946-2024.jsonl.gz"))),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && TEXTS.size() < 400; line = in.readLine()) {
                JsonNode speech = json.readTree(line);
                TEXTS.add(speech.get("text").asText());
            }
        }
        TEXTS.add("a a a a a. A a. a");
        TEXTS.add("Fédération internationale de\u00ADfenders’ rights; win–win cooperation is the only viable option.");
        TEXTS.add("x".repeat(300) + " human rights " + "y".repeat(600));
        TEXTS.add("Geneva");
        List<HrcDocument> docs = new ArrayList<>();
        for (String text : TEXTS) {
            docs.add(TestIndex.doc(null, null, DocumentType.OTHER, pages(text)).build());
        }
        fixture = TestIndex.open(docs.subList(0, 150)); // three commits: three segments
        fixture.add(docs.subList(150, 300).toArray(HrcDocument[]::new));
        fixture.add(docs.subList(300, docs.size()).toArray(HrcDocument[]::new));
        reader = DirectoryReader.open(fixture.directory());
        searcher = new IndexSearcher(reader);
    }

    /** Three pages, cut at spaces: phrases that run over a page break must match as well. */
    private static String[] pages(String text) {
        int a = text.indexOf(' ', text.length() / 3);
        int b = text.indexOf(' ', 2 * text.length() / 3);
        if (a < 0 || b <= a) {
            return new String[] {text};
        }
        return new String[] {text.substring(0, a), text.substring(a + 1, b), text.substring(b + 1)};
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        fixture.services().close();
    }

    @Test
    void phrasesCutFromTheTextsMatchTheSameDocumentsAsOftenEach() throws Exception {
        Random random = new Random(11);
        Set<String> phrases = new LinkedHashSet<>();
        while (phrases.size() < 400) {
            String[] words =
                    TEXTS.get(random.nextInt(TEXTS.size())).replace("\"", "").split("\\s+");
            int length = 2 + random.nextInt(6);
            if (words.length > length) {
                int at = random.nextInt(words.length - length);
                String phrase = String.join(" ", List.of(words).subList(at, at + length));
                if (wordCount(phrase) >= 2) {
                    phrases.add(phrase);
                }
            }
        }
        int matched = assertEquivalent(phrases);
        assertThat(matched).as("phrases cut from the indexed texts match").isEqualTo(phrases.size());
    }

    @Test
    void phrasesOfCommonWordsInRandomOrderMatchTheSameDocuments() throws Exception {
        List<String> common = List.of(
                "the",
                "of",
                "and",
                "to",
                "in",
                "peace",
                "security",
                "human",
                "rights",
                "international",
                "united",
                "nations",
                "development",
                "people",
                "world",
                "a");
        Random random = new Random(12);
        Set<String> phrases = new LinkedHashSet<>();
        while (phrases.size() < 300) {
            int length = 2 + random.nextInt(4);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                words.add(common.get(random.nextInt(common.size())));
            }
            phrases.add(String.join(" ", words));
        }
        int matched = assertEquivalent(phrases);
        assertThat(matched).as("some random phrases occur, others not").isBetween(20, phrases.size() - 20);
    }

    @Test
    void repeatedWordsFoldedFormsAndSplitLongWordsMatchTheSameDocuments() throws Exception {
        List<String> phrases = List.of(
                "a a",
                "a a a",
                "a a a a a a",
                "A. a",
                "Federation internationale",
                "defenders' rights",
                "defenders’ rights",
                "win-win cooperation",
                "win win cooperation is the only",
                "x".repeat(300) + " human",
                "human rights " + "y".repeat(255),
                "self-determination",
                "Geneva city");
        int matched = assertEquivalent(phrases);
        assertThat(matched).isEqualTo(phrases.size() - 1);
    }

    /** Asserts both translations agree on every phrase; returns how many phrases matched anything. */
    private static int assertEquivalent(Iterable<String> phrases) throws Exception {
        int matched = 0;
        for (String phrase : phrases) {
            QueryNode node = new QueryNode.Phrase(Optional.empty(), phrase, 0);
            Query positions = translator(PhraseMatching.WORD_POSITIONS).toLucene(node);
            Query pairs = translator(PhraseMatching.WORD_PAIRS).toLucene(node);
            if (wordCount(phrase) >= 2) {
                assertThat(pairs.toString()).as(phrase).contains(WordPairs.FIELD);
            }
            TreeMap<Integer, Integer> expected = occurrences(positions);
            assertThat(occurrences(pairs))
                    .as("documents, and occurrences in each, of \"%s\"", phrase)
                    .isEqualTo(expected);
            if (!expected.isEmpty()) {
                matched++;
            }
        }
        return matched;
    }

    private static int wordCount(String text) throws IOException {
        int n = 0;
        try (TokenStream ts = fixture.schema().analyzer().tokenStream(HrcField.TEXT.fieldName(), text)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        }
        return n;
    }

    private static QueryTranslator translator(PhraseMatching phrases) {
        return new QueryTranslator(fixture.schema().analyzer(), (field, typed) -> typed, QueryLimits.DEFAULT, phrases);
    }

    /** Every matching document, and how many matches of the query it holds, over all fields. */
    private static TreeMap<Integer, Integer> occurrences(Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        TreeMap<Integer, Integer> out = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Matches matches = weight.matches(leaf, doc);
                int count = 0;
                for (String field : matches) {
                    MatchesIterator it = matches.getMatches(field);
                    while (it.next()) {
                        count++;
                    }
                }
                out.put(leaf.docBase + doc, count);
            }
        }
        return out;
    }

    @Test
    void onlyExactPhrasesOfTheFullTextArePairs() throws Exception {
        QueryTranslator pairs = translator(PhraseMatching.WORD_PAIRS);
        assertThat(pairs.toLucene(new QueryNode.Phrase(Optional.empty(), "human rights", 2))
                        .toString())
                .isEqualTo("text:\"human rights\"~2");
        assertThat(pairs.toLucene(new QueryNode.Phrase(Optional.of(HrcField.TITLE), "human rights", 0))
                        .toString())
                .isEqualTo("title:\"human rights\"");
        assertThat(pairs.toLucene(new QueryNode.Word(Optional.empty(), "rights", false))
                        .toString())
                .isEqualTo("text:rights");
        assertThat(pairs.toLucene(new QueryNode.Phrase(Optional.of(HrcField.TEXT), "Human Rights", 0))
                        .toString())
                .isEqualTo(WordPairs.FIELD + ":human rights");
    }
}
