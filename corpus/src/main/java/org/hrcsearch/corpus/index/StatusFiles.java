package org.hrcsearch.corpus.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The status files of an {@link IndexFolder}, which tell others (a server, a second run, a user with {@code cat})
 * what the indexer does: {@link RunInProgress} while a run goes, {@link RunSummary} once it has ended. The indexer
 * writes both; the server reads them, whoever started the run, and writes the summary of a run that could not. A
 * run the server started also has its {@link ReindexOwner}.
 */
public final class StatusFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IndexFolder folder;

    public StatusFiles(IndexFolder folder) {
        this.folder = folder;
    }

    public IndexFolder folder() {
        return folder;
    }

    /** Replaces {@code progress.json}. */
    public void writeProgress(RunInProgress progress) throws IOException {
        write(folder.progressFile(), progress);
    }

    /** The progress file as it is, also when the run that wrote it is dead. */
    public Optional<RunInProgress> progress() {
        return read(folder.progressFile(), RunInProgress.class);
    }

    /** The progress of the run going on, if one is: its progress file names a live process. */
    public Optional<RunInProgress> running() {
        return progress().filter(RunInProgress::alive);
    }

    /** Writes {@code last-run.json} and removes {@code progress.json}: the run is over. */
    public void writeLastRun(RunSummary summary) throws IOException {
        write(folder.lastRunFile(), summary);
        Files.deleteIfExists(folder.progressFile());
    }

    /** The summary of the last run that ended, if any. */
    public Optional<RunSummary> lastRun() {
        return read(folder.lastRunFile(), RunSummary.class);
    }

    /** Records which server started the run going on. */
    public void writeOwner(ReindexOwner owner) throws IOException {
        write(folder.reindexOwnerFile(), owner);
    }

    /** Which server started the run going on, if a server did and has not seen it end. */
    public Optional<ReindexOwner> owner() {
        return read(folder.reindexOwnerFile(), ReindexOwner.class);
    }

    /** Forgets the owner of a run that has ended. */
    public void deleteOwner() throws IOException {
        Files.deleteIfExists(folder.reindexOwnerFile());
    }

    /** Replaces {@code file} with {@code value} as a line of JSON so that a reader sees the old or the new file, never half. */
    private static void write(Path file, Object value) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] json = JSON.writeValueAsBytes(value);
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        Files.write(tmp, line);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code file} read as a {@code type}; empty when it is missing or cannot be read as one. */
    private static <T> Optional<T> read(Path file, Class<T> type) {
        try {
            return Files.exists(file) ? Optional.of(JSON.readValue(file.toFile(), type)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // being replaced at this moment (the next poll reads it), or not ours
        }
    }
}
