package org.hrcsearch.corpus.vocab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The States the Council's documents name, from {@code states.tsv}: a canonical name per State and every other
 * name it is printed under, e.g. {@code The former Yugoslav Republic of Macedonia} is {@code North Macedonia}.
 */
public final class StateNames {

    /** One State: its canonical name, ISO 3166 alpha-3 code and other names. */
    public record State(String name, String iso3, List<String> aliases) {
        public State {
            Objects.requireNonNull(name, "name");
            if (!iso3.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(
                        "ISO code of " + name + " must be 3 capital letters, got '" + iso3 + "'");
            }
            aliases = List.copyOf(aliases);
        }
    }

    private final List<State> states;
    private final Map<String, State> byKey = new HashMap<>();
    private final Map<String, State> byIso = new HashMap<>();

    StateNames(TsvResource tsv) {
        List<State> all = new ArrayList<>();
        for (TsvResource.Row row : tsv.rows()) {
            String name = row.cell(0);
            if (name.isEmpty()) {
                throw row.error("the first column (the State's name) is empty");
            }
            State s;
            try {
                s = new State(name, row.cell(1), row.list(2));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            all.add(s);
            byIso.put(s.iso3(), s);
            put(row, NameKey.of(s.name()), s);
            for (String alias : s.aliases()) {
                put(row, NameKey.of(alias), s);
            }
        }
        this.states = List.copyOf(all);
    }

    private void put(TsvResource.Row row, String key, State s) {
        State previous = byKey.putIfAbsent(key, s);
        if (previous != null && previous != s) {
            throw row.error("the name '" + key + "' is already used for " + previous.name());
        }
    }

    public List<State> all() {
        return states;
    }

    /** The State a name (any of its names, in any case) or an ISO code stands for. */
    public Optional<State> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip();
        if (n.matches("[A-Z]{3}") && byIso.containsKey(n)) {
            return Optional.of(byIso.get(n));
        }
        return Optional.ofNullable(byKey.get(NameKey.of(n)));
    }

    /** The canonical name of a State, or empty when the name is not a State's. */
    public Optional<String> canonical(String name) {
        return find(name).map(State::name);
    }
}
