package org.hrcsearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.highlight.SnippetBreaks;
import org.hrcsearch.api.highlight.SnippetFormatter;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryCompiler;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.DocumentTexts;
import org.hrcsearch.corpus.schema.HrcField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search service gives what plain Lucene gives, over an index of 150 generated documents in three segments:
 * the total is the number of matches, each facet counts the matches of every other filter (drill-sideways), the
 * hits come in score (or date) then id order, and each hit's snippets are the unified highlighter's over its stored
 * text (the opening 30,000 characters, or the whole text when nothing matched there), with their pages. The
 * reference here is written the slow, obvious way, so that a faster service must still agree with it.
 */
class SearchServiceReferenceTest {

    private static final List<String> WORDS = List.of(
            "the",
            "council",
            "human",
            "rights",
            "civil",
            "society",
            "defenders",
            "torture",
            "detention",
            "climate",
            "change",
            "reprisals",
            "cooperation",
            "session",
            "report",
            "states",
            "of",
            "and",
            "in",
            "on",
            "freedom",
            "expression",
            "peace",
            "security");
    private static final List<String> SIGNATORIES =
            List.of("CIVICUS", "Amnesty International", "FIDH", "Human Rights Watch", "ISHR", "Article 19");
    private static final List<ConcernTag> CONCERNS = List.of(
            new ConcernTag("reprisals", "Reprisals", List.of(new ConcernTag.Evidence("reprisals", 1))),
            new ConcernTag("civic-space", "Civic space", List.of(new ConcernTag.Evidence("civil society", 1))),
            new ConcernTag("detention", "Detention", List.of(new ConcernTag.Evidence("detention", 2))));
    private static final List<String> SESSIONS = List.of("19", "37", "43", "S-35");
    private static final List<DocumentType> TYPES =
            List.of(DocumentType.RESOLUTION, DocumentType.REPORT, DocumentType.JOINT_LETTER, DocumentType.OTHER);

    private static TestIndex.Fixture fixture;

