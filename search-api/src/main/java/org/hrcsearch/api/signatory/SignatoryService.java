package org.hrcsearch.api.signatory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.hrcsearch.api.facet.FieldLabels;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.search.DocumentRef;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.schema.DocumentMapper;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.TextFolding;

/**
 * The organisations and States that signed letters and statements or sponsored drafts: a list with document
 * counts and aliases, and everything one of them signed or sponsored, by session and date.
 */
public final class SignatoryService {

    /** A signatory or sponsor as the list shows it. */
    public record Signatory(String name, int documents, int signed, int sponsored, List<String> aliases) {
        public Signatory {
            aliases = List.copyOf(aliases);
        }
    }

    /** The names whose name, a word of it, or an alias starts with the prefix; {@code total} before the size cut. */
    public record SignatoryList(int total, List<Signatory> signatories) {
        public SignatoryList {
            signatories = List.copyOf(signatories);
        }
    }

    /**
     * One document a signatory signed or sponsored; {@code roles} holds {@code signatory}, {@code sponsor} or both;
     * {@code country} is the country that document prints after the signatory's name, or null.
     */
    public record SignedDocument(@JsonUnwrapped DocumentRef document, List<String> roles, String country) {
        public SignedDocument {
            roles = List.copyOf(roles);
        }
    }

    /** The documents of one session (session null: documents without one). */
    public record SessionDocuments(String session, String label, List<SignedDocument> documents) {
        public SessionDocuments {
            documents = List.copyOf(documents);
        }
    }

    /**
     * Everything one signatory signed or sponsored, by session in order, each session by date; for a name no
     * document has, nothing, and up to five names that start alike.
     */
    public record SignatoryDocuments(
            String name, List<String> aliases, int total, List<SessionDocuments> sessions, List<String> suggestions) {
        public SignatoryDocuments {
            aliases = List.copyOf(aliases);
            sessions = List.copyOf(sessions);
            suggestions = List.copyOf(suggestions);
        }
    }

    private static final Set<String> FIELDS = union(
            DocumentRef.FIELDS,
            Set.of(
                    HrcField.SIGNATORY.fieldName(),
                    HrcField.SIGNATORY_COUNTRY.fieldName(),
                    HrcField.SPONSOR.fieldName()));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private final IndexHandle index;
    private final SignatoryAliases aliases;

    public SignatoryService(IndexHandle index, SignatoryAliases aliases) {
        this.index = index;
        this.aliases = aliases;
    }

    /** Names matching {@code prefix} (blank: all), most documents first, at most {@code size}. */
    public SignatoryList list(String prefix, int size) throws IOException {
        String folded = TextFolding.fold(prefix);
        try (IndexHandle.Lease lease = index.acquire()) {
            List<Signatory> matching = new ArrayList<>();
            for (SignatoryDirectory.Entry e : directory(lease).all()) {
                List<String> other = aliases.aliases(e.name());
                if (folded.isEmpty()
                        || matches(e.folded(), folded)
                        || other.stream().anyMatch(a -> matches(TextFolding.fold(a), folded))) {
                    matching.add(new Signatory(e.name(), e.documents(), e.signed(), e.sponsored(), other));
                }
            }
            return new SignatoryList(matching.size(), matching.subList(0, Math.min(size, matching.size())));
        }
    }

    /** Whether a folded name, or a word in it (after a space, a parenthesis...), starts with the folded prefix. */
    private static boolean matches(String n, String foldedPrefix) {
        if (n.startsWith(foldedPrefix)) {
            return true;
        }
        for (int i = 1; i < n.length(); i++) {
            if (!Character.isLetterOrDigit(n.charAt(i - 1)) && n.startsWith(foldedPrefix, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Everything the signatory named {@code name} (its canonical name or an alias, ignoring case and accents)
     * signed or sponsored.
     */
    public SignatoryDocuments documents(String name) throws IOException {
        try (IndexHandle.Lease lease = index.acquire()) {
            SignatoryDirectory directory = directory(lease);
            Optional<SignatoryDirectory.Entry> entry =
                    directory.find(name).or(() -> aliases.canonical(name).flatMap(directory::find));
            if (entry.isEmpty()) {
                return new SignatoryDocuments(name, List.of(), 0, List.of(), suggestions(name));
            }
            String canonical = entry.get().name();
            return new SignatoryDocuments(
                    canonical,
                    aliases.aliases(canonical),
                    entry.get().documents(),
                    bySession(lease.searcher(), canonical, entry.get().documents()),
                    List.of());
        }
    }

    /** Up to five names that start like {@code name}, to suggest when it is not known. */
    private List<String> suggestions(String name) throws IOException {
        String folded = TextFolding.fold(name);
        String start = folded.substring(0, Math.min(4, folded.length()));
        return start.isEmpty()
                ? List.of()
                : list(start, 5).signatories().stream().map(Signatory::name).toList();
    }

    private SignatoryDirectory directory(IndexHandle.Lease lease) throws IOException {
        return lease.snapshot().signatories(index.schema().facetsConfig());
    }

    private static List<SessionDocuments> bySession(IndexSearcher searcher, String name, int expected)
            throws IOException {
        Query signedOrSponsored = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(HrcField.SIGNATORY.fieldName(), name)), Occur.SHOULD)
                .add(new TermQuery(new Term(HrcField.SPONSOR.fieldName(), name)), Occur.SHOULD)
                .build();
        Sort byDate = new Sort(DocumentMapper.dateSortField(false), DocumentMapper.idSortField());
        ScoreDoc[] docs = searcher.search(signedOrSponsored, Math.max(1, expected), byDate).scoreDocs;
        Map<String, List<SignedDocument>> groups = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : docs) {
            Document d = stored.document(sd.doc, FIELDS);
            List<String> roles = new ArrayList<>();
            if (Arrays.asList(d.getValues(HrcField.SIGNATORY.fieldName())).contains(name)) {
                roles.add(HrcField.SIGNATORY.fieldName());
            }
            if (Arrays.asList(d.getValues(HrcField.SPONSOR.fieldName())).contains(name)) {
                roles.add(HrcField.SPONSOR.fieldName());
            }
            DocumentRef ref = DocumentRef.of(d);
            groups.computeIfAbsent(ref.session() == null ? "" : ref.session(), s -> new ArrayList<>())
                    .add(new SignedDocument(
                            ref, roles, DocumentMapper.signatoryCountries(d).get(name)));
        }
        List<SessionDocuments> out = new ArrayList<>();
        groups.forEach((session, list) -> {
            Optional<Session> s = Session.parse(session);
            out.add(new SessionDocuments(
                    s.map(Session::label).orElse(null),
                    s.map(FieldLabels::sessionLabel).orElse("No session"),
                    list));
        });
        out.sort(Comparator.comparingInt(
                g -> Session.parse(g.session()).map(Session::sortKey).orElse(Integer.MAX_VALUE)));
        return out;
    }
}
