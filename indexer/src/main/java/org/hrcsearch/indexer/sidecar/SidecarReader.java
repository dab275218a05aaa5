package org.hrcsearch.indexer.sidecar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads the sidecar of a document: {@code name.pdf.json} beside {@code name.pdf}, else
 * {@code name.json}. A sidecar that cannot be read or says something impossible is an error with the file's path
 * and what is wrong, never silently ignored.
 */
public final class SidecarReader {

    private final ObjectMapper json = new ObjectMapper();

    /** The sidecar files that may belong to {@code document}, in the order they are looked for. */
    public static List<Path> candidates(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path full = document.resolveSibling(name + ".json");
        return dot > 0 ? List.of(full, document.resolveSibling(name.substring(0, dot) + ".json")) : List.of(full);
    }

    /** The first sidecar of any of the copies of a document, or empty when there is none. */
    public Optional<Sidecar> read(List<Path> copies) throws InvalidSidecarException {
        for (Path copy : copies) {
            for (Path candidate : candidates(copy)) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(parse(candidate));
                }
            }
        }
        return Optional.empty();
    }

    private Sidecar parse(Path file) throws InvalidSidecarException {
        try {
            return Sidecar.of(json.readTree(Files.readString(file)));
        } catch (JsonProcessingException e) {
            throw new InvalidSidecarException(file, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidSidecarException(file, "cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidSidecarException(file, e.getMessage());
        }
    }

    /** A sidecar that is there but wrong: which file, and what to fix. */
    public static final class InvalidSidecarException extends Exception {
        public InvalidSidecarException(Path file, String problem) {
            super("sidecar " + file.getFileName() + ": " + problem);
        }
    }
}
