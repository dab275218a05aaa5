package org.hrcsearch.api.action;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.hrcsearch.api.search.DocumentRef;
import org.hrcsearch.corpus.action.ActionRecords;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * Every Council action of one commit, read once from the session reports and the votes files that store them
 * ({@link HrcField#ACTIONS}) and kept in memory: a few thousand at most (some 50 a session), so that filters, facets
 * and a State's record are plain loops. An action both a report and a votes file give is one ({@link ActionMerge}).
 * Ordered newest session first; in a session, each report's actions as it tells them, then those only votes files
 * give, file by file, row by row.
 */
public final class ActionDirectory {

    /**
     * One action, the report that tells it and the votes file that gives its vote (either or both), the session it
     * belongs to, where its States' positions come from, and what the two sources say differently.
     *
     * @param positionsFrom the report or the votes file; empty when the action has no State positions
     * @param warnings where the votes file differs from the report (whose word is kept), e.g. "the votes file gives
     *     other positions for 1 State; the report's are kept: Czechia against (votes file: in_favour)"
     */
    public record Entry(
            CouncilAction action,
            Optional<DocumentRef> report,
            Optional<DocumentRef> votesFile,
            Optional<Session> session,
            Optional<ActionSource.Kind> positionsFrom,
            List<String> warnings) {
        public Entry {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(votesFile, "votesFile");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(positionsFrom, "positionsFrom");
            warnings = List.copyOf(warnings);
            if (report.isEmpty() && votesFile.isEmpty()) {
                throw new IllegalArgumentException("an action comes from a report or a votes file");
            }
        }

        /** An action as one document tells it: a session report's, or a votes file's. */
        public static Entry of(CouncilAction action, DocumentRef document, Optional<Session> session) {
            boolean report = action.source().isReport();
            boolean positions = action.vote().map(v -> !v.positions().isEmpty()).orElse(false);
            return new Entry(
                    action,
                    report ? Optional.of(document) : Optional.empty(),
                    report ? Optional.empty() : Optional.of(document),
                    session,
                    positions ? Optional.of(action.source().kind()) : Optional.empty(),
                    List.of());
        }
    }

    private static final Set<String> FIELDS = union(DocumentRef.FIELDS, HrcField.ACTIONS.fieldName());

    /** The types of the documents that store actions. */
    private static final List<DocumentType> TELLING = List.of(DocumentType.SESSION_REPORT, DocumentType.VOTING_RECORD);

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

    /** Reads the actions stored on every session report and votes file of {@code reader}. */
    public static ActionDirectory build(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        BooleanQuery.Builder telling = new BooleanQuery.Builder();
        TELLING.forEach(t -> telling.add(new TermQuery(new Term(HrcField.TYPE.fieldName(), t.key())), Occur.SHOULD));
        ScoreDoc[] hits = searcher.search(telling.build(), Math.max(1, reader.numDocs())).scoreDocs;
        StoredFields stored = reader.storedFields();
        List<Entry> fromReports = new ArrayList<>();
        List<Entry> fromVotesFiles = new ArrayList<>();
        List<AdoptedText> texts = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            Document d = stored.document(hit.doc, FIELDS);
            ActionRecords records = DocumentMapper.actions(d);
            DocumentRef document = DocumentRef.of(d);
            Optional<Session> session = Optional.ofNullable(document.session()).flatMap(Session::parse);
            for (CouncilAction a : records.actions()) {
                if (a.source().isReport()) {
                    fromReports.add(Entry.of(a, document, session.or(() -> sessionOf(a))));
                } else { // a votes file may span sessions: each action is of its own symbol's
                    fromVotesFiles.add(Entry.of(a, document, sessionOf(a).or(() -> session)));
                }
            }
            texts.addAll(records.adoptedTexts());
        }
        fromReports.sort(ORDER);
        fromVotesFiles.sort(ORDER);
        List<Entry> merged = new ArrayList<>(ActionMerge.merge(fromReports, fromVotesFiles));
        merged.sort(ORDER);
        return new ActionDirectory(merged, texts);
    }

    /** Newest session first; then a report's actions as it tells them; then a votes file's, row by row. */
    private static final Comparator<Entry> ORDER = Comparator.comparing(
                    (Entry e) -> e.session().map(Session::sortKey).orElse(Integer.MIN_VALUE), Comparator.reverseOrder())
            .thenComparing(e -> e.report().isEmpty())
            .thenComparing(e -> e.action().source().report().map(UnSymbol::text).orElse(""))
            .thenComparing(e -> e.report().isPresent()
                    ? ""
                    : e.votesFile().map(DocumentRef::id).orElse(""))
            .thenComparing(e -> first(e.action().source().pages()))
            .thenComparing(e -> first(e.action().source().paragraphs()))
            .thenComparing(e -> first(e.action().source().lines()));

    private static int first(List<Integer> numbers) {
        return numbers.isEmpty() ? 0 : numbers.getFirst();
    }

    /** The session of an action by its own symbols: its report's, its draft's or its resulting text's. */
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
