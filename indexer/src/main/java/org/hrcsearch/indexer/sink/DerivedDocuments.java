package org.hrcsearch.indexer.sink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.DocumentTexts;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.enrich.AdoptedTextDocuments;
import org.hrcsearch.indexer.report.ThreadCpu;

/**
 * Brings the documents read out of session reports in line with the reports the index holds at the end of a run,
 * before its commit, so that they come and go with their report in the same commit: a report's printed texts each
 * have a document ({@link AdoptedTextDocuments}), but a text whose symbol a file of its own holds (a resolution's
 * own PDF, indexed before or after the report) has none: the file's document is the text's one document, and a
 * phrase of it is one hit. When that file goes, the text's document comes back from the report. Two reports
 * printing one text (never seen) give it one document, from the report whose id sorts first.
 *
 * <p>It reads what the writer holds (its uncommitted changes too) and writes only what differs, so a run that
 * changed nothing of them writes nothing.
 */
final class DerivedDocuments {

    private static final Set<DocumentType> ADOPTED =
            EnumSet.of(DocumentType.RESOLUTION, DocumentType.DECISION, DocumentType.PRESIDENT_STATEMENT);
    private static final Set<String> SCAN_FIELDS = Set.of(
            HrcField.ID.fieldName(),
            HrcField.SYMBOL.fieldName(),
            HrcField.TYPE.fieldName(),
            HrcField.REPORT_ID.fieldName());

    /** What a reconciliation changed: documents added and deleted, those held after, and its CPU time. */
    record Changes(int added, int deleted, int held, long cpuNanos) {}

    private record ReportDoc(LeafReaderContext leaf, int doc) {}

    private DerivedDocuments() {}

    static Changes reconcile(IndexWriter writer, HrcSchema schema) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            long cpu0 = ThreadCpu.nanos(); // after the open, whose flush of the run's documents the commit would do
            Set<String> held = new HashSet<>(); // symbols a file's document holds
            Map<String, String> existing = new HashMap<>(); // derived id -> symbol
            TreeMap<String, ReportDoc> reports = new TreeMap<>(); // by id, so that the first report wins
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc, SCAN_FIELDS);
                    String id = d.get(HrcField.ID.fieldName());
                    String symbol = d.get(HrcField.SYMBOL.fieldName());
                    String type = d.get(HrcField.TYPE.fieldName());
                    if (d.get(HrcField.REPORT_ID.fieldName()) != null) {
                        existing.put(id, symbol);
                    } else if (DocumentType.SESSION_REPORT.key().equals(type)) {
                        reports.put(id, new ReportDoc(leaf, doc));
                    } else if (symbol != null
                            && DocumentType.fromKey(type).map(ADOPTED::contains).orElse(false)) {
                        held.add(symbol);
                    }
                }
            }
            Set<String> claimed = new HashSet<>(held);
            Map<String, ReportDoc> toBuild = new TreeMap<>();
            Set<String> wanted = new HashSet<>();
            for (var r : reports.entrySet()) {
                Document actions = r.getValue()
                        .leaf()
                        .reader()
                        .storedFields()
                        .document(r.getValue().doc(), Set.of(HrcField.ACTIONS.fieldName()));
                for (AdoptedText t : DocumentMapper.actions(actions).adoptedTexts()) {
                    if (t.printed().isEmpty() || !claimed.add(t.symbol().text())) {
                        continue;
                    }
                    String id = AdoptedTextDocuments.idOf(r.getKey(), t.symbol());
                    wanted.add(id);
                    if (!existing.containsKey(id)) {
                        toBuild.put(r.getKey(), r.getValue());
                    }
                }
            }
            int deleted = 0;
            for (String id : existing.keySet()) {
                if (!wanted.contains(id)) {
                    writer.deleteDocuments(DocumentMapper.idTerm(id));
                    deleted++;
                }
            }
            int added = 0;
            for (var r : toBuild.entrySet()) {
                added += build(writer, schema, r.getValue(), existing.keySet(), wanted);
            }
            return new Changes(added, deleted, existing.size() - deleted + added, ThreadCpu.nanos() - cpu0);
        }
    }

    /** Writes the report's derived documents the index lacks; returns how many. */
    private static int build(
            IndexWriter writer, HrcSchema schema, ReportDoc r, Set<String> existing, Set<String> wanted)
            throws IOException {
        Document stored = r.leaf().reader().storedFields().document(r.doc());
        String text = DocumentTexts.read(r.leaf().reader(), r.doc(), Integer.MAX_VALUE);
        HrcDocument report = schema.mapper().fromLucene(stored, text);
        var times = DocumentMapper.indexTimes(stored)
                .orElseThrow(() ->
                        new IllegalStateException("the report " + report.id() + " was written without its times"));
        int added = 0;
        for (AdoptedTextDocuments.Derived d : AdoptedTextDocuments.of(report, Set.of())) {
            if (existing.contains(d.document().id())
                    || !wanted.contains(d.document().id())) {
                continue;
            }
            List<String> ignored = new ArrayList<>();
            Document lucene = schema.mapper().toLucene(d.document(), times, ignored::add);
            DocumentMapper.addDerivedFrom(lucene, d.from());
            writer.updateDocument(DocumentMapper.idTerm(d.document().id()), lucene);
            added++;
        }
        return added;
    }
}
