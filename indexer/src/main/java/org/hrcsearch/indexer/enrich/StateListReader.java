package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * Reads a printed list of States, e.g. {@code Austria*, Bosnia and Herzegovina, Mexico and the United States of
 * America}, into canonical names: separated by commas or semicolons, the last ones by "and" (but "Bosnia and
 * Herzegovina" is one State), non-member asterisks dropped; what is not a State is left out. Pure.
 */
final class StateListReader {

    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    private final StateNames states;

    StateListReader(StateNames states) {
        this.states = states;
    }

    List<String> read(String list) {
        List<String> out = new ArrayList<>();
        String flat = list.replaceAll("\\s+", " ").replace("*", "").replaceAll("\\.\\s*$", "");
        Optional<String> whole = state(flat);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        for (String part : flat.split("\\s*[,;/]\\s*")) {
            String p = part.strip().replaceFirst("^and\\s+", "");
            Optional<String> state = state(p);
            if (state.isPresent()) {
                out.add(state.get());
                continue;
            }
            Matcher and = AND.matcher(p);
            while (and.find()) {
                Optional<String> left = state(p.substring(0, and.start()));
                Optional<String> right = state(p.substring(and.end()));
                if (left.isPresent() && right.isPresent()) {
                    out.add(left.get());
                    out.add(right.get());
                    break;
                }
            }
        }
        return out;
    }

    private Optional<String> state(String name) {
        String n = name.strip();
        if (n.isEmpty() || n.length() > 60) {
            return Optional.empty();
        }
        return states.canonical(n);
    }
}
