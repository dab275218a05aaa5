package org.hrcsearch.api.highlight;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The unified highlighter, opened up to return {@link SnippetFormatter}'s objects (passages with offsets), over
 * texts its caller has read already ({@link org.hrcsearch.corpus.schema.DocumentTexts}, often only their opening
 * characters) instead of the stored fields Lucene's own loader reads. One instance serves one request.
 *
 * <p>Two of Lucene's per-hit costs are avoided, with the same passages as a result:
 *
 * <ul>
 *   <li>the matches of a hit come from one {@link Weight} built for the request, not from a new searcher, query
 *       rewrite and weight per hit (whose reader wrapper also registers itself, under a lock every concurrent
 *       search shares, with the segment it wraps);
 *   <li>the text is not scanned whole for the separator of multi-valued fields: the text field has one value.
 * </ul>
 */
public final class PageHighlighter extends UnifiedHighlighter {

    private final FieldInfos fieldInfos;
    private String[] texts = new String[0];
    private int nextText;
    private int maxLength;

    /** {@code fieldInfos}: the commit's merged field infos, derived once rather than by every highlighter. */
    public PageHighlighter(Builder builder, FieldInfos fieldInfos) {
        super(builder);
        this.fieldInfos = fieldInfos;
    }

    /**
     * Per doc id (ascending ids), a list of {@link SnippetFormatter.Formatted}, or null: the passages of
     * {@code field} in the first {@code maxLength} characters of each text, {@code texts[i]} being the text of
     * {@code sortedDocIds[i]} (null when it has none).
     */
    public Object[] passages(
            String field, Query query, int[] sortedDocIds, String[] texts, int maxPassages, int maxLength)
            throws IOException {
        if (texts.length != sortedDocIds.length) {
            throw new IllegalArgumentException(texts.length + " texts for " + sortedDocIds.length + " documents");
        }
        this.texts = texts;
        this.nextText = 0;
        this.maxLength = maxLength;
        try {
            return highlightFieldsAsObjects(new String[] {field}, query, sortedDocIds, new int[] {maxPassages})
                    .get(field);
        } finally {
            this.texts = new String[0];
        }
    }

    /** The texts given to {@link #passages}, cut as Lucene's own loader cuts them, instead of the stored ones. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>(texts.length);
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String text = texts[nextText++];
            values.add(new CharSequence[] {text == null ? null : text.substring(0, Math.min(maxLength, text.length()))
            });
        }
        return values;
    }

    /** The text field has one value: its passages need no splitting at the multi-value separator. */
    @Override
    protected FieldHighlighter newFieldHighlighter(
            String field,
            FieldOffsetStrategy offsetStrategy,
            BreakIterator breakIterator,
            PassageScorer scorer,
            int maxPassages,
            int maxNoHighlightPassages,
            PassageFormatter formatter,
            Comparator<Passage> comparator) {
        return super.newFieldHighlighter(
                field,
                offsetStrategy,
                getBreakIterator(field),
                scorer,
                maxPassages,
                maxNoHighlightPassages,
                formatter,
                comparator);
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        if (offsetSource == OffsetSource.POSTINGS
                && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return new RequestWeightOffsets(components);
        }
        return super.getOffsetStrategy(offsetSource, components);
    }

    /**
     * Offsets from the postings, as Lucene's weight-matches strategy finds them, but through one weight for all the
     * hits of a call: built at the first hit, over the request's searcher.
     */
    private final class RequestWeightOffsets extends FieldOffsetStrategy {
        private Weight weight;

        RequestWeightOffsets(UHComponents components) {
            super(components);
        }

        @Override
        public OffsetSource getOffsetSource() {
            return OffsetSource.POSTINGS;
        }

        @Override
        public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
            LeafReaderContext leaf = contextOf(reader);
            if (leaf == null) { // a reader wrapped by the highlighter: Lucene's own way, with a weight for this hit
                return createOffsetsEnumFromReader(reader, docId);
            }
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            Matches matches = weight.matches(leaf, docId);
            if (matches == null) {
                return OffsetsEnum.EMPTY;
            }
            List<OffsetsEnum> enums = new ArrayList<>();
            for (String field : matches) {
                if (components.fieldMatcher().test(field)) {
                    MatchesIterator it = matches.getMatches(field);
                    if (it != null) {
                        enums.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
                    }
                }
            }
            return switch (enums.size()) {
                case 0 -> OffsetsEnum.EMPTY;
                case 1 -> enums.get(0);
                default -> new OffsetsEnum.MultiOffsetsEnum(enums);
            };
        }

        /** The searcher's context of a segment the highlighter hands over, or null when it hands over a wrapper. */
        private LeafReaderContext contextOf(LeafReader reader) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (leaf.reader() == reader) {
                    return leaf;
                }
            }
            return null;
        }
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
        return fieldInfos.fieldInfo(field);
    }
}
