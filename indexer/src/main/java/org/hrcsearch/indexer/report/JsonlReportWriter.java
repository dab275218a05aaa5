package org.hrcsearch.indexer.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one JSON line per file as the run goes, e.g.
 * {@code {"path":"hrc-pdf/slovenia-upr/cycle1/g0917123.pdf","sha256":"…","outcome":"failed_parse",
 * "reason":"cannot be parsed: Page tree root must be a dictionary","pages":0,"chars":0,"ms":41}}, so that even a
 * run that is killed leaves a record of how far it got; a file that was extracted also has its
 * {@code detected_type}, and one with something to know its {@code warnings}. Thread-safe.
 */
public final class JsonlReportWriter implements Closeable {

    /**
     * Written as UTF-8 bytes by Jackson, which escapes every surrogate: a lone half in a file name or a parser's
     * message stays readable JSON instead of failing the run.
     */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final OutputStream out;

    public JsonlReportWriter(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        this.out = new BufferedOutputStream(Files.newOutputStream(file));
    }

    public Path file() {
        return file;
    }

    public synchronized void write(FileOutcome o) throws IOException {
        out.write(json(o));
        out.write('\n');
    }

    /** The line of {@code o}, without its line break. */
    static byte[] json(FileOutcome o) throws IOException {
        return JSON.writeValueAsBytes(new Line(
                o.path(),
                o.sha256(),
                o.outcome().key(),
                o.reason(),
                o.pages(),
                o.chars(),
                o.millis(),
                o.detectedType(),
                o.warnings()));
    }

    /** One line of the report, as written. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Line(
            String path,
            String sha256,
            String outcome,
            String reason,
            int pages,
            long chars,
            long ms,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String detectedType,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {}

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
