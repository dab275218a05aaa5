package org.hrcsearch.indexer.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.vocab.NameKey;

/**
 * Pairs of signatory names that probably denote one organisation, to help curate {@code organisations.tsv}: the
 * same acronym ("Centre for Law and Rights (CLR)" and "CLR"), one name inside the other ("Minority Rights Group"
 * and "Minority Rights Group International"), the same full name in parentheses after two forms ("Ligue X (West
 * African Network)" and "Réseau Y (West African Network)"). It suggests; it never merges. Pure.
 */
public final class AliasSuggestions {

    private static final Pattern PARENTHESIS = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d&.\\-]*[\\p{Lu}\\d]");
    private static final Set<String> SMALL_WORDS = Set.of(
            "of", "for", "and", "the", "in", "on", "de", "des", "du", "la", "le", "les", "pour", "et", "y", "del");

    /** Two names and why they may be one organisation. */
    public record Suggestion(String name, String other, String reason) {
        public Suggestion {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(other, "other");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The suggestions for a set of names, each pair once, in the order of the names sorted. */
    public List<Suggestion> suggest(Collection<String> names) {
        List<String> sorted = List.copyOf(new TreeSet<>(names));
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                reason(sorted.get(i), sorted.get(j)).ifPresent(r -> out.add(r));
            }
        }
        return out;
    }

    private Optional<Suggestion> reason(String a, String b) {
        Optional<String> acronymA = acronym(a);
        Optional<String> acronymB = acronym(b);
        if (acronymA.isPresent() && acronymA.equals(acronymB)) {
            return Optional.of(new Suggestion(a, b, "same acronym " + acronymA.get()));
        }
        String fullA = fullName(a);
        String fullB = fullName(b);
        String ka = NameKey.of(fullA);
        String kb = NameKey.of(fullB);
        if (ka.isEmpty() || kb.isEmpty() || ka.equals(kb)) {
            return ka.equals(kb) && !ka.isEmpty()
                    ? Optional.of(new Suggestion(a, b, "same name, another acronym or spelling"))
                    : Optional.empty();
        }
        if (inside(ka, kb) || inside(kb, ka)) {
            return Optional.of(new Suggestion(a, b, "one name inside the other"));
        }
        Optional<String> inA = inParentheses(a);
        Optional<String> inB = inParentheses(b);
        if (inA.isPresent() && inA.equals(inB)) {
            return Optional.of(new Suggestion(a, b, "the same name in parentheses: " + inA.get()));
        }
        return Optional.empty();
    }

    /** The acronym a name is printed with or as: "CLR" for "Centre for Law and Rights (CLR)" and for "CLR". */
    private static Optional<String> acronym(String name) {
        Matcher m = PARENTHESIS.matcher(name);
        if (m.matches() && ACRONYM.matcher(m.group(2).strip()).matches()) {
            return Optional.of(m.group(2).strip());
        }
        if (ACRONYM.matcher(name.strip()).matches() && name.strip().length() >= 2) {
            return Optional.of(name.strip());
        }
        if (m.matches() && ACRONYM.matcher(m.group(1).strip()).matches()) {
            return Optional.of(m.group(1).strip()); // "FIDH (International Federation for Human Rights)"
        }
        return Optional.empty();
    }

    /** The name without an acronym in parentheses. */
    private static String fullName(String name) {
        Matcher m = PARENTHESIS.matcher(name);
        return m.matches() && ACRONYM.matcher(m.group(2).strip()).matches() ? m.group(1) : name;
    }

    /** A full name (not an acronym) in parentheses after a name. */
    private static Optional<String> inParentheses(String name) {
        Matcher m = PARENTHESIS.matcher(name);
        return m.matches() && !ACRONYM.matcher(m.group(2).strip()).matches()
                ? Optional.of(m.group(2).strip())
                : Optional.empty();
    }

    /** True when the words of {@code part}, two or more of them not all small, stand in a row in {@code whole}. */
    private static boolean inside(String part, String whole) {
        List<String> words = List.of(part.split(" "));
        long content = words.stream()
                .filter(w -> !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)))
                .count();
        return content >= 2 && (" " + whole + " ").contains(" " + part + " ");
    }
}
