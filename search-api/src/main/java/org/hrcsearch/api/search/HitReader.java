package org.hrcsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hrcsearch.api.action.ActionDirectory;
import org.hrcsearch.api.action.ActionService;
import org.hrcsearch.api.highlight.PageHighlighter;
import org.hrcsearch.api.highlight.SnippetBreaks;
import org.hrcsearch.api.highlight.SnippetFormatter;
import org.hrcsearch.api.highlight.SnippetScorer;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.DocumentTexts;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.schema.WordForms;

/**
 * Turns a page of Lucene hits into {@link SearchResponse.Hit}s: their stored metadata, and snippets from anywhere
 * in the text with the page on which each stands.
 */
public final class HitReader {

    /** Stored fields a hit needs. */
    private static final Set<String> HIT_FIELDS = Set.of(
            HrcField.ID.fieldName(),
            HrcField.SYMBOL.fieldName(),
            HrcField.REFERENCES.fieldName(),
            HrcField.TITLE.fieldName(),
            HrcField.TYPE.fieldName(),
            HrcField.SESSION.fieldName(),
            HrcField.DATE.fieldName(),
            HrcField.LANGUAGE.fieldName(),
            HrcField.SIGNATORY.fieldName(),
            HrcField.CONCERN.fieldName(),
            HrcField.PAGE_STARTS.fieldName(),
            HrcField.INDEXED_AT.fieldName(),
            HrcField.UPDATED_AT.fieldName());

    private static final int SNIPPETS_PER_HIT = 3;
    /** How much of each text the first highlighting pass reads (about 10 pages): the first part of the text. */
    static final int FIRST_PASS_CHARS = DocumentTexts.FIRST_PART_CHARS;

    private final HrcSchema schema;

    HitReader(HrcSchema schema) {
        this.schema = schema;
    }

    /** How many hits are highlighted between two looks at the clock. */
    private static final int HIGHLIGHT_BATCH = 10;

    /**
     * A page of hits, and whether the deadline passed before every hit had its snippets ({@code cut}): those that
     * come after have none.
     */
    record Page(List<SearchResponse.Hit> hits, boolean cut) {}

