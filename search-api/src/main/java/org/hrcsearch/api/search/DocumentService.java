package org.hrcsearch.api.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.hrcsearch.api.action.ActionService;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.index.OriginalFiles;
import org.hrcsearch.corpus.action.ActionJson;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.DerivedFrom;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Page;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.DocumentTexts;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * One document by its id: all its metadata with the symbols it cites and the documents that cite it, its text
 * page by page, and its original file.
 */
public final class DocumentService {

    /** How many citing documents a document shows (newest first); {@code cited_by_total} counts them all. */
    static final int MAX_CITED_BY = 100;

    /** Every stored field (the text is not one: see {@link DocumentTexts}). */
    private static final Set<String> METADATA_FIELDS = Stream.of(HrcField.values())
            .filter(f -> f != HrcField.ACTIONS) // a report's actions are served by /api/actions
            .map(HrcField::fieldName)
            .collect(Collectors.toUnmodifiableSet());

    /** A symbol the document cites, and the id of the document bearing it when the index has it. */
    public record Citation(String symbol, String id) {}

    /** The country a letter prints after one of its signatories, e.g. {@code Malawi} for "Centre for Law and Rights (CLR) – Malawi". */
    public record SignatoryCountry(String name, String country) {}

    /** Why a concern was given: the phrases that matched and how often. */
    public record ConcernReason(String id, String label, int occurrences, List<ConcernTag.Evidence> evidence) {
        public ConcernReason {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Where a document read out of a session report was printed, e.g. resolution {@code A/HRC/RES/14/1} on pages
     * 5-6 of {@code A/HRC/14/37}: the report's document id and symbol, the pages, and what the report says the
     * Council did with the text's draft (its outcome and recorded tally, null when no action was read for it).
     */
    public record DerivedFromReport(
            String id, String symbol, int firstPage, int lastPage, String pages, String outcome, ObjectNode tally) {
        static DerivedFromReport of(DerivedFrom from) {
            return new DerivedFromReport(
                    from.reportId(),
                    from.report().text(),
                    from.firstPage(),
                    from.lastPage(),
                    from.pages(),
                    from.outcome().map(ActionOutcome::key).orElse(null),
                    from.tally().map(ActionJson::tally).orElse(null));
        }
    }

    /** One path at which a document's bytes were found, as the indexer stored it, and its file name. */
    public record SourcePath(String path, String fileName) {
        static SourcePath of(String path) {
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            return new SourcePath(path, path.substring(slash + 1));
        }
    }

    /**
     * Everything the index knows about one document, but its text.
     *
     * @param versions the other documents of the same symbol (the text in other languages or files), by language
     * @param file where the API serves the original file, as in a search hit
     * @param fileName the name of the first of {@code files}, kept for callers that read one name
     * @param files every path at which the document's bytes were found (byte-identical files are one document)
     * @param actions what became of the drafts the document is or cites, as the session reports tell it, e.g. a
     *     letter citing {@code A/HRC/43/L.31/Rev.1}: adopted as resolution 43/21 by 23-16-8
     * @param derivedFrom for a text read out of a session report, where it was printed; null for a file's document
     */
    public record DocumentDetail(
            String id,
            String symbol,
            String title,
            String type,
            String typeLabel,
            String session,
            Integer uprSession,
            String date,
            String lang,
            List<LanguageVersions.Version> versions,
            List<String> signatories,
            List<SignatoryCountry> signatoryCountries,
            List<String> sponsors,
            String stateUnderReview,
            List<String> recommendingStates,
            List<ConcernReason> concerns,
            List<Citation> references,
            List<DocumentRef> citedBy,
            long citedByTotal,
            int pages,
            String file,
            String fileName,
            List<SourcePath> files,
            String contentType,
            long bytes,
            String sha256,
            boolean needsOcr,
            List<ActionService.CitedAction> actions,
            DerivedFromReport derivedFrom) {}

    /** A document's text, page by page. */
    public record DocumentText(String id, List<Page> pages) {
        public DocumentText {
            pages = List.copyOf(pages);
        }
    }

    /** The original file, found where it was indexed with the bytes it had then. */
    public record OriginalFile(Path path, String name, String contentType) {}

    /** What {@link #file} found for a document the index has. */
    public sealed interface FileLookup {
        /** The file is there, unchanged. */
        record Found(OriginalFile file) implements FileLookup {}

        /** No stored path holds the indexed bytes any more (moved, deleted or changed since indexing). */
        record Gone() implements FileLookup {}
    }

    private final IndexHandle index;
    private final OriginalFiles originals;

    DocumentService(IndexHandle index, Path fallbackBase) {
        this.index = index;
        this.originals = new OriginalFiles(fallbackBase);
    }

    /** The document with this id, or empty. */
    public Optional<DocumentDetail> document(String id) throws IOException {
        try (IndexHandle.Lease lease = index.acquire()) {
            IndexSearcher searcher = lease.searcher();
            Optional<Document> stored = load(searcher, id, METADATA_FIELDS);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            HrcDocument d = index.schema().mapper().fromLucene(stored.get());
            List<Citation> references = new ArrayList<>();
            for (String symbol : d.references()) {
                references.add(new Citation(
                        symbol,
                        firstId(searcher, new TermQuery(new Term(HrcField.SYMBOL.fieldName(), symbol)))
                                .orElse(null)));
            }
            List<DocumentRef> citedBy = new ArrayList<>();
            long citedByTotal = 0;
            if (d.symbol().isPresent()) {
                TermQuery citing = new TermQuery(new Term(
                        HrcField.REFERENCES.fieldName(), d.symbol().get().text()));
                TopDocs top = searcher.search(
                        citing,
                        MAX_CITED_BY,
                        new Sort(DocumentMapper.dateSortField(true), DocumentMapper.idSortField()));
                citedByTotal = searcher.count(citing);
                StoredFields fields = searcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    citedBy.add(DocumentRef.of(fields.document(sd.doc, DocumentRef.FIELDS)));
                }
            }
            List<ConcernReason> concerns = d.concerns().stream()
                    .map(c -> new ConcernReason(c.id(), c.label(), c.occurrences(), c.evidence()))
                    .toList();
            return Optional.of(new DocumentDetail(
                    d.id(),
                    d.symbol().map(s -> s.text()).orElse(null),
                    d.title(),
                    d.type().key(),
                    d.type().label(),
                    d.session().map(s -> s.label()).orElse(null),
                    d.uprSession().isPresent() ? d.uprSession().getAsInt() : null,
                    d.date().map(Object::toString).orElse(null),
                    d.language().code(),
                    LanguageVersions.of(searcher, d.symbol().map(s -> s.text()).orElse(null), d.id()),
                    d.signatories(),
                    d.signatories().stream()
                            .filter(d.signatoryCountries()::containsKey)
                            .map(s -> new SignatoryCountry(
                                    s, d.signatoryCountries().get(s)))
                            .toList(),
                    d.sponsors(),
                    d.stateUnderReview().orElse(null),
                    d.recommendingStates(),
                    concerns,
                    references,
                    citedBy,
                    citedByTotal,
                    DocumentMapper.pageStarts(stored.get()).length,
                    HitReader.fileUrl(d.id()),
                    SourcePath.of(d.source().paths().getFirst()).fileName(),
                    d.source().paths().stream().map(SourcePath::of).toList(),
                    d.source().contentType(),
                    d.source().bytes(),
                    d.source().sha256(),
                    d.needsOcr(),
                    ActionService.cited(
                            ActionService.ownAndCited(
                                    d.symbol().map(UnSymbol::text).orElse(null), d.references()),
                            lease.snapshot().actions()),
                    DocumentMapper.derivedFrom(stored.get())
                            .map(DerivedFromReport::of)
                            .orElse(null)));
        }
    }

