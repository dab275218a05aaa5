package org.hrcsearch.indexer.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.extract.Extraction;
import org.hrcsearch.indexer.report.FileOutcome;

/**
 * Documents from a JSON-lines file (gzipped or not) whose records already hold their text, e.g. the UN General
 * Debate corpus: one record per line, e.g. {@code {"id": "USA_75_2020", "iso3": "USA", "year": 2020, "text": "…"}}.
 * Each record is an entry {@code file#id}; its content hash covers the mapping and the record's line, so that a
 * changed record, or a changed mapping, is indexed again. When the file's size and time are as the index recorded,
 * its records are known without reading it.
 */
public final class JsonlSource implements DocumentSource {

    /** A JSON-lines file and how its records map to documents. */
    public record Input(Path file, JsonlMapping mapping) {
        public Input {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(mapping, "mapping");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Input input;
    private final Path file;
    private final String displayFile;
    private final DocumentEnricher enricher = new DocumentEnricher();
    private final Map<String, String> hashByKey = new HashMap<>();

    public JsonlSource(Input input) {
        this.input = input;
        this.file = input.file().toAbsolutePath().normalize();
        this.displayFile = input.file().toString();
    }

    @Override
    public String describe() {
        return displayFile;
    }

    @Override
    public void checkAvailable() throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException("cannot read " + displayFile + " (nothing was indexed; the index is unchanged)");
        }
    }

    @Override
    public List<SourceEntry> list(IndexedState previous, Consumer<FileOutcome> passedOver, Consumer<String> notes)
            throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        List<SourceEntry> known = knownEntries(previous, size, mtime);
        if (!known.isEmpty()) {
            return known; // the file is as the index recorded it: its records are too
        }
        List<SourceEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String mapping = input.mapping().canonical();
        readRecords((n, line, record, notJson) -> {
            if (record == null) {
                notes.accept(displayFile + " line " + n + ": not JSON (" + notJson + "); skipped");
                return true;
            }
            var id = input.mapping().id(record);
            if (id.isEmpty()) {
                notes.accept(displayFile + " line " + n + ": no id; skipped");
            } else if (!ids.add(id.get())) {
                notes.accept(displayFile + " line " + n + ": id " + id.get() + " again; skipped");
            } else {
                SourceEntry entry = new SourceEntry(file + "#" + id.get(), displayFile + "#" + id.get(), size, mtime);
                hashByKey.put(entry.key(), sha256(mapping, line));
                entries.add(entry);
            }
            return true;
        });
        entries.sort(java.util.Comparator.comparing(SourceEntry::displayPath));
        return entries;
    }

    private List<SourceEntry> knownEntries(IndexedState previous, long size, long mtime) {
        String prefix = file + "#";
        List<SourceEntry> entries = new ArrayList<>();
        boolean allSame = true;
        for (IndexedState.IndexedContent c : previous.contents()) {
            for (var p : c.paths()) {
                if (p.key().startsWith(prefix)) {
                    allSame &= p.size() == size && p.modifiedMillis() == mtime;
                    entries.add(new SourceEntry(p.key(), p.displayPath(), size, mtime));
                }
            }
        }
        for (var f : previous.failures()) {
            if (f.stamp().key().startsWith(prefix)) {
                allSame &= f.stamp().size() == size && f.stamp().modifiedMillis() == mtime;
                entries.add(new SourceEntry(f.stamp().key(), f.stamp().displayPath(), size, mtime));
            }
        }
        if (!allSame) {
            return List.of();
        }
        entries.sort(java.util.Comparator.comparing(SourceEntry::displayPath));
        return entries;
    }

    @Override
    public Map<String, String> hash(List<SourceEntry> entries, Consumer<FileOutcome> unreadable) {
        Map<String, String> hashes = new HashMap<>();
        for (SourceEntry e : entries) {
            String sha = hashByKey.get(e.key());
            if (sha == null) {
                throw new IllegalStateException("record " + e.key() + " was not read when the file was listed");
            }
            hashes.put(e.key(), sha);
        }
        return hashes;
    }

    /** Reads the file once more, handing over the records to build as it meets them. */
    @Override
    public void feed(List<ChangePlan.ContentGroup> groups, Work work) throws IOException, InterruptedException {
        Map<String, ChangePlan.ContentGroup> wanted = new HashMap<>();
        groups.forEach(g -> wanted.put(g.first().key(), g));
        readRecords((n, line, record, notJson) -> {
            if (record != null) {
                ChangePlan.ContentGroup group = input.mapping()
                        .id(record)
                        .map(i -> wanted.remove(file + "#" + i))
                        .orElse(null);
                if (group != null) {
                    work.submit(group, () -> build(group, record));
                }
            }
            return !wanted.isEmpty();
        });
        if (!wanted.isEmpty()) {
            throw new IOException(displayFile + " changed while it was being indexed (" + wanted.size()
                    + " records gone); run again");
        }
    }

    /**
     * What {@link #readRecords} hands over for each non-blank line: its record, or null and why when it is not JSON.
     */
    @FunctionalInterface
    private interface RecordVisitor<X extends Exception> {
        /** Returns whether to read on. */
        boolean visit(int lineNumber, String line, JsonNode record, String notJson) throws IOException, X;
    }

    /** Reads the file's non-blank lines in order, each parsed as JSON, until {@code visitor} says to stop. */
    private <X extends Exception> void readRecords(RecordVisitor<X> visitor) throws IOException, X {
        try (BufferedReader lines = open()) {
            String line;
            for (int n = 1; (line = lines.readLine()) != null; n++) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = null;
                String notJson = null;
                try {
                    record = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    notJson = e.getOriginalMessage();
                }
                if (!visitor.visit(n, line, record, notJson)) {
                    return;
                }
            }
        }
    }

    private Produced build(ChangePlan.ContentGroup group, JsonNode record) {
        long t0 = System.nanoTime();
        JsonlMapping mapping = input.mapping();
        String text = mapping.text(record);
        Extraction extraction = new Extraction(List.of(text), "text/plain", mapping.title(record));
        SourceFile source = new SourceFile(
                group.copies().stream().map(SourceEntry::displayPath).toList(),
                group.sha256(),
                "text/plain",
                text.getBytes(StandardCharsets.UTF_8).length);
        HrcDocument derived = enricher.enrich(source, mapping.id(record).orElse(""), extraction);
        HrcDocument doc = mapping.apply(derived.toBuilder(), record).build();
        return new Produced.Built(doc, (System.nanoTime() - t0) / 1_000_000);
    }

    private BufferedReader open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    static String sha256(String mapping, String line) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(mapping.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
