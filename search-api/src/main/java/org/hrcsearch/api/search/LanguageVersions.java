package org.hrcsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * The language versions of a document: the other documents that bear its symbol, since a UN text is issued under
 * one symbol in each of the six languages, e.g. the Arabic, Chinese, French, Russian and Spanish versions of
 * {@code A/RES/217(III)} beside the English one. A document without a symbol has none.
 */
final class LanguageVersions {

    /** One version: the document, and its language ({@code fr}). */
    record Version(String id, String lang) {}

    /** The most documents of one symbol read: six languages, each perhaps in several files (HTML, PDF). */
    static final int MAX_VERSIONS = 60;

    private static final Set<String> FIELDS = Set.of(HrcField.ID.fieldName(), HrcField.LANGUAGE.fieldName());

    private LanguageVersions() {}

    /** Every other document with {@code symbol}, by language then id; empty for a null symbol. */
    static List<Version> of(IndexSearcher searcher, String symbol, String ownId) throws IOException {
        if (symbol == null) {
            return List.of();
        }
        TopDocs top = searcher.search(new TermQuery(new Term(HrcField.SYMBOL.fieldName(), symbol)), MAX_VERSIONS);
        StoredFields stored = searcher.storedFields();
        List<Version> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, FIELDS);
            String id = d.get(HrcField.ID.fieldName());
            if (!id.equals(ownId)) {
                out.add(new Version(id, d.get(HrcField.LANGUAGE.fieldName())));
            }
        }
        out.sort(Comparator.comparing(Version::lang).thenComparing(Version::id));
        return out;
    }

    /** One version per language other than {@code ownLang}, the first of each: what a hit's "also in" links to. */
    static List<Version> otherLanguages(List<Version> versions, String ownLang) {
        Map<String, Version> first = new LinkedHashMap<>();
        for (Version v : versions) {
            if (!v.lang().equals(ownLang)) {
                first.putIfAbsent(v.lang(), v);
            }
        }
        return List.copyOf(first.values());
    }
}
