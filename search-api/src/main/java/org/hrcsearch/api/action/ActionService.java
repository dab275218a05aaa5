package org.hrcsearch.api.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.hrcsearch.api.facet.FieldLabels;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryCompiler;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.DocumentRef;
import org.hrcsearch.api.search.SearchResponse.FacetValue;
import org.hrcsearch.corpus.action.ActionJson;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.VotePosition;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.TextFolding;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * The Council's actions as the API serves them: a filtered list with facet counts, the story of one proposal with
 * the documents that cite it, and the outcome of the drafts a document cites. A State's record is
 * {@link StateVotes}'s.
 */
public final class ActionService {

    /** The facets of an action list, in the order they are shown. */
    public static final List<String> FACETS =
            List.of("session", "outcome", "sponsor", "in_favour", "against", "abstaining");

    /** How many documents citing a draft its story lists, newest first. */
    static final int MAX_CITED_BY = 100;

    /** The types of the documents a session adopts, which {@code q} also searches. */
    private static final List<DocumentType> ADOPTED_TYPES =
            List.of(DocumentType.RESOLUTION, DocumentType.DECISION, DocumentType.PRESIDENT_STATEMENT);

    /** One page of actions, the total before paging, and facet counts that ignore their own filter. */
    public record ActionList(
            int total, int page, int size, List<ObjectNode> actions, Map<String, List<FacetValue>> facets) {
        public ActionList {
            actions = List.copyOf(actions);
            facets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        }
    }

    /** A draft a document cites, and what became of it. */
    public record CitedAction(
            String cited, String draft, String outcome, String resulting, ObjectNode tally, String summary) {}

    private final IndexHandle index;
    private final QueryCompiler compiler;
    private final StateNames states;

    public ActionService(IndexHandle index, QueryCompiler compiler, StateNames states) {
        this.index = index;
        this.compiler = compiler;
        this.states = states;
    }

    /** The canonical name of a State (any of its names in {@code states.tsv}, any case), or empty. */
    public Optional<StateNames.State> state(String name) {
        return states.find(name);
    }

    /** The actions that pass {@code filter}, page {@code page} (from 1) of {@code size}. */
    public ActionList list(ActionFilter filter, int page, int size) throws IOException, QuerySyntaxException {
        try (IndexHandle.Lease lease = index.acquire()) {
            List<ActionDirectory.Entry> candidates = matchingQuery(lease, filter.q());
            List<ActionDirectory.Entry> matching =
                    candidates.stream().filter(e -> filter.matches(e, null)).toList();
            int from = Math.min(matching.size(), (page - 1) * size);
            int to = Math.min(matching.size(), from + size);
            List<ObjectNode> shown = new ArrayList<>();
            for (ActionDirectory.Entry e : matching.subList(from, to)) {
                shown.add(view(e));
            }
            Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
            facets.put(
                    "session",
                    count(
                            candidates,
                            filter,
                            ActionFilter.Part.SESSION,
                            e -> e.session().map(s -> List.of(s.label())).orElse(List.of())));
            facets.put(
                    "outcome",
                    count(
                            candidates,
                            filter,
                            ActionFilter.Part.OUTCOME,
                            e -> List.of(e.action().outcome().key())));
            facets.put(
                    "sponsor",
                    count(
                            candidates,
                            filter,
                            ActionFilter.Part.SPONSOR,
                            e -> ActionFilter.sponsors(e.action()).stream()
                                    .map(ActionFilter::sponsorName)
                                    .distinct()
                                    .toList()));
            for (VotePosition p : VotePosition.values()) {
                facets.put(
                        p.key(),
                        count(
                                candidates,
                                filter,
                                ActionFilter.Part.STATE,
                                e -> List.copyOf(ActionFilter.statesWith(e.action(), p))));
            }
            return new ActionList(matching.size(), page, size, shown, facets);
        }
    }

    /** Every action that passes {@code filter}, in the list's order: what an export writes. */
    public List<ActionDirectory.Entry> all(ActionFilter filter) throws IOException, QuerySyntaxException {
        try (IndexHandle.Lease lease = index.acquire()) {
            return matchingQuery(lease, filter.q()).stream()
                    .filter(e -> filter.matches(e, null))
                    .toList();
        }
    }

    /**
     * The whole story of the proposal {@code symbol} (a draft, any revision, or the text it became), with the report
     * that tells it, the adopted text's document when the index has one, and the documents citing the draft.
     */
    public Optional<ObjectNode> story(UnSymbol symbol) throws IOException {
        try (IndexHandle.Lease lease = index.acquire()) {
            Optional<ActionDirectory.Entry> found = lease.snapshot().actions().find(symbol);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ActionDirectory.Entry e = found.get();
            ObjectNode story = view(e);
            IndexSearcher searcher = lease.searcher();
            story.putPOJO(
                    "adopted_text", bySymbol(searcher, e.action().resulting()).orElse(null));
            story.putPOJO("draft_text", bySymbol(searcher, e.action().draft()).orElse(null));
            List<DocumentRef> citing = e.action().draft().isPresent()
                    ? citing(searcher, e.action().draft().get())
                    : List.of();
            story.putPOJO("cited_by", citing);
            return Optional.of(story);
        }
    }

    /** A document the index holds under {@code symbol}, if any. */
    private static Optional<DocumentRef> bySymbol(IndexSearcher searcher, Optional<UnSymbol> symbol)
            throws IOException {
        return symbol.isEmpty()
                ? Optional.empty()
                : first(
                        searcher,
                        new TermQuery(new Term(
                                HrcField.SYMBOL.fieldName(), symbol.get().text())));
    }

