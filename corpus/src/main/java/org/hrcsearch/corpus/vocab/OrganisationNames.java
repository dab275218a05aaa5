package org.hrcsearch.corpus.vocab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alias table of organisations that sign letters and statements, from {@code organisations.tsv}: maps every
 * name an organisation is printed under to one canonical name, e.g. {@code FIDH}, {@code Fédération
 * internationale des ligues des droits de l'homme} and {@code International Federation for Human Rights} to
 * {@code International Federation for Human Rights (FIDH)}.
 */
public final class OrganisationNames {

    private static final Pattern TRAILING_ACRONYM = Pattern.compile("^(.*\\S)\\s*\\(([^()]{2,40})\\)$");

    private final Map<String, String> byKey = new HashMap<>();
    /** Keys derived from a canonical name (its acronym, its name without the acronym); explicit aliases win. */
    private final Map<String, String> derived = new HashMap<>();

    private final List<String> canonicalNames = new ArrayList<>();
    private final Map<String, String> printedNames = new HashMap<>();

    OrganisationNames(TsvResource tsv) {
        for (TsvResource.Row row : tsv.rows()) {
            String canonical = row.cell(0);
            if (canonical.isEmpty()) {
                throw row.error("the first column (the canonical name) is empty");
            }
            canonicalNames.add(canonical);
            put(row, NameKey.of(canonical), canonical);
            printedNames.put(canonical, canonical);
            for (String alias : row.list(1)) {
                put(row, NameKey.of(alias), canonical);
                printedNames.put(alias, canonical);
            }
            Matcher m = TRAILING_ACRONYM.matcher(canonical);
            if (m.matches()) {
                derived.merge(NameKey.of(m.group(1)), canonical, (a, b) -> a.equals(b) ? a : "");
                derived.merge(NameKey.of(m.group(2)), canonical, (a, b) -> a.equals(b) ? a : "");
            }
        }
    }

    private void put(TsvResource.Row row, String key, String canonical) {
        String previous = byKey.putIfAbsent(key, canonical);
        if (previous != null && !previous.equals(canonical)) {
            throw row.error("the name '" + key + "' already stands for " + previous);
        }
    }

    /** Every canonical name, in file order. */
    public List<String> canonicalNames() {
        return List.copyOf(canonicalNames);
    }

    /**
     * The canonical name of a known organisation, trying the name as printed, then without a trailing
     * "(ACRONYM)", then the acronym alone.
     */
    public Optional<String> find(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        String name = printed.strip();
        Optional<String> direct = lookup(NameKey.of(name));
        if (direct.isPresent()) {
            return direct;
        }
        Matcher m = TRAILING_ACRONYM.matcher(name);
        if (m.matches()) {
            return lookup(NameKey.of(m.group(1))).or(() -> lookup(NameKey.of(m.group(2))));
        }
        return Optional.empty();
    }

    /**
     * The canonical name of a known organisation for the name as a whole, never for a part of it: {@code Media
     * Rights Agenda (MRA)} is not found through an {@code MRA} that the table knows. For readers that weigh the
     * parts themselves.
     */
    public Optional<String> findWhole(String printed) {
        return printed == null ? Optional.empty() : lookup(NameKey.of(printed));
    }

    /** The canonical name when the organisation is known, else the name as printed (spacing tidied). */
    public String canonical(String printed) {
        return find(printed).orElse(printed.strip().replaceAll("\\s+", " "));
    }

    private Optional<String> lookup(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String c = byKey.get(key);
        if (c != null) {
            return Optional.of(c);
        }
        String d = derived.get(key);
        return d == null || d.isEmpty() ? Optional.empty() : Optional.of(d);
    }

    /** Every name as printed in the file (canonical names and aliases), each with its canonical name. */
    public Map<String, String> printedNames() {
        return Map.copyOf(printedNames);
    }
}
