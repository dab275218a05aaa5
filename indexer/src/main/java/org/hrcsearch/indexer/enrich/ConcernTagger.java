package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.schema.TextFolding;
import org.hrcsearch.corpus.vocab.ConcernTaxonomy;

/**
 * Tags a document with the concerns of the taxonomy whose match phrases it uses often enough, and records why:
 * which phrases matched and how often, e.g. {@code reprisals} because "reprisals" occurs 4 times. A concern needs
 * at least its minimum evidence (occurrences of its phrases added up). Phrases match whole words as a search
 * finds them ({@link TextFolding#words}): ignoring case, accents, the form of apostrophes and dashes, and hyphens
 * ("non-cooperation" is "non cooperation", "Women’s" is "women's"); a trailing {@code *} matches any ending. Pure.
 */
public final class ConcernTagger {

    private record Phrase(ConcernTaxonomy.Concern concern, String text, List<String> words, boolean prefix) {}

    private final List<ConcernTaxonomy.Concern> concerns;
    /** Phrases by their first word (without a wildcard), so the text is scanned once. */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    private final List<Phrase> prefixFirst = new ArrayList<>();
    /** The number of words of the longest phrase. */
    private int longest = 1;

    public ConcernTagger(ConcernTaxonomy taxonomy) {
        this.concerns = taxonomy.all();
        for (ConcernTaxonomy.Concern c : concerns) {
            for (String p : c.phrases()) {
                boolean prefix = p.endsWith("*");
                List<String> words = TextFolding.words(prefix ? p.substring(0, p.length() - 1) : p);
                if (words.isEmpty()) {
                    continue;
                }
                Phrase phrase = new Phrase(c, p, words, prefix);
                longest = Math.max(longest, words.size());
                if (prefix && words.size() == 1) {
                    prefixFirst.add(phrase);
                } else {
                    byFirstWord
                            .computeIfAbsent(words.getFirst(), k -> new ArrayList<>())
                            .add(phrase);
                }
            }
        }
    }

    /** A phrase found at word {@code start} of the text. */
    private record Match(Phrase phrase, int start) {
        int end() {
            return start + phrase.words().size();
        }

        /** True when {@code other}, a longer phrase of another concern, holds this one: "enabling environment". */
        boolean insideOtherConcernsPhrase(Match other) {
            return other.phrase.concern() != phrase.concern()
                    && other.start <= start
                    && other.end() >= end()
                    && other.phrase.words().size() > phrase.words().size();
        }
    }

    /**
     * The concerns the text gives, most evidence first, each with its phrases and their counts. A phrase that
     * stands inside a longer phrase of another concern is that concern's evidence only: "enabling environment"
     * is civic space, not the environment.
     */
    public List<ConcernTag> tag(String text) {
        List<String> words = TextFolding.words(text);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            for (Phrase p : byFirstWord.getOrDefault(w, List.of())) {
                if (matchesAt(p, words, i)) {
                    matches.add(new Match(p, i));
                }
            }
            for (Phrase p : prefixFirst) {
                if (w.startsWith(p.words().getFirst())) {
                    matches.add(new Match(p, i));
                }
            }
        }
        Map<Phrase, Integer> counts = new HashMap<>();
        int from = 0; // matches before it end before the current one starts, as phrases are at most LONGEST words
        for (Match m : matches) {
            while (matches.get(from).start() + longest <= m.start()) {
                from++;
            }
            boolean held = false;
            for (int k = from; k < matches.size() && matches.get(k).start() <= m.start() + longest && !held; k++) {
                held = m.insideOtherConcernsPhrase(matches.get(k));
            }
            if (!held) {
                counts.merge(m.phrase(), 1, Integer::sum);
            }
        }
        List<ConcernTag> tags = new ArrayList<>();
        for (ConcernTaxonomy.Concern c : concerns) {
            List<ConcernTag.Evidence> evidence = new ArrayList<>();
            for (Map.Entry<Phrase, Integer> e : counts.entrySet()) {
                if (e.getKey().concern().equals(c)) {
                    evidence.add(new ConcernTag.Evidence(e.getKey().text(), e.getValue()));
                }
            }
            evidence.sort(Comparator.comparingInt(ConcernTag.Evidence::count)
                    .reversed()
                    .thenComparing(ConcernTag.Evidence::phrase));
            ConcernTag tag = new ConcernTag(c.id(), c.label(), evidence);
            if (tag.occurrences() >= c.minEvidence()) {
                tags.add(tag);
            }
        }
        tags.sort(Comparator.comparingInt(ConcernTag::occurrences).reversed());
        return tags;
    }

    private static boolean matchesAt(Phrase p, List<String> words, int at) {
        List<String> pw = p.words();
        if (at + pw.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < pw.size(); k++) {
            boolean last = k == pw.size() - 1;
            String w = words.get(at + k);
            if (last && p.prefix() ? !w.startsWith(pw.get(k)) : !w.equals(pw.get(k))) {
                return false;
            }
        }
        return true;
    }
}