    /** The text of the document with this id, page by page, or empty. */
    public Optional<DocumentText> text(String id) throws IOException {
        try (IndexHandle.Lease lease = index.acquire()) {
            Set<String> fields = Set.of(
                    HrcField.ID.fieldName(),
                    HrcField.PATH.fieldName(),
                    HrcField.SHA256.fieldName(),
                    HrcField.PAGE_STARTS.fieldName());
            IndexSearcher searcher = lease.searcher();
            OptionalInt doc = find(searcher, id);
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            String text = DocumentTexts.read(searcher.getIndexReader(), doc.getAsInt(), Integer.MAX_VALUE);
            Document stored = searcher.storedFields().document(doc.getAsInt(), fields);
            return Optional.of(new DocumentText(
                    id, index.schema().mapper().fromLucene(stored, text).pages()));
        }
    }

    /** Where the original file of the document with this id is; empty when there is no such document. */
    public Optional<FileLookup> file(String id) throws IOException {
        try (IndexHandle.Lease lease = index.acquire()) {
            Set<String> fields = Set.of(
                    HrcField.PATH.fieldName(),
                    HrcField.SHA256.fieldName(),
                    HrcField.CONTENT_TYPE.fieldName(),
                    HrcField.BYTES.fieldName());
            Optional<Document> stored = load(lease.searcher(), id, fields);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            Document doc = stored.get();
            List<String> paths = List.of(doc.getValues(HrcField.PATH.fieldName()));
            long bytes = doc.getField(HrcField.BYTES.fieldName()).numericValue().longValue();
            Optional<Path> found = originals.locate(
                    paths,
                    doc.get(HrcField.SHA256.fieldName()),
                    bytes,
                    lease.snapshot().commitData());
            return Optional.of(found.<FileLookup>map(p -> new FileLookup.Found(new OriginalFile(
                            p, p.getFileName().toString(), doc.get(HrcField.CONTENT_TYPE.fieldName()))))
                    .orElseGet(FileLookup.Gone::new));
        }
    }

    /** The doc id of the document with this id, or empty. */
    private static OptionalInt find(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(DocumentMapper.idTerm(id)), 1);
        return top.scoreDocs.length == 0 ? OptionalInt.empty() : OptionalInt.of(top.scoreDocs[0].doc);
    }

    private static Optional<Document> load(IndexSearcher searcher, String id, Set<String> fields) throws IOException {
        OptionalInt doc = find(searcher, id);
        return doc.isEmpty()
                ? Optional.empty()
                : Optional.of(searcher.storedFields().document(doc.getAsInt(), fields));
    }

    private static Optional<String> firstId(IndexSearcher searcher, TermQuery query) throws IOException {
        TopDocs top = searcher.search(query, 1);
        return top.scoreDocs.length == 0
                ? Optional.empty()
                : Optional.of(searcher.storedFields()
                        .document(top.scoreDocs[0].doc, Set.of(HrcField.ID.fieldName()))
                        .get(HrcField.ID.fieldName()));
    }
}
