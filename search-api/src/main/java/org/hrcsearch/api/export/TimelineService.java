package org.hrcsearch.api.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.hrcsearch.api.facet.FieldLabels;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryCompiler;
import org.hrcsearch.api.query.QuerySyntaxException;
import org.hrcsearch.api.search.Criteria;
import org.hrcsearch.api.search.Deadline;
import org.hrcsearch.corpus.model.Session;

/**
 * How a query spreads over sessions: for one query, per session the documents and the occurrences of its words
 * or phrases (a timeline); for a batch of queries, per query the total and the documents per session.
 */
public final class TimelineService {

    /** One session of a timeline (session null: the documents that have none); a batch counts no occurrences. */
    public record SessionCount(
            String session,
            String label,
            long documents,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long occurrences) {}

    /** A query's documents and occurrences, in all and per session in session order. */
    public record Timeline(
            String query, long documents, long occurrences, List<SessionCount> sessions, boolean partial) {
        public Timeline {
            sessions = List.copyOf(sessions);
        }
    }

    /** One query of a batch: its total and documents per session, or why it could not run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BatchEntry(String query, Long total, List<SessionCount> sessions, Boolean partial, Error error) {
        /** Why one query of a batch was refused, as the search API would have said. */
        public record Error(String code, String message) {}

        static BatchEntry failed(String query, QuerySyntaxException e) {
            return new BatchEntry(query, null, null, null, new Error(e.code(), e.getMessage()));
        }
    }

    private final IndexHandle index;
    private final QueryCompiler compiler;
    private final Duration timeLimit;

    public TimelineService(IndexHandle index, QueryCompiler compiler, Duration timeLimit) {
        this.index = index;
        this.compiler = compiler;
        this.timeLimit = timeLimit;
    }

    /** Per session, the documents that match and how often the query occurs in them. */
    public Timeline timeline(Criteria criteria) throws QuerySyntaxException, IOException {
        try (IndexHandle.Lease lease = index.acquire()) {
            IndexSearcher searcher = lease.searcher();
            QueryCompiler.Compiled q = compiler.compile(criteria, lease, Deadline.after(timeLimit));
            Weight matches = searcher.createWeight(q.text(), ScoreMode.COMPLETE_NO_SCORES, 1f);
            Tallied t = tally(searcher, q, matches);
            return new Timeline(criteria.query(), t.documents(), t.occurrences(), t.sessions(), t.partial());
        }
    }

    /**
     * Per query (each with the same filters), the total and documents per session. The whole batch shares one
     * time limit, twice that of one search; queries it cuts short are flagged partial, and a query that does not
     * parse carries its error.
     */
    public List<BatchEntry> batch(List<String> queries, Criteria filters) throws IOException {
        Deadline deadline = Deadline.after(timeLimit.multipliedBy(2));
        List<BatchEntry> out = new ArrayList<>(queries.size());
        try (IndexHandle.Lease lease = index.acquire()) {
            for (String query : queries) {
                try {
                    QueryCompiler.Compiled q = compiler.compile(
                            filters.withQuery(query),
                            lease,
                            Deadline.after(timeLimit).orEarlier(deadline));
                    Tallied t = tally(lease.searcher(), q, null);
                    out.add(new BatchEntry(query, t.documents(), t.sessions(), t.partial(), null));
                } catch (QuerySyntaxException e) {
                    out.add(BatchEntry.failed(query, e));
                }
            }
        }
        return out;
    }

    private record Tallied(long documents, long occurrences, List<SessionCount> sessions, boolean partial) {}

    /** Counts per session what {@code q} matches before its deadline (it stops matching there). */
    private Tallied tally(IndexSearcher searcher, QueryCompiler.Compiled q, Weight occurrences) throws IOException {
        Map<String, long[]> counts =
                searcher.search(q.drill(), new SessionTally(index.schema().facetsConfig(), occurrences));
        List<SessionCount> sessions = new ArrayList<>();
        long documents = 0;
        long total = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            Optional<Session> s = Session.parse(e.getKey());
            sessions.add(new SessionCount(
                    s.map(Session::label).orElse(null),
                    s.map(FieldLabels::sessionLabel).orElse("No session"),
                    e.getValue()[0],
                    occurrences == null ? null : e.getValue()[1]));
            documents += e.getValue()[0];
            total += e.getValue()[1];
        }
        sessions.sort(Comparator.comparingInt((SessionCount c) ->
                Session.parse(c.session()).map(Session::sortKey).orElse(Integer.MAX_VALUE)));
        return new Tallied(documents, total, sessions, q.expired().getAsBoolean());
    }
}