    /**
     * The hits, in the order given; {@code scores} false when the order was not by score. Highlighting stops at the
     * deadline: a query whose snippets are costly (a wildcard expanded to hundreds of words, a page of 100 long
     * reports) answers in time, with snippets for the hits highlighted so far.
     *
     * <p>A hit's metadata comes from its stored fields, which hold no text; its text from {@link DocumentTexts}, and
     * only its opening {@link #FIRST_PASS_CHARS} characters unless nothing matched there. A batch's texts are
     * dropped once it is highlighted, so a page of 100 long reports never holds more than a batch of texts. Each
     * hit tells what became of the drafts it is or cites, from {@code actions}, as its document view does.
     */
    Page read(
            IndexSearcher searcher,
            FieldInfos fieldInfos,
            Query text,
            ScoreDoc[] page,
            boolean scores,
            Deadline deadline,
            ActionDirectory actions)
            throws IOException {
        if (page.length == 0) {
            return new Page(List.of(), false);
        }
        PageHighlighter highlighter = new PageHighlighter(
                UnifiedHighlighter.builder(searcher, schema.analyzer())
                        // a word found by its stem (text_ru) is marked in the text: the offsets are the same
                        .withFieldMatcher(f -> f.equals(HrcField.TEXT.fieldName())
                                || WordForms.languageOf(f).isPresent())
                        .withFormatter(new SnippetFormatter())
                        .withScorer(new SnippetScorer())
                        .withBreakIterator(SnippetBreaks::new)
                        .withMaxNoHighlightPassages(1),
                fieldInfos);
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[page.length];
        Object[] snippetsByHit = new Object[page.length];
        boolean cut = false;
        for (int from = 0; from < page.length; from += HIGHLIGHT_BATCH) {
            int to = Math.min(page.length, from + HIGHLIGHT_BATCH);
            cut = cut || deadline.passed();
            // the highlighter wants doc ids in ascending order, and stored fields read fastest in that order too
            int[] batch = inDocIdOrder(page, from, to);
            String[] texts = new String[batch.length];
            for (int k = 0; k < batch.length; k++) {
                int doc = page[batch[k]].doc;
                docs[batch[k]] = stored.document(doc, HIT_FIELDS);
                texts[k] = cut ? null : DocumentTexts.read(searcher.getIndexReader(), doc, FIRST_PASS_CHARS);
            }
            if (!cut) {
                cut = !snippets(
                        highlighter, searcher.getIndexReader(), text, page, batch, texts, snippetsByHit, deadline);
            }
        }
        List<SearchResponse.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = docs[i];
            int[] pageStarts = DocumentMapper.pageStarts(doc);
            List<SearchResponse.Snippet> snippets = new ArrayList<>();
            if (snippetsByHit[i] instanceof List<?> formatted) {
                for (Object o : formatted) {
                    SnippetFormatter.Formatted f = (SnippetFormatter.Formatted) o;
                    snippets.add(
                            new SearchResponse.Snippet(f.html(), DocumentMapper.pageAt(pageStarts, f.startOffset())));
                }
            }
            String id = doc.get(HrcField.ID.fieldName());
            String lang = doc.get(HrcField.LANGUAGE.fieldName());
            String symbol = doc.get(HrcField.SYMBOL.fieldName());
            hits.add(new SearchResponse.Hit(
                    id,
                    symbol,
                    doc.get(HrcField.TITLE.fieldName()),
                    doc.get(HrcField.TYPE.fieldName()),
                    doc.get(HrcField.SESSION.fieldName()),
                    doc.get(HrcField.DATE.fieldName()),
                    lang,
                    LanguageVersions.otherLanguages(LanguageVersions.of(searcher, symbol, id), lang),
                    List.of(doc.getValues(HrcField.SIGNATORY.fieldName())),
                    List.of(doc.getValues(HrcField.CONCERN.fieldName())),
                    fileUrl(id),
                    pageStarts.length,
                    scores ? score(page[i]) : 0f,
                    snippets,
                    doc.get(HrcField.INDEXED_AT.fieldName()),
                    doc.get(HrcField.UPDATED_AT.fieldName()),
                    ActionService.cited(
                            ActionService.ownAndCited(symbol, List.of(doc.getValues(HrcField.REFERENCES.fieldName()))),
                            actions)));
        }
        return new Page(hits, cut);
    }

    /** The positions {@code from} to {@code to} (exclusive) of {@code page}, ordered by their doc ids. */
    private static int[] inDocIdOrder(ScoreDoc[] page, int from, int to) {
        return IntStream.range(from, to)
                .boxed()
                .sorted(Comparator.comparingInt(i -> page[i].doc))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Where the API serves a document's original file. */
    public static String fileUrl(String id) {
        return "/api/documents/" + id + "/file";
    }

    private static float score(ScoreDoc sd) {
        float s = sd instanceof FieldDoc fd
                        && fd.fields != null
                        && fd.fields.length > 0
                        && fd.fields[0] instanceof Float f
                ? f
                : sd.score;
        return Float.isNaN(s) ? 0f : s;
    }

    /**
     * Puts the snippets of the hits at {@code batch} (positions in the page, in doc id order; {@code texts}, their
     * opening {@link #FIRST_PASS_CHARS} characters, in the same order) into {@code byHit}, each a list of
     * {@link SnippetFormatter.Formatted} or null; false when the deadline passed before the second look. The
     * highlighter first looks at those opening characters, where most documents match, and at the whole text only of
     * the longer hits that matched nowhere in them: a 200-page report that says "human rights" on every page costs
     * little more than a letter, and a phrase on page 150 still gets its snippet.
     */
    private static boolean snippets(
            PageHighlighter highlighter,
            IndexReader reader,
            Query text,
            ScoreDoc[] page,
            int[] batch,
            String[] texts,
            Object[] byHit,
            Deadline deadline)
            throws IOException {
        int[] docIds = Arrays.stream(batch).map(i -> page[i].doc).toArray();
        Object[] first = highlighter.passages(
                HrcField.TEXT.fieldName(), text, docIds, texts, SNIPPETS_PER_HIT, FIRST_PASS_CHARS);
        List<Integer> unmatched = new ArrayList<>();
        for (int k = 0; k < batch.length; k++) {
            byHit[batch[k]] = first[k];
            boolean seenWhole = texts[k] == null || texts[k].length() < FIRST_PASS_CHARS;
            if (!(text instanceof MatchAllDocsQuery) && !hasMatch(first[k]) && !seenWhole) {
                unmatched.add(k);
            }
        }
        if (unmatched.isEmpty()) {
            return true;
        }
        if (deadline.passed()) {
            return false;
        }
        String[] wholeTexts = new String[unmatched.size()];
        for (int u = 0; u < wholeTexts.length; u++) {
            wholeTexts[u] = DocumentTexts.read(reader, docIds[unmatched.get(u)], Integer.MAX_VALUE);
        }
        Object[] whole = highlighter.passages(
                HrcField.TEXT.fieldName(),
                text,
                unmatched.stream().mapToInt(k -> docIds[k]).toArray(),
                wholeTexts,
                SNIPPETS_PER_HIT,
                Integer.MAX_VALUE - 1);
        for (int u = 0; u < unmatched.size(); u++) {
            byHit[batch[unmatched.get(u)]] = whole[u];
        }
        return true;
    }

    private static boolean hasMatch(Object passages) {
        return passages instanceof List<?> list
                && list.stream().anyMatch(p -> ((SnippetFormatter.Formatted) p).matches() > 0);
    }
}
