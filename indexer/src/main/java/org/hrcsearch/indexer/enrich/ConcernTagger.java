package org.hrcsearch.indexer.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.vocab.ConcernTaxonomy;

/**
 * Tags a document with the concerns of the taxonomy whose match phrases it uses often enough, and records why:
 * which phrases matched and how often, e.g. {@code reprisals} because "reprisals" occurs 4 times. A concern needs
 * at least its minimum evidence (occurrences of its phrases added up). Phrases match whole words, ignoring case,
 * accents, apostrophes and hyphens ("non-cooperation" is "non cooperation"); a trailing {@code *} matches any
 * ending. Pure.
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
                List<String> words = words(prefix ? p.substring(0, p.length() - 1) : p);
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
        List<String> words = words(text);
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

    /** Lower-case words without accents; apostrophes join ("women's" is "womens"), other punctuation splits. */
    static List<String> words(String text) {
        // By hand what the regexes \p{M}+ (removed), ['‘’ʼ`] (removed) and [^\p{L}\p{N}]+ (split) did: run
        // over whole reports, they were a sixth of the indexer's time.
        String s =
                withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\'' || c == '‘' || c == '’' || c == 'ʼ' || c == '`') {
                continue;
            }
            if (isLetterOrNumber(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }

    private static String withoutMarks(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isMark(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(s, i, next);
            }
            i = next;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
