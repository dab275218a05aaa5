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
    private final FirstWords firstWords;

    /** Phrases of one word with a wildcard, by that word's first character. */
    private final Map<Character, List<Phrase>> prefixFirst = new HashMap<>();
    /** The number of words of the longest phrase. */
    private int longest = 1;

    public ConcernTagger(ConcernTaxonomy taxonomy) {
        this.concerns = taxonomy.all();
        Map<String, List<Phrase>> byFirstWord = new HashMap<>();
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
                    prefixFirst
                            .computeIfAbsent(words.getFirst().charAt(0), k -> new ArrayList<>())
                            .add(phrase);
                } else {
                    byFirstWord
                            .computeIfAbsent(words.getFirst(), k -> new ArrayList<>())
                            .add(phrase);
                }
            }
        }
        firstWords = new FirstWords(byFirstWord);
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
        List<Match> matches = matches(text);
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

    /** Every phrase found in the text, where it starts (in words), in the order of the text. */
    private List<Match> matches(String text) {
        String folded = TextFolding.fold(text);
        int[] bounds = TextFolding.wordBounds(folded);
        int words = bounds.length / 2;
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            int start = bounds[2 * i];
            int length = bounds[2 * i + 1] - start;
            for (Phrase p : firstWords.phrases(folded, start, length)) {
                if (matchesAt(p, folded, bounds, i)) {
                    matches.add(new Match(p, i));
                }
            }
            char first = folded.charAt(start);
            for (Phrase p : prefixFirst.getOrDefault(first, List.of())) {
                String prefix = p.words().getFirst();
                if (length >= prefix.length() && folded.startsWith(prefix, start)) {
                    matches.add(new Match(p, i));
                }
            }
        }
        return matches;
    }

    /** The phrases found, each as {@code "phrase@word"}: for the tests, which hold the scan to a plain definition. */
    List<String> phrasesFound(String text) {
        return matches(text).stream()
                .map(m -> m.phrase().text() + "@" + m.start())
                .toList();
    }

    /** Whether phrase {@code p} stands at word {@code at} of {@code folded}, whose words are at {@code bounds}. */
    private static boolean matchesAt(Phrase p, String folded, int[] bounds, int at) {
        List<String> pw = p.words();
        if (2 * (at + pw.size()) > bounds.length) {
            return false;
        }
        for (int k = 0; k < pw.size(); k++) {
            boolean last = k == pw.size() - 1;
            String w = pw.get(k);
            int start = bounds[2 * (at + k)];
            int length = bounds[2 * (at + k) + 1] - start;
            boolean fits = last && p.prefix() ? length >= w.length() : length == w.length();
            if (!fits || !folded.startsWith(w, start)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The phrases by their first word, found from a word's place in a text without making a string of it: an
     * open-addressing table of the first words, probed with the characters' hash.
     */
    private static final class FirstWords {
        private final String[] keys;
        private final List<List<Phrase>> values;
        private final int mask;

        FirstWords(Map<String, List<Phrase>> byFirstWord) {
            int size = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 4) - 1) << 1;
            keys = new String[size];
            values = new ArrayList<>(java.util.Collections.nCopies(size, List.<Phrase>of()));
            mask = size - 1;
            byFirstWord.forEach((word, phrases) -> {
                int slot = slot(hash(word, 0, word.length()));
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = word;
                values.set(slot, List.copyOf(phrases));
            });
        }

        List<Phrase> phrases(String text, int start, int length) {
            for (int slot = slot(hash(text, start, length)); keys[slot] != null; slot = (slot + 1) & mask) {
                String key = keys[slot];
                if (key.length() == length && text.startsWith(key, start)) {
                    return values.get(slot);
                }
            }
            return List.of();
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) & mask;
        }

        private static int hash(String s, int start, int length) {
            int h = 0;
            for (int i = start; i < start + length; i++) {
                h = 31 * h + s.charAt(i);
            }
            return h;
        }
    }
}
