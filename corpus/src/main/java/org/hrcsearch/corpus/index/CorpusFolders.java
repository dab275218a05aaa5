package org.hrcsearch.corpus.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The folders an indexing run read its files from, absolute and normalized, as the commit records them under {@link
 * CommitKey#CORPUS_FOLDERS}: a JSON array, e.g. {@code ["/srv/hrc/corpus","/srv/shared/corpus"]}. A run over a
 * JSON-lines file read records, not files: it records no folder, and no stored path lies inside one.
 */
public record CorpusFolders(List<Path> folders) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public CorpusFolders {
        folders = List.copyOf(folders);
        for (Path f : folders) {
            if (!f.isAbsolute() || !f.equals(f.normalize())) {
                throw new IllegalArgumentException("a corpus folder is absolute and normalized, got " + f);
            }
        }
    }

    /** The folders {@code roots} name, relative ones resolved against {@code base} (the run's working folder). */
    public static CorpusFolders of(List<Path> roots, Path base) {
        return new CorpusFolders(roots.stream()
                .map(r -> base.toAbsolutePath().resolve(r).normalize())
                .toList());
    }

    /** The folders a commit's {@code userData} records; empty for a commit made before they were recorded. */
    public static Optional<CorpusFolders> in(Map<String, String> userData) {
        return CommitKey.CORPUS_FOLDERS.in(userData).map(CorpusFolders::decode);
    }

    /** Whether {@code file}, absolute and normalized (no {@code ..} left), lies inside one of the folders. */
    public boolean hold(Path file) {
        return folders.stream().anyMatch(f -> file.startsWith(f) && !file.equals(f));
    }

    /** The value of {@link CommitKey#CORPUS_FOLDERS}. */
    public String encode() {
        try {
            return JSON.writeValueAsString(folders.stream().map(Path::toString).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always has a JSON form", e);
        }
    }

    static CorpusFolders decode(String value) {
        try {
            List<String> names = JSON.readValue(value, new TypeReference<List<String>>() {});
            return new CorpusFolders(names.stream().map(Path::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    CommitKey.CORPUS_FOLDERS.key() + " is not a JSON array of folder names: " + value, e);
        }
    }
}
