package org.hrcsearch.corpus.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index schema shared by the indexer and the server: the analyzer, the facet configuration and the
 * {@link DocumentMapper}. Build one per process and hand it to whoever reads or writes the index.
 */
public final class HrcSchema {

    /**
     * Bumped when the index layout changes incompatibly; stored in each commit's user data. 2: the id has doc values
     * (the tie-breaker of every sort, for cursor paging). 3: the full text is kept as doc values, not stored
     * ({@link DocumentTexts}). 4: the full text is also indexed as pairs of words, for phrases ({@link WordPairs}),
     * and its doc values are in parts.
     */
    public static final int VERSION = 4;

    /** Commit user-data key holding {@link #VERSION}. */
    public static final String VERSION_KEY = "hrc.schema.version";

    /** Commit user-data key: when the commit landed, ISO-8601. */
    public static final String COMMITTED_AT_KEY = "hrc.committed.at";

    /**
     * Commit user-data key: the absolute folder that the stored relative file paths ({@link HrcField#PATH}) are
     * relative to, i.e. the indexer's working folder, so that the server can find an indexed file again.
     */
    public static final String PATHS_BASE_KEY = "hrc.paths.base";

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
