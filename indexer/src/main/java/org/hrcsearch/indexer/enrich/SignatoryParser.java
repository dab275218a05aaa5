package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.vocab.NameKey;
import org.hrcsearch.corpus.vocab.OrganisationNames;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * Reads the signatories of a joint letter or statement from its signatory block, in the shapes real letters use:
 * a list under "Signatories:" (or "List of signatories", "Organizations", a closing such as "Sincerely,"), one per
 * line, numbered or not, with "Name, Country" or "Name – Country"; an inline "Signed: A; B; C" or "endorsed by: A,
 * B and C"; a statement made "on behalf of A, B and C"; and names run together on one line. Each name is mapped
 * to its canonical form through the {@link OrganisationNames} alias table. Organisations only mentioned in the body
 * are not signatories. Pure.
 */
public final class SignatoryParser {

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(?:list\\s+of\\s+)?(?:co-?)?(?:signatories|signatory\\s+organi[sz]ations|signing\\s+organi[sz]ations"
                    + "|signed(?:\\s+by)?|endorsed\\s+by|organi[sz]ations|undersigned\\s+organi[sz]ations"
                    + "|the\\s+undersigned(?:\\s+organi[sz]ations)?)\\s*:?\\s*$");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)^(?:yours\\s+)?(?:sincerely|faithfully|respectfully|truly|kind\\s+regards|best\\s+regards|regards"
                    + "|with\\s+(?:assurances\\s+of\\s+our\\s+)?(?:highest|high)\\s+(?:consideration|regards)"
                    + "|with\\s+kind\\s+regards)\\s*[,.]?\\s*$");
    private static final Pattern INLINE = Pattern.compile(
            "(?im)^(?:signed|signatories|signed\\s+by|endorsed\\s+by)\\s*:\\s*(\\S.+(?:\\n(?!\\s*\\n)[^\\n]+)*)$"
                    + "|\\b(?:is|are|was|were)\\s+(?:endorsed|signed|supported|co-signed)\\s+by\\s*:?\\s*"
                    + "(\\S[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]+)*)");
    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?i)\\bon\\s+behalf\\s+of\\s+(?!\\d)(?!the\\s+following)(?!a\\s)(?!an\\s)(?!its\\s)(?!our\\s)"
                    + "((?:[^.\\n]|\\.(?=\\S)|\\n(?!\\s*\\n))+?)\\s*(?:\\.\\s|\\.$|\\n\\s*\\n)");
    private static final Pattern END_OF_BLOCK = Pattern.compile(
            "(?i)^(?:annex\\b.*|appendix\\b.*|notes?\\s*:?|footnotes?\\s*:?|endnotes?\\s*:?|\\[\\d+].*|synthetic sample.*"
                    + "|cc\\s*:.*|\\*{3}|-{3,}|_{3,}|full pdf version.*|related content.*)$");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?\\d{1,3}[.)]|[•·▪◦*\\-–—])\\s+");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i),\\s+(?:within\\s+the\\s+framework|as\\s+part\\s+of|part\\s+of|member\\s+of|in\\s+partnership\\s+with"
                    + "|on\\s+behalf\\s+of|a\\s+member\\s+of)\\b.*$");
    private static final Set<String> PLACES = Set.of(
            "international",
            "global",
            "regional",
            "worldwide",
            "hong kong",
            "macau",
            "taiwan",
            "kosovo",
            "tibet",
            "western sahara",
            "africa",
            "asia",
            "europe",
            "americas",
            "latin america",
            "middle east",
            "north africa",
            "pacific",
            "caribbean",
            "geneva",
            "brussels",
            "new york",
            "london",
            "paris",
            "usa",
            "us",
            "uk",
            "asia pacific",
            "mena",
            "kurdistan",
            "somaliland",
            "west africa",
            "east africa",
            "southern africa");
    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "and", "the", "in", "on", "de", "des", "la", "le", "les", "pour", "y", "del", "et", "du", "to",
            "against", "by", "with", "a", "an", "por", "los", "las", "el", "di", "e", "da", "do", "dos", "das", "at",
            "from", "au", "en", "und", "fur", "für");
    /** Words that end many organisation names; a capitalised word after one starts the next name. */
    private static final Set<String> NAME_ENDINGS = Set.of(
            "international",
            "watch",
            "network",
            "organization",
            "organisation",
            "foundation",
            "centre",
            "center",
            "group",
            "association",
            "coalition",
            "initiative",
            "alliance",
            "institute",
            "society",
            "forum",
            "committee",
            "campaign",
            "trust",
            "federation",
            "union",
            "movement",
            "league",
            "defenders",
            "project",
            "secretariat",
            "partnership",
            "service",
            "office",
            "commission",
            "council",
            "agency",
            "collective",
            "platform");

    private final OrganisationNames organisations;
    private final StateNames states;
    private final List<KnownName> knownNames;

    private record KnownName(List<String> words, String canonical) {}

    public SignatoryParser(OrganisationNames organisations, StateNames states) {
        this.organisations = organisations;
        this.states = states;
        List<KnownName> known = new ArrayList<>();
        for (Map.Entry<String, String> e : organisations.printedNames().entrySet()) {
            List<String> words = words(e.getKey());
            boolean distinctive = words.size() >= 2
                    || e.getKey().length() >= 4 && e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT));
            if (distinctive) {
                known.add(new KnownName(words, e.getValue()));
            }
        }
        known.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        this.knownNames = List.copyOf(known);
    }

    /** The canonical names of the signatories, in order of appearance, without repeats. */
    public List<String> signatories(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        List<String> names = fromBlock(lines);
        if (names.isEmpty()) {
            names = fromInlineList(text);
        }
        if (names.isEmpty()) {
            names = fromOnBehalfOf(text);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            out.add(organisations.canonical(n));
        }
        return new ArrayList<>(out);
    }

    private List<String> fromBlock(List<String> lines) {
        int start = -1;
        for (int i = lines.size() - 1; i >= 0 && start < 0; i--) {
            if (HEADING.matcher(lines.get(i)).matches() && listFollows(lines, i + 1)) {
                start = i + 1;
            }
        }
        for (int i = lines.size() - 1; i >= 0 && start < 0; i--) {
            if (CLOSING.matcher(lines.get(i)).matches() && listFollows(lines, i + 1)) {
                start = i + 1;
            }
        }
        if (start < 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty() || RunningLines.isFurniture(l)) {
                continue;
            }
            if (END_OF_BLOCK.matcher(l).matches() || isProse(l)) {
                break;
            }
            names.addAll(itemsOf(l));
        }
        return names;
    }

    /** True when the lines after {@code from} start with something that reads like a name, not a paragraph. */
    private boolean listFollows(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                continue;
            }
            return !isProse(l)
                    && !END_OF_BLOCK.matcher(l).matches()
                    && !itemsOf(l).isEmpty();
        }
        return false;
    }

    private List<String> fromInlineList(String text) {
        Matcher m = INLINE.matcher(text);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            String list = m.group(1) != null ? m.group(1) : m.group(2);
            names.addAll(splitList(list.replaceAll("\\s+", " ").replaceAll("\\.\\s*$", "")));
        }
        return names.stream().map(this::tidy).filter(this::looksLikeName).toList();
    }

    private List<String> fromOnBehalfOf(String text) {
        Matcher m = ON_BEHALF.matcher(text.substring(0, Math.min(text.length(), 3_000)));
        if (!m.find()) {
            return List.of();
        }
        List<String> parts = splitList(m.group(1).replaceAll("\\s+", " ")).stream()
                .map(this::tidy)
                .map(p -> p.replaceFirst("^(?i)the\\s+", ""))
                .toList();
        if (parts.size() < 2 || !parts.stream().allMatch(this::looksLikeName)) {
            return List.of();
        }
        return parts;
    }

    /**
     * "A, B and C" or "A; B; C" into its names. Only the last item is split on "and", and not where the split
     * would cut a known name ("Unrepresented Nations and Peoples Organization").
     */
    private List<String> splitList(String list) {
        String sep = list.contains(";") ? "\\s*;\\s*" : "\\s*,\\s*";
        List<String> parts = new ArrayList<>(List.of(list.split(sep)));
        parts.replaceAll(p -> p.strip().replaceFirst("^and\\s+", ""));
        if (!parts.isEmpty()) {
            String last = parts.removeLast();
            if (organisations.find(tidy(last)).isPresent()) {
                parts.add(last);
            } else {
                Matcher and = Pattern.compile("\\s+and\\s+(?=\\p{Lu})").matcher(last);
                int cut = -1;
                int cutEnd = -1;
                while (and.find()) {
                    boolean known = organisations
                                    .find(tidy(last.substring(0, and.start())))
                                    .isPresent()
                            || organisations
                                    .find(tidy(last.substring(and.end())))
                                    .isPresent();
                    if (cut < 0 || known) {
                        cut = and.start();
                        cutEnd = and.end();
                        if (known) {
                            break;
                        }
                    }
                }
                if (cut > 0) {
                    parts.add(last.substring(0, cut));
                    parts.add(last.substring(cutEnd));
                } else {
                    parts.add(last);
                }
            }
        }
        return parts;
    }

    /** The names a line of a signatory block holds: one, several separated by semicolons, or several run together. */
    private List<String> itemsOf(String line) {
        String l = NUMBERING.matcher(line).replaceFirst("").strip();
        if (l.isEmpty()) {
            return List.of();
        }
        List<String> parts = l.contains(";") ? List.of(l.split("\\s*;\\s*")) : List.of(l);
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p.length() > 90 && !p.contains(",")) {
                out.addAll(splitRunTogether(p));
            } else {
                out.add(p);
            }
        }
        return out.stream().map(this::tidy).filter(this::looksLikeName).toList();
    }

    /** Drops a trailing country or "International", a qualifying clause, and stray punctuation. */
    private String tidy(String name) {
        String n = QUALIFIER.matcher(name.strip()).replaceFirst("");
        n = n.replaceAll("^[\"“”'‘’]+|[\"“”'‘’.,;:]+$", "").strip();
        for (int guard = 0; guard < 2; guard++) {
            Matcher m = Pattern.compile("^(.+?)\\s*(?:,|\\s[-–—]\\s|\\()\\s*([^,()–—]+?)\\)?$")
                    .matcher(n);
            if (m.matches() && isPlace(m.group(2)) && organisations.find(n).isEmpty()) {
                n = m.group(1).strip();
            } else {
                break;
            }
        }
        return n;
    }

    private boolean isPlace(String s) {
        String k = NameKey.of(s);
        return PLACES.contains(k) || states.find(s).isPresent();
    }

    private boolean looksLikeName(String s) {
        if (s.length() < 2 || s.length() > 160 || !Character.isLetterOrDigit(s.codePointAt(0))) {
            return false;
        }
        if (Character.isLowerCase(s.codePointAt(0)) && organisations.find(s).isEmpty()) {
            return false;
        }
        if (s.matches("(?i).*(https?://|www\\.|@|\\+\\s?\\d{2}).*")) {
            return false;
        }
        return !isProse(s);
    }

    /** A sentence rather than a name: many lower-case words that are not connectors, or a full stop mid-line. */
    private static boolean isProse(String line) {
        List<String> ws = List.of(line.split("\\s+"));
        if (ws.size() < 8) {
            return false; // "FIDH - Fédération internationale des ligues des droits de l'homme" is a name
        }
        long lower = ws.stream()
                .filter(w -> !w.isEmpty()
                        && Character.isLowerCase(w.codePointAt(0))
                        && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)))
                .count();
        return lower >= 4 && lower * 2 > ws.size() || line.matches(".*[a-z]{3,}\\.\\s+[A-Z][a-z]+\\s+[a-z].*");
    }

    /**
     * Splits "Amnesty International Arseh Sevom Article 18 ARTICLE 19 ..." into names: known names of the alias
     * table first (longest first), then, in what is left, after a closing parenthesis, before a capitalised "The",
     * and after a word that ends organisation names ("... Watch", "... Network") when a capitalised word follows.
     */
    List<String> splitRunTogether(String line) {
        // punctuation standing alone ("–", "|") separates nothing a name needs
        List<String> tokens = java.util.Arrays.stream(line.strip().split("\\s+"))
                .filter(t -> !NameKey.of(t).isEmpty())
                .toList();
        List<String> keys = tokens.stream().map(NameKey::of).toList();
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = matchKnown(keys, i);
            if (matched > 0) {
                int begin = i;
                if (!pending.isEmpty() && pending.getLast().equals("The")) {
                    pending.removeLast(); // "The Advocates for Human Rights": the article belongs to the name
                    begin = -1;
                }
                out.addAll(splitUnknown(pending));
                pending.clear();
                int end = i + matched;
                // a known name may be followed by its acronym in parentheses
                if (end < tokens.size() && tokens.get(end).matches("\\(.*\\)")) {
                    end++;
                }
                out.add((begin < 0 ? "The " : "") + String.join(" ", tokens.subList(i, end)));
                i = end;
            } else {
                pending.add(tokens.get(i));
                i++;
            }
        }
        out.addAll(splitUnknown(pending));
        return out;
    }

    private int matchKnown(List<String> keys, int at) {
        for (KnownName k : knownNames) {
            int n = k.words().size();
            if (at + n <= keys.size() && keys.subList(at, at + n).equals(k.words())) {
                // "International Commission of Jurists" must not stop at a shorter known prefix: longest first
                return n;
            }
        }
        return 0;
    }

    private static List<String> splitUnknown(List<String> tokens) {
        List<String> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!current.isEmpty() && t.equals("The")) {
                out.add(String.join(" ", current));
                current.clear();
            }
            current.add(t);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            boolean closes = t.endsWith(")") && t.contains("(")
                    || t.endsWith(")") && current.stream().anyMatch(w -> w.startsWith("("));
            String bare = t.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            boolean endsName = NAME_ENDINGS.contains(bare)
                    && !next.isEmpty()
                    && Character.isUpperCase(next.codePointAt(0))
                    && !next.startsWith("(")
                    && !NAME_ENDINGS.contains(next.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT))
                    && !CONNECTORS.contains(next.toLowerCase(Locale.ROOT));
            if (closes || endsName) {
                out.add(String.join(" ", current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            out.add(String.join(" ", current));
        }
        return out;
    }

    private static List<String> words(String name) {
        String k = NameKey.of(name);
        return k.isEmpty() ? List.of() : List.of(k.split(" "));
    }
}
