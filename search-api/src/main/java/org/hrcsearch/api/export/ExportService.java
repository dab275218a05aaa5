package org.hrcsearch.api.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryCompiler;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.HitReader;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * Exports every document a search selects, as CSV or JSON lines, streamed while the index is read: no cap on the
 * number of documents, and memory that does not grow with it. Documents come in index order.
 */
public final class ExportService {

    /** An export format, by its name in the {@code format} parameter. */
    public enum Format {
        CSV("csv", "text/csv; charset=utf-8"),
        JSONL("jsonl", "application/x-ndjson; charset=utf-8");

        private final String param;
        private final String contentType;

        Format(String param, String contentType) {
            this.param = param;
            this.contentType = contentType;
        }

        public String param() {
            return param;
        }

        public String contentType() {
            return contentType;
        }

        public static Optional<Format> fromParam(String name) {
            return Arrays.stream(values()).filter(f -> f.param.equals(name)).findFirst();
        }
    }

    /** One exported document; lists are joined by "; " in CSV. */
    public record Row(
            String id,
            String symbol,
            String title,
            String type,
            String session,
            String date,
            String lang,
            List<String> signatories,
            List<String> sponsors,
            List<String> concerns,
            List<String> references,
            int pages,
            String file) {}

    private static final List<String> CSV_HEADER =
            Arrays.stream(Row.class.getRecordComponents()).map(c -> c.getName()).toList();

    private static final Set<String> FIELDS = Set.of(
            HrcField.ID.fieldName(),
            HrcField.SYMBOL.fieldName(),
            HrcField.TITLE.fieldName(),
            HrcField.TYPE.fieldName(),
            HrcField.SESSION.fieldName(),
            HrcField.DATE.fieldName(),
            HrcField.LANGUAGE.fieldName(),
            HrcField.SIGNATORY.fieldName(),
            HrcField.SPONSOR.fieldName(),
            HrcField.CONCERN.fieldName(),
            HrcField.REFERENCES.fieldName(),
            HrcField.PAGE_STARTS.fieldName());

    private final IndexHandle index;
    private final QueryCompiler compiler;
    private final ObjectMapper json;

    public ExportService(IndexHandle index, QueryCompiler compiler, ObjectMapper json) {
        this.index = index;
        this.compiler = compiler;
        this.json = json;
    }

    /**
     * Checks the query and holds a searcher for the export, before anything is written: a bad query is an error
     * the caller can still answer with a 400. Close the export when written.
     */
    public Export prepare(Criteria criteria, Format format) throws QuerySyntaxException, IOException {
        IndexHandle.Lease lease = index.acquire();
        try {
            return new Export(lease, compiler.compile(criteria, lease), format);
        } catch (QuerySyntaxException | IOException | RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    /** An export ready to be written. */
    public final class Export implements Closeable {
        private final IndexHandle.Lease lease;
        private final QueryCompiler.Compiled query;
        private final Format format;

        private Export(IndexHandle.Lease lease, QueryCompiler.Compiled query, Format format) {
            this.lease = lease;
            this.query = query;
            this.format = format;
        }

        /** Writes every selected document to {@code out}; returns how many. */
        public long writeTo(OutputStream out) throws IOException {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            RowSink sink = format == Format.CSV ? new CsvSink(writer) : new JsonLinesSink(writer, json);
            long[] count = new long[1];
            lease.searcher().search(query.drill(), new CollectorManager<SimpleCollector, Void>() {
                @Override
                public SimpleCollector newCollector() {
                    return new RowCollector(sink, count);
                }

                @Override
                public Void reduce(Collection<SimpleCollector> collectors) {
                    return null;
                }
            });
            sink.finish();
            writer.flush();
            return count[0];
        }

        @Override
        public void close() throws IOException {
            lease.close();
        }
    }

    /** Reads each matching document's stored fields and hands the row to the sink. */
    private static final class RowCollector extends SimpleCollector {
        private final RowSink sink;
        private final long[] count;
        private StoredFields stored;

        RowCollector(RowSink sink, long[] count) {
            this.sink = sink;
            this.count = count;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            stored = context.reader().storedFields();
        }

        @Override
        public void collect(int doc) throws IOException {
            sink.write(row(stored.document(doc, FIELDS)));
            count[0]++;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    static Row row(Document d) {
        String id = d.get(HrcField.ID.fieldName());
        return new Row(
                id,
                d.get(HrcField.SYMBOL.fieldName()),
                d.get(HrcField.TITLE.fieldName()),
                d.get(HrcField.TYPE.fieldName()),
                d.get(HrcField.SESSION.fieldName()),
                d.get(HrcField.DATE.fieldName()),
                d.get(HrcField.LANGUAGE.fieldName()),
                values(d, HrcField.SIGNATORY),
                values(d, HrcField.SPONSOR),
                values(d, HrcField.CONCERN),
                values(d, HrcField.REFERENCES),
                DocumentMapper.pageStarts(d).length,
                HitReader.fileUrl(id));
    }

    private static List<String> values(Document d, HrcField field) {
        return List.of(d.getValues(field.fieldName()));
    }

    /** Where rows go, in one format. */
    private interface RowSink {
        void write(Row row) throws IOException;

        default void finish() throws IOException {}
    }

    /** A CSV cell as every export writes it: a value a spreadsheet would run as a formula gets a leading apostrophe. */
    static String csvCell(String value) {
        return CsvSink.cell(value);
    }

    /** CSV with a header row; cells that a spreadsheet would run as a formula get a leading apostrophe. */
    private static final class CsvSink implements RowSink {
        private final CSVPrinter printer;

        CsvSink(Writer writer) throws IOException {
            this.printer = new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(CSV_HEADER.toArray(String[]::new))
                            .get());
        }

        @Override
        public void write(Row r) throws IOException {
            printer.printRecord(
                    cell(r.id()),
                    cell(r.symbol()),
                    cell(r.title()),
                    cell(r.type()),
                    cell(r.session()),
                    cell(r.date()),
                    cell(r.lang()),
                    cell(String.join("; ", r.signatories())),
                    cell(String.join("; ", r.sponsors())),
                    cell(String.join("; ", r.concerns())),
                    cell(String.join("; ", r.references())),
                    r.pages(),
                    cell(r.file()));
        }

        @Override
        public void finish() throws IOException {
            printer.flush();
        }

        private static String cell(String value) {
            if (value == null || value.isEmpty()) {
                return "";
            }
            char c = value.charAt(0);
            return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
        }
    }

    /** One JSON object per line. */
    private static final class JsonLinesSink implements RowSink {
        private final Writer writer;
        private final ObjectMapper json;

        JsonLinesSink(Writer writer, ObjectMapper json) {
            this.writer = writer;
            this.json = json;
        }

        @Override
        public void write(Row row) throws IOException {
            writer.write(json.writeValueAsString(row));
            writer.write('\n');
        }
    }
}
