package org.hrcsearch.corpus.index;

import java.util.Map;
import java.util.Optional;

/**
 * The keys of an index commit's user data, which the indexer writes with each commit and the server reads, e.g.
 * {@code hrc.schema.version=4}, {@code hrc.committed.at=2026-11-27T23:45:43Z}.
 */
public enum CommitKey {
    /** The schema version the commit was written with ({@code HrcSchema.VERSION}). */
    SCHEMA_VERSION("hrc.schema.version"),
    /**
     * The instant of the run that made the commit, ISO-8601: taken when the run opens the index, and the time every
     * document it wrote carries as first indexed or updated ({@code IndexTimes}), so that the two agree.
     */
    COMMITTED_AT("hrc.committed.at"),
    /**
     * The absolute folder that the stored relative file paths are relative to, i.e. the indexer's working folder, so
     * that the server can find an indexed file again.
     */
    PATHS_BASE("hrc.paths.base"),
    /**
     * The folders the run read its files from ({@link CorpusFolders}), so that the server serves a stored path only
     * from inside them.
     */
    CORPUS_FOLDERS("hrc.corpus.folders"),
    /** How many files the run that made the commit went through. */
    RUN_FILES("hrc.run.files"),
    /** What the run that made the commit read, for a person, e.g. {@code folders [corpus]}. */
    RUN_SOURCE("hrc.run.source"),
    /** The files that failed, which have no document to hold them (the indexer's own encoding). */
    FAILURES("hrc.indexer.failures");

    private final String key;

    CommitKey(String key) {
        this.key = key;
    }

    /** The key in the commit's user data, e.g. {@code hrc.schema.version}. */
    public String key() {
        return key;
    }

    /** This key's value in a commit's {@code userData}, if it has one. */
    public Optional<String> in(Map<String, String> userData) {
        return Optional.ofNullable(userData.get(key));
    }
}
