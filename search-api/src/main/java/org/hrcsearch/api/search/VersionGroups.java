package org.hrcsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * The texts of one commit that exist in several documents: every symbol two or more documents bear, e.g. the twelve
 * files (HTML and PDF in six languages) of {@code A/RES/217(III)}, with each document's id and language. Built once
 * per commit; what the filter {@code one_version} chooses among.
 */
public final class VersionGroups {

    /** A document of a group: its Lucene doc id in the commit, its id and its language code. */
    record Member(int doc, String id, String lang) {}

    private final List<List<Member>> groups;
    private final List<BytesRef> memberIds;

    private VersionGroups(List<List<Member>> groups) {
        this.groups = List.copyOf(groups);
        this.memberIds = groups.stream()
                .flatMap(List::stream)
                .map(m -> new BytesRef(m.id()))
                .toList();
    }

    /** The groups of {@code reader}: the live documents of each symbol that more than one bears, by id. */
    public static VersionGroups build(IndexReader reader) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, HrcField.SYMBOL.fieldName());
        if (terms == null) {
            return new VersionGroups(List.of());
        }
        Bits live = MultiBits.getLiveDocs(reader);
        StoredFields stored = reader.storedFields();
        Set<String> fields = Set.of(HrcField.ID.fieldName(), HrcField.LANGUAGE.fieldName());
        List<List<Member>> groups = new ArrayList<>();
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        while (te.next() != null) {
            if (te.docFreq() < 2) {
                continue;
            }
            postings = te.postings(postings, PostingsEnum.NONE);
            List<Member> members = new ArrayList<>();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    Document d = stored.document(doc, fields);
                    members.add(new Member(doc, d.get(HrcField.ID.fieldName()), d.get(HrcField.LANGUAGE.fieldName())));
                }
            }
            if (members.size() > 1) {
                members.sort(Comparator.comparing(Member::id));
                groups.add(List.copyOf(members));
            }
        }
        return new VersionGroups(groups);
    }

    /**
     * What to leave out so that of each text only one version of those {@code matching} finds remains: the one in
     * {@code preferred}, else in English, else the first by id (a document without a symbol, or alone with its
     * symbol, always remains). A query that drops the others, or empty when there is nothing to drop.
     */
    public Optional<Query> othersThan(IndexSearcher searcher, Query matching, Language preferred) throws IOException {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        Query candidates = new BooleanQuery.Builder()
                .add(matching, Occur.FILTER)
                .add(new TermInSetQuery(HrcField.ID.fieldName(), memberIds), Occur.FILTER)
                .build();
        Set<Integer> matched = searcher.search(candidates, new DocIds());
        List<BytesRef> drop = new ArrayList<>();
        for (List<Member> group : groups) {
            List<Member> found =
                    group.stream().filter(m -> matched.contains(m.doc())).toList();
            if (found.size() < 2) {
                continue;
            }
            Member kept = chosen(found, preferred);
            found.stream().filter(m -> m != kept).forEach(m -> drop.add(new BytesRef(m.id())));
        }
        return drop.isEmpty() ? Optional.empty() : Optional.of(new TermInSetQuery(HrcField.ID.fieldName(), drop));
    }

    /** The version kept of one text's documents (by id): in {@code preferred}, else in English, else the first. */
    static Member chosen(List<Member> versions, Language preferred) {
        return versions.stream()
                .filter(m -> preferred.code().equals(m.lang()))
                .findFirst()
                .or(() -> versions.stream()
                        .filter(m -> Language.ENGLISH.code().equals(m.lang()))
                        .findFirst())
                .orElse(versions.getFirst());
    }

    /** The doc ids (in the whole commit) of what a query matches. */
    private static final class DocIds implements CollectorManager<DocIds.Of, Set<Integer>> {

        /** One slice's share. */
        static final class Of implements Collector {
            final Set<Integer> docs = new HashSet<>();

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) {
                int base = context.docBase;
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) {
                        docs.add(base + doc);
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }

        @Override
        public Of newCollector() {
            return new Of();
        }

        @Override
        public Set<Integer> reduce(Collection<Of> collectors) {
            Set<Integer> all = new HashSet<>();
            collectors.forEach(c -> all.addAll(c.docs));
            return all;
        }
    }
}