    /** A document's own symbol (null when it has none), then every symbol it cites: what {@link #cited} looks up. */
    public static List<String> ownAndCited(String symbol, List<String> references) {
        List<String> all = new ArrayList<>();
        if (symbol != null) {
            all.add(symbol);
        }
        all.addAll(references);
        return all;
    }

    /** The drafts among {@code references} the index has an action for, each with what became of it. */
    public static List<CitedAction> cited(List<String> references, ActionDirectory actions) {
        List<CitedAction> out = new ArrayList<>();
        Set<CouncilAction> seen = new HashSet<>();
        for (String r : references) {
            Optional<UnSymbol> s = UnSymbol.parse(r).filter(u -> u.type() == DocumentType.DRAFT_RESOLUTION);
            if (s.isEmpty()) {
                continue;
            }
            actions.find(s.get()).filter(e -> seen.add(e.action())).ifPresent(e -> {
                CouncilAction a = e.action();
                out.add(new CitedAction(
                        r,
                        a.draft().map(UnSymbol::text).orElse(null),
                        a.outcome().key(),
                        a.resulting().map(UnSymbol::text).orElse(null),
                        a.tally().map(ActionJson::tally).orElse(null),
                        ActionSummary.of(a)));
            });
        }
        return out;
    }

    /**
     * An action as the API shows it: its written form, its session, a one-line summary, the report that tells it and
     * the votes file that gives its vote (either may be null), where its positions come from, and what the votes
     * file says otherwise than the report.
     */
    static ObjectNode view(ActionDirectory.Entry e) {
        ObjectNode n = ActionJson.action(e.action());
        n.put("session", e.session().map(Session::label).orElse(null));
        n.put("summary", ActionSummary.of(e.action()));
        n.putPOJO("report", e.report().orElse(null));
        n.putPOJO("votes_file", e.votesFile().orElse(null));
        n.put("positions_from", e.positionsFrom().map(ActionSource.Kind::key).orElse(null));
        n.putPOJO("warnings", e.warnings());
        return n;
    }

    /**
     * The actions {@code q} selects: all for a blank one; else those whose title holds every word of {@code q}, and
     * those whose adopted text's document matches {@code q} as a search would.
     */
    private List<ActionDirectory.Entry> matchingQuery(IndexHandle.Lease lease, String q)
            throws IOException, QuerySyntaxException {
        List<ActionDirectory.Entry> all = lease.snapshot().actions().all();
        if (q.isBlank()) {
            return all;
        }
        List<String> words = TextFolding.words(q).stream()
                .filter(w -> !w.equals("and") && !w.equals("or") && !w.equals("not"))
                .toList();
        Set<String> adoptedHits = adoptedTextsMatching(lease, q);
        return all.stream()
                .filter(e -> (!words.isEmpty()
                                && TextFolding.words(e.action().title()).containsAll(words))
                        || e.action()
                                .resulting()
                                .map(r -> adoptedHits.contains(r.text()))
                                .orElse(false))
                .toList();
    }

    private Set<String> adoptedTextsMatching(IndexHandle.Lease lease, String q)
            throws IOException, QuerySyntaxException {
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        ADOPTED_TYPES.forEach(t ->
                types.add(new TermQuery(new Term(HrcField.TYPE.fieldName(), t.key())), Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(compiler.compile(Criteria.of(q), lease).drill(), Occur.MUST)
                .add(types.build(), Occur.FILTER)
                .build();
        IndexSearcher searcher = lease.searcher();
        ScoreDoc[] hits = searcher.search(query, 10_000).scoreDocs;
        StoredFields stored = searcher.storedFields();
        Set<String> symbols = new HashSet<>();
        for (ScoreDoc h : hits) {
            String s =
                    stored.document(h.doc, Set.of(HrcField.SYMBOL.fieldName())).get(HrcField.SYMBOL.fieldName());
            if (s != null) {
                symbols.add(s);
            }
        }
        return symbols;
    }

    private static List<FacetValue> count(
            List<ActionDirectory.Entry> candidates,
            ActionFilter filter,
            ActionFilter.Part ignored,
            Function<ActionDirectory.Entry, List<String>> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ActionDirectory.Entry e : candidates) {
            if (filter.matches(e, ignored)) {
                values.apply(e).forEach(v -> counts.merge(v, 1, Integer::sum));
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(c -> new FacetValue(c.getKey(), label(ignored, c.getKey()), c.getValue()))
                .toList();
    }

    private static String label(ActionFilter.Part part, String value) {
        return switch (part) {
            case SESSION -> Session.parse(value).map(FieldLabels::sessionLabel).orElse(value);
            case OUTCOME ->
                ActionOutcome.fromKey(value).map(o -> o.key().replace('_', ' ')).orElse(value);
            case SPONSOR, STATE -> value;
        };
    }

    /** Documents citing the draft or any version of it, newest first. */
    private static List<DocumentRef> citing(IndexSearcher searcher, UnSymbol draft) throws IOException {
        String field = HrcField.REFERENCES.fieldName();
        Query cites = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, draft.base())), Occur.SHOULD)
                .add(new PrefixQuery(new Term(field, draft.base() + "/")), Occur.SHOULD)
                .build();
        Sort newest = new Sort(DocumentMapper.dateSortField(true), DocumentMapper.idSortField());
        ScoreDoc[] hits = searcher.search(cites, MAX_CITED_BY, newest).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<DocumentRef> out = new ArrayList<>();
        for (ScoreDoc h : hits) {
            out.add(DocumentRef.of(stored.document(h.doc, DocumentRef.FIELDS)));
        }
        return out;
    }

    private static Optional<DocumentRef> first(IndexSearcher searcher, Query query) throws IOException {
        ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
        if (hits.length == 0) {
            return Optional.empty();
        }
        Document d = searcher.storedFields().document(hits[0].doc, DocumentRef.FIELDS);
        return Optional.of(DocumentRef.of(d));
    }
}
