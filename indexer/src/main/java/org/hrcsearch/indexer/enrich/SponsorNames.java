package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * Reads the names a session report prints in a list of sponsors or voters, e.g. {@code Croatia (on behalf of the
 * European Union), Iran (Islamic Republic of), the Lao People's Democratic Republic and Sierra Leone}: separated by
 * commas, the last by "and" (but {@code Bosnia and Herzegovina} is one State), footnote marks dropped
 * ({@code Palestine1}, {@code Burkina Faso,2}), each State by its canonical name. A State speaking for a group
 * ({@code Burkina Faso, on behalf of the Group of African States}) is one {@link Sponsor}. Pure.
 */
final class SponsorNames {

    /** A footnote mark glued to a word or a closing parenthesis: {@code Palestine1}, {@code of)5}. */
    private static final Pattern GLUED_MARK = Pattern.compile("(?<=[\\p{L})])\\d{1,2}(?=[\\s,.;:)]|$)");
    /** A footnote mark after a comma: {@code Burkina Faso,2 France}. */
    private static final Pattern COMMA_MARK = Pattern.compile(",\\d{1,2}(?=\\s)");

    private static final Pattern ON_BEHALF = Pattern.compile("^\\(?(?:also\\s+)?on\\s+behalf\\s+of\\s+(.+?)\\)?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    /** "..., on behalf of the Movement of Non-Aligned Countries, with the exception of Colombia, Ecuador and Honduras". */
    private static final Pattern EXCEPTION =
            Pattern.compile(",\\s*with\\s+the\\s+exception\\s+of\\s+(?:(?:[^,]*?,\\s*)*?[^,]*?\\band\\s+[^,]+|[^,]+)");
    /** Stands for a comma inside a group's name while the list is cut at commas. */
    private static final char KEPT_COMMA = '\u201A';

    private final StateNames states;

    SponsorNames(StateNames states) {
        this.states = states;
    }

    /** The text without footnote marks: {@code Sudan1 (on behalf of ...)} is {@code Sudan (on behalf of ...)}. */
    static String withoutFootnoteMarks(String text) {
        return GLUED_MARK.matcher(COMMA_MARK.matcher(text).replaceAll(",")).replaceAll("");
    }

    /** The canonical name of a State printed {@code name} ("the Sudan", "Czech Republic"), or empty. */
    Optional<String> state(String name) {
        String n = TRAILING_PUNCTUATION
                .matcher(SPACES.matcher(name.strip()).replaceAll(" "))
                .replaceAll("");
        if (n.isEmpty() || n.length() > 70) {
            return Optional.empty();
        }
        return states.canonical(n).or(() -> n.startsWith("the ") ? states.canonical(n.substring(4)) : Optional.empty());
    }

    /** The sponsors of a printed list, in order; a name that is no State is kept as printed, without a State. */
    List<Sponsor> sponsors(String list) {
        List<Sponsor> out = new ArrayList<>();
        Matcher exception = EXCEPTION.matcher(withoutFootnoteMarks(list));
        StringBuilder kept = new StringBuilder();
        while (exception.find()) {
            exception.appendReplacement(
                    kept, Matcher.quoteReplacement(exception.group().replace(',', KEPT_COMMA)));
        }
        exception.appendTail(kept);
        for (String raw : items(kept.toString())) {
            String item = raw.replace(KEPT_COMMA, ',');
            int behalfAt = item.indexOf(" on behalf of ");
            if (behalfAt > 0
                    && !item.contains("(")
                    && state(item.substring(0, behalfAt)).isPresent()) {
                // "Pakistan on behalf of States members of the Organization of Islamic Cooperation"
                String g = item.substring(behalfAt + " on behalf of ".length());
                out.add(new Sponsor(item, state(item.substring(0, behalfAt)), group(g)));
                continue;
            }
            Matcher behalf = ON_BEHALF.matcher(item);
            if (behalf.matches() && !out.isEmpty()) {
                // "Burkina Faso, on behalf of the Group of African States": the group joins the State before it
                Sponsor speaker = out.removeLast();
                out.add(new Sponsor(speaker.printed() + ", " + item, speaker.state(), group(behalf.group(1))));
                continue;
            }
            int paren = item.indexOf("(");
            if (paren > 0
                    && item.endsWith(")")
                    && item.substring(paren).matches("\\((?:also\\s+)?on\\s+behalf\\s+of\\s+.+\\)")) {
                String speaker = item.substring(0, paren).strip();
                String g = item.substring(paren + 1, item.length() - 1)
                        .replaceFirst("^(?:also\\s+)?on\\s+behalf\\s+of\\s+", "");
                List<Sponsor> speakers = state(speaker).isPresent() ? List.of() : names(speaker);
                if (speakers.size() > 1) {
                    // "Palestine and Sudan (on behalf of the Group of Arab States)": the group is the last one's
                    Sponsor last = speakers.getLast();
                    out.addAll(speakers.subList(0, speakers.size() - 1));
                    out.add(new Sponsor(last.printed() + item.substring(paren - 1), last.state(), group(g)));
                } else {
                    out.add(new Sponsor(item, state(speaker), group(g)));
                }
                continue;
            }
            out.addAll(names(item));
        }
        return out;
    }

    /** Canonical State names of a printed list, in order, and the items that are not States. */
    record StateList(List<String> states, List<String> unknown) {
        StateList {
            states = List.copyOf(states);
            unknown = List.copyOf(unknown);
        }
    }

    /** The States of a vote list ({@code Angola, Argentina, ... Venezuela (Bolivarian Republic of)}). */
    StateList states(String list) {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String item : items(withoutFootnoteMarks(list))) {
            for (Sponsor s : names(item)) {
                if (s.state().isPresent()) {
                    known.add(s.state().get());
                } else {
                    unknown.add(s.printed());
                }
            }
        }
        return new StateList(known, unknown);
    }

    private static Optional<String> group(String printed) {
        return Optional.of(printed.strip().replaceFirst("^the\\s+", ""));
    }

    /** One comma-separated item as States: itself, two joined by "and", or two a lost comma ran together. */
    private List<Sponsor> names(String item) {
        String p = item.strip().replaceFirst("^and\\s+", "");
        if (p.isEmpty()) {
            return List.of();
        }
        Optional<String> whole = state(p);
        if (whole.isPresent()) {
            return List.of(new Sponsor(p, whole, Optional.empty()));
        }
        Matcher and = AND.matcher(p);
        while (and.find()) {
            Optional<String> left = state(p.substring(0, and.start()));
            Optional<String> right = state(p.substring(and.end()));
            if (left.isPresent() && right.isPresent()) {
                return List.of(
                        new Sponsor(p.substring(0, and.start()).strip(), left, Optional.empty()),
                        new Sponsor(p.substring(and.end()).strip(), right, Optional.empty()));
            }
        }
        // "France Germany": a comma the report left out
        for (int sp = p.indexOf(' '); sp > 0; sp = p.indexOf(' ', sp + 1)) {
            Optional<String> left = state(p.substring(0, sp));
            Optional<String> right = state(p.substring(sp + 1));
            if (left.isPresent() && right.isPresent()) {
                return List.of(
                        new Sponsor(p.substring(0, sp), left, Optional.empty()),
                        new Sponsor(p.substring(sp + 1), right, Optional.empty()));
            }
        }
        return List.of(new Sponsor(p, Optional.empty(), Optional.empty()));
    }

    /** The list split at commas and semicolons outside parentheses, and before a last "and" outside them. */
    static List<String> items(String list) {
        String flat = list.replaceAll("\\s+", " ").replace("*", "").strip().replaceAll("[.;]$", "");
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ',' || c == ';') && depth == 0) {
                out.add(item.toString().strip());
                item.setLength(0);
                continue;
            }
            item.append(c);
        }
        out.add(item.toString().strip());
        // "Croatia (on behalf of the European Union) and Uruguay": an "and" after a closing parenthesis separates
        List<String> split = new ArrayList<>();
        for (String s : out) {
            split.addAll(List.of(s.split("(?<=\\)) and ")));
        }
        return split.stream().filter(s -> !s.isEmpty()).toList();
    }
}
