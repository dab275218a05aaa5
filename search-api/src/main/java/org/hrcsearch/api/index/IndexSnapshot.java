package org.hrcsearch.api.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.hrcsearch.api.action.ActionDirectory;
import org.hrcsearch.api.search.VersionGroups;
import org.hrcsearch.api.signatory.SignatoryDirectory;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.TextFolding;

/**
 * What the server derives once per index commit rather than per request: the facet ordinals state for
 * drill-sideways counting, every facet value by its {@link TextFolding folded} form (so that {@code
 * signatory:civicus} finds {@code CIVICUS}, and {@code signatory:"lawyers' rights"} finds {@code Lawyers’ Rights}),
 * the field infos of all segments (which the highlighter asks for), the commit's user data and version, and, on
 * first use, the directory of signatories, the Council's actions and the texts held in several versions.
 */
public final class IndexSnapshot {

    private final IndexReader reader;
    private final SortedSetDocValuesReaderState facetState;
    private final Map<HrcField, Map<String, String>> valuesByFolded;
    private final Map<String, String> commitData;
    private final FieldInfos fieldInfos;
    private volatile SignatoryDirectory signatories;
    private volatile ActionDirectory actions;
    private volatile VersionGroups versions;

    private IndexSnapshot(
            IndexReader reader,
            SortedSetDocValuesReaderState facetState,
            Map<HrcField, Map<String, String>> values,
            Map<String, String> commitData) {
        this.reader = reader;
        this.facetState = facetState;
        this.valuesByFolded = values;
        this.commitData = Map.copyOf(commitData);
        this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    }

    static IndexSnapshot of(IndexReader reader, FacetsConfig config) throws IOException {
        Map<String, String> commitData =
                reader instanceof DirectoryReader dr ? dr.getIndexCommit().getUserData() : Map.of();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException e) {
            return new IndexSnapshot(reader, null, Map.of(), commitData); // an empty index has no facet field yet
        }
        Map<HrcField, Map<String, String>> values = new HashMap<>();
        SortedSetDocValues dv = state.getDocValues();
        for (long ord = 0; ord < dv.getValueCount(); ord++) {
            BytesRef term = dv.lookupOrd(ord);
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            if (path.length != 2) {
                continue;
            }
            HrcField.fromParam(path[0])
                    .ifPresent(field -> values.computeIfAbsent(field, f -> new HashMap<>())
                            .putIfAbsent(TextFolding.fold(path[1]), path[1]));
        }
        return new IndexSnapshot(reader, state, values, commitData);
    }

    IndexReader reader() {
        return reader;
    }

    /** The field infos of every segment, merged. */
    public FieldInfos fieldInfos() {
        return fieldInfos;
    }

    /** Null when the index has no facet values at all (it is empty). */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    public boolean hasDimension(HrcField field) {
        return valuesByFolded.containsKey(field);
    }

    /** The value as indexed, found ignoring case, accents and the forms of quotes, dashes and spaces. */
    public Optional<String> indexedValue(HrcField field, String typed) {
        return Optional.ofNullable(valuesByFolded.getOrDefault(field, Map.of()).get(TextFolding.fold(typed)));
    }

    /**
     * The version of the index this snapshot reads: it changes with every commit that changed anything, and stays
     * the same across server restarts over the same commit. What a feed's {@code ETag} is made of.
     */
    public long version() {
        return reader instanceof DirectoryReader dr ? dr.getVersion() : 0;
    }

    /** The user data of the commit this snapshot reads, e.g. the schema version and the commit time. */
    public Map<String, String> commitData() {
        return commitData;
    }

    /** Every signatory and sponsor with its documents, built on first use and kept for this commit. */
    public SignatoryDirectory signatories(FacetsConfig config) throws IOException {
        SignatoryDirectory s = signatories;
        if (s == null) {
            synchronized (this) {
                if (signatories == null) {
                    signatories = SignatoryDirectory.build(reader, config);
                }
                s = signatories;
            }
        }
        return s;
    }

    /** Every Council action the session reports of this commit store, read on first use and kept for this commit. */
    public ActionDirectory actions() throws IOException {
        ActionDirectory a = actions;
        if (a == null) {
            synchronized (this) {
                if (actions == null) {
                    actions = ActionDirectory.build(reader);
                }
                a = actions;
            }
        }
        return a;
    }

    /** The texts that several documents of this commit bear the symbol of, found on first use and kept. */
    public VersionGroups versions() throws IOException {
        VersionGroups v = versions;
        if (v == null) {
            synchronized (this) {
                if (versions == null) {
                    versions = VersionGroups.build(reader);
                }
                v = versions;
            }
        }
        return v;
    }
}