    @BeforeAll
    static void index() throws IOException {
        Random random = new Random(4);
        List<HrcDocument> docs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            docs.add(document(random, i));
        }
        fixture = TestIndex.open(docs.subList(0, 60)); // three commits: three segments
        fixture.add(docs.subList(60, 110).toArray(HrcDocument[]::new));
        fixture.add(docs.subList(110, 150).toArray(HrcDocument[]::new));
        fixture.services().search().refresh();
    }

    @AfterAll
    static void close() throws IOException {
        fixture.services().close();
    }

    /** Short letters and long reports (some over 30,000 characters, with a phrase only near their end). */
    private static HrcDocument document(Random random, int i) {
        int pageCount = 1 + random.nextInt(i % 10 == 0 ? 8 : 3);
        List<String> pages = new ArrayList<>();
        for (int p = 0; p < pageCount; p++) {
            int words = i % 10 == 0 ? 1500 + random.nextInt(500) : 20 + random.nextInt(300);
            StringBuilder page = new StringBuilder();
            for (int w = 0; w < words; w++) {
                page.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(12) == 0 ? ". " : " ");
            }
            pages.add(page.toString().strip());
        }
        if (i % 10 == 0) {
            pages.add("Finally, the Council condemned reprisals & intimidation <against> defenders.");
        }
        HrcDocument.Builder b = TestIndex.doc(
                        null,
                        random.nextInt(5) == 0 ? null : SESSIONS.get(random.nextInt(4)),
                        TYPES.get(random.nextInt(TYPES.size())),
                        pages.toArray(String[]::new))
                .date(LocalDate.of(2010 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                .language(random.nextInt(4) == 0 ? "fr" : "en");
        List<String> signatories = new ArrayList<>();
        for (String s : SIGNATORIES) {
            if (random.nextInt(3) == 0) {
                signatories.add(s);
            }
        }
        List<ConcernTag> concerns = new ArrayList<>();
        for (ConcernTag c : CONCERNS) {
            if (random.nextInt(3) == 0) {
                concerns.add(c);
            }
        }
        return b.signatories(signatories).concerns(concerns).build();
    }

    static List<SearchRequest> searches() {
        return List.of(
                request("\"human rights\"", SearchRequest.SortOrder.RELEVANCE, 10, 1, Map.of()),
                request(
                        "\"human rights\"",
                        SearchRequest.SortOrder.RELEVANCE,
                        10,
                        1,
                        Map.of(HrcField.SESSION, List.of("37"))),
                request(
                        "\"civil society\"",
                        SearchRequest.SortOrder.DATE_DESCENDING,
                        10,
                        1,
                        Map.of(HrcField.TYPE, List.of("report", "joint_letter"))),
                request(
                        "rights",
                        SearchRequest.SortOrder.RELEVANCE,
                        25,
                        2,
                        Map.of(HrcField.SIGNATORY, List.of("CIVICUS"), HrcField.CONCERN, List.of("reprisals"))),
                request(
                        "torture NEAR/5 detention",
                        SearchRequest.SortOrder.RELEVANCE,
                        10,
                        1,
                        Map.of(HrcField.YEAR, List.of("2012", "2015"), HrcField.LANGUAGE, List.of("en"))),
                request("\"condemned reprisals\"", SearchRequest.SortOrder.RELEVANCE, 10, 1, Map.of()),
                request("clim*", SearchRequest.SortOrder.DATE_ASCENDING, 10, 1, Map.of()),
                request("rights -climate", SearchRequest.SortOrder.RELEVANCE, 100, 1, Map.of()),
                request("", SearchRequest.SortOrder.DATE_DESCENDING, 10, 1, Map.of(HrcField.YEAR, List.of("2018"))),
                request("\"no such phrase anywhere\"", SearchRequest.SortOrder.RELEVANCE, 10, 1, Map.of()),
                // matches in a keyword field only: no hit's text has a match, long or short
                request("signatory:CIVICUS", SearchRequest.SortOrder.DATE_DESCENDING, 30, 1, Map.of()));
    }

    private static SearchRequest request(
            String query, SearchRequest.SortOrder sort, int size, int page, Map<HrcField, List<String>> filters) {
        return new SearchRequest(
                new Criteria(query, filters, Optional.empty(), Optional.empty()), sort, size, page, Optional.empty());
    }

    @ParameterizedTest
    @MethodSource("searches")
    void theServiceAgreesWithPlainLucene(SearchRequest request) throws Exception {
        SearchResponse response = fixture.services().search().search(request);
        QueryCompiler compiler = new QueryCompiler(fixture.schema(), QueryLimits.DEFAULT);
        try (IndexHandle.Lease lease = fixture.services().index().acquire()) {
            IndexSearcher searcher = lease.searcher();
            QueryCompiler.Compiled q = compiler.compile(request.criteria(), lease);

            assertThat(response.partial()).isFalse();
            assertThat(response.total()).isEqualTo(searcher.count(q.drill()));

            for (HrcField field : HrcField.facets()) {
                Map<HrcField, List<String>> others =
                        new LinkedHashMap<>(request.criteria().filters());
                others.remove(field);
                Criteria sideways =
                        new Criteria(request.criteria().query(), others, Optional.empty(), Optional.empty());
                Map<String, Long> expected =
                        countValues(searcher, compiler.compile(sideways, lease).drill(), field);
                Map<String, Long> actual = new HashMap<>();
                response.facets().get(field.fieldName()).forEach(v -> actual.put(v.value(), v.count()));
                assertThat(actual).as("facet %s", field).isEqualTo(expected);
            }

            int offset = (request.page() - 1) * request.size();
            TopDocs top = searcher.search(q.drill(), offset + request.size(), SearchService.sort(request.sort()));
            StoredFields stored = searcher.storedFields();
            List<String> expectedIds = new ArrayList<>();
            List<List<SearchResponse.Snippet>> expectedSnippets = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = stored.document(sd.doc);
                expectedIds.add(doc.get(HrcField.ID.fieldName()));
                expectedSnippets.add(snippets(searcher, q.text(), sd.doc, DocumentMapper.pageStarts(doc)));
            }
            assertThat(response.hits()).extracting(SearchResponse.Hit::id).isEqualTo(expectedIds);
            assertThat(response.hits()).extracting(SearchResponse.Hit::snippets).isEqualTo(expectedSnippets);
        }
    }

    /** How many of the documents that {@code query} matches have each value of {@code field}. */
    private static Map<String, Long> countValues(IndexSearcher searcher, Query query, HrcField field)
            throws IOException {
        Map<String, Long> counts = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(query, searcher.getIndexReader().maxDoc()).scoreDocs) {
            for (String value : stored.document(sd.doc).getValues(field.fieldName())) {
                counts.merge(value, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The snippets of one document as the unified highlighter reads them from the stored text. */
    private static List<SearchResponse.Snippet> snippets(IndexSearcher searcher, Query text, int doc, int[] pageStarts)
            throws IOException {
        Object passages = highlight(searcher, text, doc, HitReader.FIRST_PASS_CHARS);
        boolean matched = passages instanceof List<?> list
                && list.stream().anyMatch(p -> ((SnippetFormatter.Formatted) p).matches() > 0);
        if (!matched && !(text instanceof MatchAllDocsQuery)) {
            passages = highlight(searcher, text, doc, Integer.MAX_VALUE - 1);
        }
        List<SearchResponse.Snippet> out = new ArrayList<>();
        if (passages instanceof List<?> list) {
            for (Object o : list) {
                SnippetFormatter.Formatted f = (SnippetFormatter.Formatted) o;
                out.add(new SearchResponse.Snippet(f.html(), DocumentMapper.pageAt(pageStarts, f.startOffset())));
            }
        }
        return out;
    }

    private static Object highlight(IndexSearcher searcher, Query text, int doc, int maxLength) throws IOException {
        WholeTextHighlighter highlighter = new WholeTextHighlighter(
                UnifiedHighlighter.builder(searcher, fixture.schema().analyzer())
                        .withMaxLength(maxLength)
                        .withFormatter(new SnippetFormatter())
                        .withBreakIterator(SnippetBreaks::new)
                        .withMaxNoHighlightPassages(1),
                maxLength);
        return highlighter.passages(text, doc);
    }

    /** Lucene's own highlighter, reading each text whole from the index, then cut as Lucene cuts stored values. */
    private static final class WholeTextHighlighter extends UnifiedHighlighter {
        private final int maxLength;

        WholeTextHighlighter(Builder builder, int maxLength) {
            super(builder);
            this.maxLength = maxLength;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(
                String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String text = DocumentTexts.read(searcher.getIndexReader(), doc, Integer.MAX_VALUE);
                values.add(new CharSequence[] {text.substring(0, Math.min(maxLength, text.length()))});
            }
            return values;
        }

        Object passages(Query query, int doc) throws IOException {
            String field = HrcField.TEXT.fieldName();
            return highlightFieldsAsObjects(new String[] {field}, query, new int[] {doc}, new int[] {3})
                    .get(field)[0];
        }
    }
}
