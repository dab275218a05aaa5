package org.hrcsearch.indexer.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes one JSON line per file as the run goes, e.g.
 * {@code {"path":"hrc-pdf/slovenia-upr/cycle1/g0917123.pdf","sha256":"…","outcome":"failed_parse",
 * "reason":"cannot be parsed: Page tree root must be a dictionary","pages":0,"chars":0,"ms":41}}, so that even a
 * run that is killed leaves a record of how far it got; a file that was extracted also has its
 * {@code detected_type}, and one with something to know its {@code warnings}. Thread-safe.
 */
public final class JsonlReportWriter implements Closeable {

    private final Path file;
    private final BufferedWriter writer;

    public JsonlReportWriter(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    public Path file() {
        return file;
    }

    public synchronized void write(FileOutcome o) throws IOException {
        writer.write(JsonText.of(line(o)));
        writer.newLine();
    }

    static Map<String, Object> line(FileOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", o.path());
        m.put("sha256", o.sha256());
        m.put("outcome", o.outcome().key());
        m.put("reason", o.reason());
        m.put("pages", o.pages());
        m.put("chars", o.chars());
        m.put("ms", o.millis());
        if (!o.detectedType().isEmpty()) {
            m.put("detected_type", o.detectedType());
        }
        if (!o.warnings().isEmpty()) {
            m.put("warnings", o.warnings());
        }
        return m;
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
