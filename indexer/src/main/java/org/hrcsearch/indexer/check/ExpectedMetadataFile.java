package org.hrcsearch.indexer.check;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.hrcsearch.corpus.model.HrcDocument;

/**
 * Reads and writes expected-metadata CSV files: UTF-8, a header row, a {@code path} (or {@code file}) column with
 * the document's path relative to the checked folder, then any of the {@link CheckedField} columns, multi-valued
 * cells joined with {@code " | "}. Columns the file does not know (notes, sources) are ignored. The curated files of
 * the real corpus ({@code indexer/src/test/resources/expected-metadata}) and of the samples
 * ({@code corpus/samples/expected-metadata.csv}) are both of this kind.
 */
public final class ExpectedMetadataFile {
    private ExpectedMetadataFile() {}

    /**
     * The one dialect of these files, read and written: RFC 4180 quoting, lines starting with {@code #} are comments,
     * spaces around a cell are not part of it, and lines end with a line feed. Every reader of an expected-metadata
     * file goes through {@link #read}, so that a file that one of them accepts, all do.
     */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true)
            .setRecordSeparator('\n')
            .get();

    public static List<ExpectedMetadata> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            List<String> header = parser.getHeaderNames();
            String pathColumn = header.contains("path") ? "path" : header.contains("file") ? "file" : null;
            if (pathColumn == null) {
                throw new IOException(csv + ": the header needs a 'path' (or 'file') column; it has " + header);
            }
            List<CheckedField> fields = new ArrayList<>();
            for (String column : header) {
                CheckedField.fromColumn(column).ifPresent(fields::add);
            }
            List<ExpectedMetadata> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<CheckedField, List<String>> values = new EnumMap<>(CheckedField.class);
                for (CheckedField f : fields) {
                    values.put(f, f.parseCell(r.get(f.column())));
                }
                rows.add(new ExpectedMetadata(r.get(pathColumn).strip(), values));
            }
            return rows;
        }
    }

    /** Writes what was derived, in the same format: a starting point for curating an expected file by hand. */
    public static void write(Path csv, Map<String, HrcDocument> derivedByPath) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("path");
        for (CheckedField f : CheckedField.values()) {
            header.add(f.column());
        }
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter printer = FORMAT.builder()
                        .setHeader(header.toArray(String[]::new))
                        .get()
                        .print(out)) {
            for (Map.Entry<String, HrcDocument> e : derivedByPath.entrySet()) {
                List<String> row = new ArrayList<>();
                row.add(e.getKey());
                for (CheckedField f : CheckedField.values()) {
                    row.add(f.formatCell(f.valuesOf(e.getValue())));
                }
                printer.printRecord(row);
            }
        }
    }
}
