package org.hrcsearch.indexer.source;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.hrcsearch.indexer.report.FileOutcome;

/**
 * Where a run's documents come from: folders of files ({@link FolderSource}) or a JSON-lines file of texts
 * ({@link JsonlSource}). A run lists the entries, hashes those the index does not already know, plans, and asks
 * the source to build the documents it must write.
 */
public interface DocumentSource extends AutoCloseable {

    /** Where the documents come from, for messages, e.g. {@code [../shared/corpus]}. */
    String describe();

    /** Fails before the run touches the index when the source is missing or unreadable. */
    void checkAvailable() throws IOException;

    /**
     * Every entry, sorted by display path. A file passed over (a link outside the corpus, a folder that cannot be
     * opened) goes to {@code passedOver} with its outcome; a remark about the run goes to {@code notes}.
     * {@code previous} is what the index holds, for a source that can list without reading when nothing changed.
     */
    List<SourceEntry> list(IndexedState previous, Consumer<FileOutcome> passedOver, Consumer<String> notes)
            throws IOException;

    /**
     * The sha256 of each of {@code entries}, by key. An entry that cannot be read goes to {@code unreadable} and is
     * left out.
     */
    Map<String, String> hash(List<SourceEntry> entries, Consumer<FileOutcome> unreadable)
            throws IOException, InterruptedException;

    /**
     * Called when the number of contents to build is known or foreseen (at most {@code contentsToBuild}): a chance
     * to start workers early, so that their start-up overlaps with listing and hashing.
     */
    default void prepare(int contentsToBuild) {}

    /** Hands each group to {@code work} with the task that builds its document, in the order the source prefers. */
    void feed(List<ChangePlan.ContentGroup> groups, Work work) throws IOException, InterruptedException;

    /** Takes the task that builds one content's document; may block while enough work is queued. */
    @FunctionalInterface
    interface Work {
        void submit(ChangePlan.ContentGroup group, Callable<Produced> task) throws IOException, InterruptedException;
    }

    @Override
    default void close() {}
}
