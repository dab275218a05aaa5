package org.hrcsearch.api.action;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.hrcsearch.api.search.DocumentRef;
import org.hrcsearch.corpus.action.ActionRecords;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * Every Council action of one commit, read once from the session reports that store them ({@link HrcField#ACTIONS})
 * and kept in memory: a few thousand at most (some 50 a session), so that filters, facets and a State's record are
 * plain loops. Ordered newest session first, each report's actions as it tells them.
 */
public final class ActionDirectory {

    /** One action, the report that tells it, and the session it belongs to (the report's). */
    public record Entry(CouncilAction action, DocumentRef report, Optional<Session> session) {}

    private static final Set<String> FIELDS = union(DocumentRef.FIELDS, HrcField.ACTIONS.fieldName());

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byDraftBase = new HashMap<>();
    private final Map<String, Entry> byResulting = new HashMap<>();
    private final Map<String, AdoptedText> adoptedTexts = new HashMap<>();

    private ActionDirectory(List<Entry> entries, List<AdoptedText> texts) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            e.action()
                    .draft()
                    .ifPresent(d -> byDraftBase
                            .computeIfAbsent(d.base(), b -> new ArrayList<>())
                            .add(e));
            e.action().resulting().ifPresent(r -> byResulting.putIfAbsent(r.text(), e));
        }
        texts.forEach(t -> adoptedTexts.putIfAbsent(t.symbol().text(), t));
    }

    /** Reads the actions stored on every session report of {@code reader}. */
    public static ActionDirectory build(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery reports = new TermQuery(new Term(HrcField.TYPE.fieldName(), DocumentType.SESSION_REPORT.key()));
        ScoreDoc[] hits = searcher.search(reports, Math.max(1, reader.numDocs())).scoreDocs;
        StoredFields stored = reader.storedFields();
        List<Entry> entries = new ArrayList<>();
        List<AdoptedText> texts = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            Document d = stored.document(hit.doc, FIELDS);
            ActionRecords records = DocumentMapper.actions(d);
            DocumentRef report = DocumentRef.of(d);
            Optional<Session> session = Optional.ofNullable(report.session()).flatMap(Session::parse);
            records.actions().forEach(a -> entries.add(new Entry(a, report, session.or(() -> sessionOf(a)))));
            texts.addAll(records.adoptedTexts());
        }
        entries.sort(Comparator.comparing(
                        (Entry e) -> e.session().map(Session::sortKey).orElse(Integer.MIN_VALUE),
                        Comparator.reverseOrder())
                .thenComparing(
                        e -> e.action().source().report().map(UnSymbol::text).orElse(""))
                .thenComparing(e -> e.action().source().pages().isEmpty()
                        ? e.action().source().lines().getFirst()
                        : e.action().source().pages().getFirst())
                .thenComparing(e -> e.action().source().paragraphs().isEmpty()
                        ? 0
                        : e.action().source().paragraphs().getFirst()));
        return new ActionDirectory(entries, texts);
    }

    private static Optional<Session> sessionOf(CouncilAction a) {
        return a.source()
                .report()
                .flatMap(UnSymbol::session)
                .or(() -> a.draft().flatMap(UnSymbol::session))
                .or(() -> a.resulting().flatMap(UnSymbol::session));
    }

    /** Every action, newest session first. */
    public List<Entry> all() {
        return entries;
    }

    /**
     * The action on the draft {@code symbol} (any revision of it: {@code A/HRC/43/L.31} finds the action on
     * {@code A/HRC/43/L.31/Rev.1}, the exact revision first), or the action that produced the text {@code symbol}.
     */
    public Optional<Entry> find(UnSymbol symbol) {
        if (symbol.type() == DocumentType.DRAFT_RESOLUTION) {
            List<Entry> versions = byDraftBase.getOrDefault(symbol.base(), List.of());
            return versions.stream()
                    .filter(e -> e.action()
                            .draft()
                            .map(d -> d.text().equals(symbol.text()))
                            .orElse(false))
                    .findFirst()
                    .or(() -> versions.stream().reduce((first, last) -> last));
        }
        return Optional.ofNullable(byResulting.get(symbol.text()));
    }

    /** The text Part One of a report lists under {@code symbol}, if one does. */
    public Optional<AdoptedText> adoptedText(String symbol) {
        return Optional.ofNullable(adoptedTexts.get(symbol));
    }

    private static Set<String> union(Set<String> a, String b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.add(b);
        return Set.copyOf(all);
    }
}
