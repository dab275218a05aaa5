package org.hrcsearch.corpus.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index schema shared by the indexer and the server: the analyzer, the facet configuration and the
 * {@link DocumentMapper}. Build one per process and hand it to whoever reads or writes the index.
 */
public final class HrcSchema {

    /**
     * Bumped when the index layout changes incompatibly; stored in each commit's user data
     * ({@link org.hrcsearch.corpus.index.CommitKey#SCHEMA_VERSION}). 2: the id has doc values (the tie-breaker of
     * every sort, for cursor paging). 3: the full text is kept as doc values, not stored ({@link DocumentTexts}). 4:
     * the full text is also indexed as pairs of words, for phrases ({@link WordPairs}), and its doc values are in
     * parts. 5: session reports store their Council actions ({@link HrcField#ACTIONS}), letters their signatories'
     * countries ({@link HrcField#SIGNATORY_COUNTRY}), documents in Arabic, French, Russian or Spanish also have their
     * text as word forms ({@link WordForms}), {@code lang} is one of the six UN languages or {@code other}, and each
     * document records when it first entered the index and when its file last changed ({@link IndexTimes}). 6: the
     * texts a session report prints are documents of their own ({@link HrcField#REPORT_ID}), and its stored adopted
     * texts say where it prints them. 7: documents in Chinese also have their text as words ({@link WordForms}).
     */
    public static final int VERSION = 7;

    private final Analyzer analyzer = new HrcAnalyzer();
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final DocumentMapper mapper;

    public HrcSchema() {
        for (HrcField f : HrcField.facets()) {
            facetsConfig.setMultiValued(f.fieldName(), f.isMultiValued());
        }
        mapper = new DocumentMapper(facetsConfig);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public DocumentMapper mapper() {
        return mapper;
    }
}
