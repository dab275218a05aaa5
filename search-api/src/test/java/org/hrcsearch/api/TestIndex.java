package org.hrcsearch.api;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.search.Deadline;
import org.hrcsearch.api.signatory.VocabularyAliases;
import org.hrcsearch.corpus.action.DerivedFrom;
import org.hrcsearch.corpus.index.CommitKey;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;

/** A small in-memory index of hand-made documents, and builders for them, for search and HTTP tests. */
public final class TestIndex {
    private TestIndex() {}

    private static int counter;

    /** A document with a fresh id, the given symbol (or none), session and pages. */
    public static HrcDocument.Builder doc(String symbol, String session, DocumentType type, String... pages) {
        String sha = String.format("%016x", ++counter) + "0".repeat(48); // the id is the first 16 digits: unique
        return doc(
                new SourceFile(List.of("test/doc" + counter + ".pdf"), sha, "application/pdf", 1000),
                symbol,
                session,
                type,
                pages);
    }

    /** A document from the given file (its id comes from the file's hash), symbol (or none), session and pages. */
    public static HrcDocument.Builder doc(
            SourceFile source, String symbol, String session, DocumentType type, String... pages) {
        HrcDocument.Builder b = HrcDocument.builder(source)
                .type(type)
                .title("Document " + counter)
                .date(LocalDate.of(2018, 3, counter % 28 + 1))
                .pageTexts(List.of(pages));
        if (symbol != null) {
            b.symbol(UnSymbol.parse(symbol).orElseThrow());
        }
        if (session != null) {
            b.session(Session.parse(session).orElseThrow());
        }
        return b;
    }

    /**
     * The documents most tests search: a joint letter and the draft it lobbies on (session 37, 2018), a
     * resolution of session 43 (2020), and a resolution of special session S-35 (2022, in French).
     */
    public static List<HrcDocument> standard() {
        return List.of(
                doc(
                                null,
                                "37",
                                DocumentType.JOINT_LETTER,
                                "Joint letter on A/HRC/37/L.36. We, the undersigned, note that win–win cooperation is the only viable"
                                        + " option according to its sponsors.",
                                "Page two: persistent non-cooperation with special procedures must be addressed.")
                        .references(List.of("A/HRC/37/L.36"))
                        .signatories(List.of("International Federation for Human Rights (FIDH)", "CIVICUS"))
                        .concerns(List.of(new ConcernTag(
                                "cooperation-un",
                                "Cooperation with UN mechanisms",
                                List.of(
                                        new ConcernTag.Evidence("non-cooperation", 1),
                                        new ConcernTag.Evidence("cooperation", 2)))))
                        .title("Joint letter on win-win cooperation")
                        .date(LocalDate.of(2018, 3, 2))
                        .build(),
                doc(
                                "A/HRC/37/L.36",
                                "37",
                                DocumentType.DRAFT_RESOLUTION,
                                "Promoting the international human rights cause through win-win cooperation.")
                        .sponsors(List.of("China"))
                        .title("Promoting win-win cooperation")
                        .date(LocalDate.of(2018, 3, 19))
                        .build(),
                doc(
                                "A/HRC/RES/43/21",
                                "43",
                                DocumentType.RESOLUTION,
                                "Promoting mutually beneficial cooperation in the field of human rights. Recalling A/HRC/RES/37/23.")
                        .references(List.of("A/HRC/RES/37/23"))
                        .sponsors(List.of("China", "Pakistan"))
                        .title("Promoting mutually beneficial cooperation")
                        .date(LocalDate.of(2020, 6, 22))
                        .build(),
                doc(
                                "A/HRC/RES/S-35/1",
                                "S-35",
                                DocumentType.RESOLUTION,
                                "Persistent non-cooperation by the authorities; reprisals against defenders.")
                        .title("Situation of human rights in Veloria")
                        .language("fr")
                        .date(LocalDate.of(2022, 10, 5))
                        .build());
    }

    /** The API's services over an in-memory index of {@code docs}, with the default limits. */
    public static ApiServices services(List<HrcDocument> docs) throws IOException {
        return open(docs, ApiServices.TIME_LIMIT, Map.of()).services();
    }

    /** The same with another time limit per search (zero: every search is cut short). */
    public static ApiServices services(List<HrcDocument> docs, Duration timeLimit) throws IOException {
        return open(docs, timeLimit, Map.of()).services();
    }

    /** The same with the time limit of a search on {@code clock}, a clock of nanoseconds the test moves. */
    public static ApiServices services(List<HrcDocument> docs, Duration timeLimit, LongSupplier clock)
            throws IOException {
        return open(docs, timeLimit, Map.of(), clock).services();
    }

    /** An in-memory index that a test can add documents to, and the services over it. */
    public record Fixture(Directory directory, HrcSchema schema, ApiServices services) {
        /** Adds documents in a new commit; the services see it after {@code services().search().refresh()}. */
        public void add(HrcDocument... docs) throws IOException {
            try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(schema.analyzer()))) {
                for (HrcDocument d : docs) {
                    w.addDocument(schema.mapper().toLucene(d));
                }
                w.commit();
            }
        }

        /**
         * Adds in a new commit a document read out of a session report, as the indexer writes it (its fields and
         * where it was printed); the services see it after {@code services().search().refresh()}.
         */
        public void addDerived(HrcDocument doc, DerivedFrom from) throws IOException {
            try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(schema.analyzer()))) {
                Document lucene = schema.mapper().toLucene(doc);
                DocumentMapper.addDerivedFrom(lucene, from);
                w.addDocument(lucene);
                w.commit();
            }
        }
    }

    /** An index of {@code docs} with the default limits, that a test can add to. */
    public static Fixture open(List<HrcDocument> docs) throws IOException {
        return open(docs, ApiServices.TIME_LIMIT, Map.of());
    }

    /** An index of {@code docs} whose commit carries {@code commitData} beside the schema version. */
    public static Fixture open(List<HrcDocument> docs, Duration timeLimit, Map<String, String> commitData)
            throws IOException {
        return open(docs, timeLimit, commitData, Deadline.SYSTEM_CLOCK);
    }

    private static Fixture open(
            List<HrcDocument> docs, Duration timeLimit, Map<String, String> commitData, LongSupplier clock)
            throws IOException {
        HrcSchema schema = new HrcSchema();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
            for (HrcDocument d : docs) {
                w.addDocument(schema.mapper().toLucene(d));
            }
            Map<String, String> data = new HashMap<>(commitData);
            data.put(CommitKey.SCHEMA_VERSION.key(), Integer.toString(HrcSchema.VERSION));
            data.put(CommitKey.COMMITTED_AT.key(), "2026-01-01T00:00:00Z");
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        IndexHandle index = new IndexHandle(schema, new SearcherManager(dir, null), dir);
        ApiServices services = ApiServices.over(
                index,
                new VocabularyAliases(Vocabularies.bundled()),
                Vocabularies.bundled().concerns(),
                QueryLimits.DEFAULT,
                timeLimit,
                SearchApp.objectMapper(),
                clock);
        return new Fixture(dir, schema, services);
    }
}
