package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.vocab.NameKey;
import org.hrcsearch.corpus.vocab.OrganisationNames;

/**
 * Splits organisation names printed one after another without separators ("Action 10 – Chad Amnesty International
 * Centre for Law and Rights (CLR) – Malawi Human Rights Watch ...") into names, weighing the evidence a reader
 * weighs: the names of the alias table, words that end names ("Network", "Watch", "Foundation") or begin them
 * ("Association for", "Fundación para"), a closing parenthesis, a country after a dash, a capital letter, and, when
 * the names are in alphabetical order, where the order allows a name to start. Among all ways to cut the words into
 * names, the one with the most evidence wins (dynamic programming over the cut points). Pure.
 */
final class RunTogetherNames {

    static final Set<String> CONNECTORS = Set.of(
            "of", "for", "and", "the", "in", "on", "de", "des", "la", "le", "les", "pour", "y", "del", "et", "du", "to",
            "against", "by", "with", "a", "an", "por", "para", "los", "las", "el", "di", "e", "da", "do", "dos", "das",
            "at", "from", "au", "aux", "en", "und", "fur", "für", "sur", "contre", "contra", "sin", "sans");
    /** Words that end most names that have them. */
    private static final Set<String> STRONG_ENDINGS = Set.of(
            "international",
            "internacional",
            "internationale",
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
            "project",
            "secretariat",
            "partnership",
            "service",
            "services",
            "office",
            "commission",
            "council",
            "agency",
            "collective",
            "platform",
            "fund",
            "bureau",
            "observatory",
            "monitor",
            "clinic",
            "lab",
            "hub",
            "consortium",
            "agenda",
            "defenders");
    /** Words that often, not always, end a name. */
    private static final Set<String> WEAK_ENDINGS = Set.of(
            "rights",
            "justice",
            "development",
            "democracy",
            "peace",
            "freedom",
            "freedoms",
            "women",
            "children",
            "youth",
            "humanos",
            "humains",
            "homme",
            "liberties",
            "law",
            "media",
            "action",
            "now",
            "solidarity",
            "equality",
            "dignity",
            "education",
            "health",
            "voice",
            "voices",
            "citizens",
            "people",
            "peoples",
            "lawyers",
            "journalists",
            "advocacy",
            "research",
            "studies",
            "documentation",
            "accountability",
            "press",
            "community",
            "communities",
            "jurists",
            "house");
    /**
     * Words that end names but do not begin them unless a small word follows ("Centre for"): a name does not start
     * "Network Women's" or "Rights Defenders"; after a name that ends in one of them, the next name has begun.
     */
    private static final Set<String> NOT_FIRST = Set.of(
            "rights",
            "studies",
            "liberties",
            "humanos",
            "humains",
            "homme",
            "jurists",
            "organizations",
            "organisations",
            "community",
            "communities",
            "watch",
            "network",
            "organization",
            "organisation",
            "initiative",
            "society",
            "federation",
            "service",
            "services",
            "bureau",
            "defenders",
            "secretariat",
            "partnership",
            "agenda",
            "consortium",
            "monitor",
            "trust",
            "union",
            "fund",
            "platform",
            "office");
    /** Adjectives that a name never ends on: "... Southern Africa Human" is cut inside "Human Rights". */
    private static final Set<String> NEVER_LAST = Set.of(
            "human",
            "civil",
            "social",
            "cultural",
            "political",
            "legal",
            "economic",
            "southern",
            "northern",
            "eastern",
            "western",
            "central",
            "global",
            "humanitarian",
            "democratic",
            "independent");
    /** Adjectives that begin the name of a body more often than they end one: "International Federation for". */
    private static final Set<String> LEADING_ADJECTIVES =
            Set.of("international", "internacional", "internationale", "global", "european", "national", "regional");
    /** Acronyms of a kind of body, which begin names ("NGO Working Group") and neither end one nor are one alone. */
    private static final Set<String> GENERIC_ACRONYMS = Set.of("ngo", "ngos", "ingo", "cso", "csos", "ong", "ongs");
    /** Small words that never begin a name: a name does not start "Against Torture" or "For Human Rights". */
    private static final Set<String> NEVER_FIRST =
            Set.of("against", "for", "of", "and", "by", "with", "to", "from", "on", "in", "at", "pour", "contre", "et");
    /** Words that begin a name when a small word follows: "Association for", "Fundación para", "Centre de". */
    private static final Set<String> TYPE_WORDS = Set.of(
            "association",
            "asociación",
            "asociacion",
            "associação",
            "centre",
            "center",
            "centro",
            "foundation",
            "fondation",
            "fundación",
            "fundacion",
            "fundação",
            "institute",
            "institut",
            "instituto",
            "league",
            "ligue",
            "liga",
            "coalition",
            "coalición",
            "committee",
            "comité",
            "comision",
            "comisión",
            "commission",
            "council",
            "conseil",
            "consejo",
            "network",
            "réseau",
            "red",
            "rede",
            "observatoire",
            "observatorio",
            "movement",
            "mouvement",
            "movimiento",
            "collectif",
            "colectivo",
            "organisation",
            "organization",
            "organización",
            "union",
            "federation",
            "fédération",
            "federación",
            "alliance",
            "alianza",
            "group",
            "groupe",
            "grupo",
            "society",
            "société",
            "sociedad",
            "campaign",
            "forum",
            "foro");

    /** The kinds of body a name says it is; a name says so once, so two of them in one run mean two names. */
    private static final Set<String> KINDS = Set.of(
            "association",
            "foundation",
            "centre",
            "center",
            "institute",
            "coalition",
            "alliance",
            "forum",
            "committee",
            "league",
            "federation",
            "network",
            "organisation",
            "organization",
            "commission",
            "council",
            "fund",
            "bureau",
            "observatory",
            "fondation",
            "fundación",
            "asociación",
            "instituto",
            "centro",
            "ligue",
            "liga");

    private static final Pattern QUALIFYING =
            Pattern.compile("(?i)(?:within\\s+the\\s+framework\\s+of|as\\s+part\\s+of|part\\s+of|(?:a\\s+)?member\\s+of"
                    + "|in\\s+partnership\\s+with)\\s");
    private static final int MAX_WORDS = 26;
    private static final double ORDER_BONUS = 2.5;
    private static final double END_THEN_CAPITAL = 2;
    private static final double LINE_BREAK = 0.5;
    private static final double IN_WINDOW = 3.5;
    private static final double NO_NAME = Double.NEGATIVE_INFINITY;

    private final OrganisationNames organisations;
    private final SignatoryNames names;

    RunTogetherNames(OrganisationNames organisations, SignatoryNames names) {
        this.organisations = organisations;
        this.names = names;
    }

    /** The names printed one after another in {@code text}, in order. */
    List<String> split(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        double[][] score = new double[tokens.size()][MAX_WORDS + 1];
        for (int i = 0; i < tokens.size(); i++) {
            for (int len = 1; len <= MAX_WORDS; len++) {
                score[i][len] = i + len <= tokens.size() ? score(tokens.subList(i, i + len)) : NO_NAME;
            }
        }
        List<Integer> cuts = best(tokens, score, false);
        if (cuts.size() >= 6 && inOrder(tokens, cuts) >= 0.8) {
            // an alphabetical list: a name can only start with a letter at or after the one before it
            cuts = best(tokens, score, true);
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c + 1 < cuts.size(); c++) {
            out.add(String.join(" ", tokens.subList(cuts.get(c), cuts.get(c + 1))));
        }
        return out;
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(t ->
                        !t.isEmpty() && (t.matches("[-–—]+") || !NameKey.of(t).isEmpty() || t.matches("[()]+")))
                .toList();
    }

    /**
     * True when {@code first} then {@code second}, printed on two lines, read better as two names than as one
     * wrapped name: "EACH European Association for Children in Hospital" / "DefendDefenders (East and Horn of
     * Africa ...)", but not "Coalition for the Establishment of a War and Economic Crimes" / "Court in Liberia". Only
     * lines that each read as one name are compared. A country after a comma or a dash at the end of either is left out of the comparison.
     */
    boolean readAsTwo(String first, String second) {
        List<String> a = tokens(withoutCountry(first));
        List<String> b = tokens(withoutCountry(second));
        if (a.isEmpty()
                || b.isEmpty()
                || split(first).size() > 1
                || split(second).size() > 1) {
            return false; // lines of names run together are cut where the names end, not where the lines do
        }
        double sa = score(a);
        double sb = score(b);
        if (sa == NO_NAME || sb == NO_NAME) {
            return false;
        }
        List<String> ab = new ArrayList<>(a);
        ab.addAll(b);
        double joined = ab.size() <= MAX_WORDS ? score(ab) : NO_NAME;
        // in a list printed one name per line, most line breaks end a name: the break itself counts for the cut, when
        // the line after it shows a mark of a name ("Franciscans International", "DefendDefenders (...)"), not for
        // the end of a name that only runs on ("... Victims of Enforced" / "Disappearance in Port Amara")
        double lineBreak = showsAMarkOfAName(b) ? LINE_BREAK : 0;
        return sa + sb + cut(a.getLast(), b.getFirst(), a.size() > 1) + lineBreak > joined;
    }

    /** A word that names a kind of body or ends names, or a parenthesis: what a name of its own shows. */
    private static boolean showsAMarkOfAName(List<String> words) {
        for (String w : words) {
            String b = bare(w);
            if (w.contains("(") || KINDS.contains(b) || TYPE_WORDS.contains(b) || STRONG_ENDINGS.contains(b)) {
                return true;
            }
        }
        return false;
    }

    private String withoutCountry(String entry) {
        int cut = Math.max(entry.lastIndexOf(", "), Math.max(entry.lastIndexOf(" – "), entry.lastIndexOf(" - ")));
        return cut > 0 && names.isPlace(entry.substring(cut + 2).strip()) ? entry.substring(0, cut) : entry;
    }

    /** The cut points (0, ..., n) of the best segmentation; the whole text as one name if nothing fits. */
    private List<Integer> best(List<String> tokens, double[][] score, boolean alphabetical) {
        int n = tokens.size();
        // total[j][len]: best score of the first j tokens when the last name has len words
        double[][] total = new double[n + 1][MAX_WORDS + 1];
        for (double[] row : total) {
            Arrays.fill(row, NO_NAME);
        }
        int[][] previousLen = new int[n + 1][MAX_WORDS + 1];
        for (int j = 0; j < n; j++) {
            for (int lastLen = 0; lastLen <= MAX_WORDS; lastLen++) {
                double sofar = j == 0 ? (lastLen == 0 ? 0 : NO_NAME) : total[j][lastLen];
                if (sofar == NO_NAME || j > 0 && lastLen == 0) {
                    continue;
                }
                for (int len = 1; len <= MAX_WORDS && j + len <= n; len++) {
                    double s = score[j][len];
                    if (s == NO_NAME) {
                        continue;
                    }
                    double order = alphabetical && j > 0
                            ? order(tokens.subList(j - lastLen, j), tokens.subList(j, j + len))
                            : 0;
                    double t = sofar + s + order + (j > 0 ? cut(tokens.get(j - 1), tokens.get(j), lastLen > 1) : 0);
                    if (t > total[j + len][len]) {
                        total[j + len][len] = t;
                        previousLen[j + len][len] = lastLen;
                    }
                }
            }
        }
        int bestLen = -1;
        for (int len = 1; len <= MAX_WORDS; len++) {
            if (total[n][len] != NO_NAME && (bestLen < 0 || total[n][len] > total[n][bestLen])) {
                bestLen = len;
            }
        }
        if (bestLen < 0) {
            return List.of(0, n);
        }
        List<Integer> cuts = new ArrayList<>();
        int j = n;
        int len = bestLen;
        cuts.add(n);
        while (j > 0) {
            int prev = previousLen[j][len];
            j -= len;
            cuts.addFirst(j);
            len = prev;
        }
        return cuts;
    }

    /**
     * What the words on either side of a cut say of it: "... International" then "Federation for Human Rights"
     * reads as one "International Federation"; a word followed by a comma continues its name; a capital after a word
     * that ends names (a closing parenthesis, "Watch", an acronym that closes words before it) begins the next one.
     * {@code beforeClosesWords}: the name before the cut has more words than {@code before}.
     */
    private static double cut(String before, String after, boolean beforeClosesWords) {
        if (before.endsWith(",")) {
            return -4;
        }
        String b = bare(before);
        String a = bare(after);
        if (LEADING_ADJECTIVES.contains(b)
                && !LEADING_ADJECTIVES.contains(a)
                && (KINDS.contains(a) || TYPE_WORDS.contains(a) || NOT_FIRST.contains(a))) {
            return -2;
        }
        if (!after.isEmpty()
                && Character.isUpperCase(after.codePointAt(0))
                && !after.startsWith("(")
                && (before.endsWith(")")
                        || STRONG_ENDINGS.contains(b)
                        || beforeClosesWords && isAcronym(before) && !isAcronym(after))) {
            // "... Rights Watch" / "In a loud voice", "... Libre D19" / "Human Rights Watch", "English PEN" / "Fair
            // Square": a capital after a word that ends names begins the next name
            return END_THEN_CAPITAL;
        }
        return 0;
    }

    private static String bare(String word) {
        return word.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    private static double inOrder(List<String> tokens, List<Integer> cuts) {
        int pairs = 0;
        int ordered = 0;
        for (int c = 0; c + 2 < cuts.size(); c++) {
            pairs++;
            if (initial(tokens.subList(cuts.get(c), cuts.get(c + 1)))
                    <= initial(tokens.subList(cuts.get(c + 1), cuts.get(c + 2)))) {
                ordered++;
            }
        }
        return pairs == 0 ? 0 : (double) ordered / pairs;
    }

    /**
     * What the alphabetical order of a list says of a cut between two names: a name filed under an earlier letter
     * than the one before it cannot follow it (-5); one that sorts after it is where a new name likely starts
     * ("English PEN" / "Fair Square" / "Femena"), since a word inside a name sorts after the name's start only about
     * half the time.
     */
    private static double order(List<String> previous, List<String> next) {
        char a = initial(previous);
        char b = initial(next);
        if (a > b) {
            return -5;
        }
        double inWindow = inWindow(previous, next, b - a);
        if (previous.size() == 1 && spellsOrBegins(previous.getFirst(), next)) {
            return 0; // "EACH" / "European Association for Children in Hospital": an acronym and its name
        }
        return inWindow
                + (NameKey.of(String.join(" ", previous)).compareTo(NameKey.of(String.join(" ", next))) < 0
                        ? ORDER_BONUS
                        : 0);
    }

    /**
     * What the words inside a name say of it in an alphabetical list, when the next name starts under the same
     * letter or the next one: a capitalised word inside it that would sort between the name and the next one is
     * likelier a name of its own ("Fair Square Femena" / "Freedom House": "Femena" files between them), since the
     * few names between two neighbours of a sorted list leave little room for a word to fall there by chance.
     * {@code gap}: how many letters the two names' initials lie apart.
     */
    private static double inWindow(List<String> previous, List<String> next, int gap) {
        if (gap > 1 || previous.size() < 2) {
            return 0;
        }
        String from = NameKey.of(String.join(" ", previous));
        String to = NameKey.of(String.join(" ", next));
        int found = 0;
        int depth = 0;
        for (int i = 0; i < previous.size(); i++) {
            String w = previous.get(i);
            boolean candidate = i > 0
                    && depth == 0
                    && !(i == 1 && spellsOrBegins(previous.getFirst(), previous.subList(1, previous.size())))
                    && Character.isUpperCase(w.codePointAt(0))
                    && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))
                    && !NOT_FIRST.contains(bare(w));
            depth += (int) (w.chars().filter(c -> c == '(').count()
                    - w.chars().filter(c -> c == ')').count());
            if (candidate) {
                String k = NameKey.of(String.join(" ", previous.subList(i, previous.size())));
                if (k.compareTo(from) > 0 && k.compareTo(to) < 0) {
                    found++;
                }
            }
        }
        return -Math.min(found, 2) * (gap == 0 ? IN_WINDOW : IN_WINDOW / 2);
    }

    /** The letter a name is filed under: "The Rights Practice" under R, "6Rang" before A. */
    private static char initial(List<String> words) {
        String k = NameKey.of(String.join(" ", words));
        return k.isEmpty() ? ' ' : k.charAt(0);
    }

    /** How much the words read as one whole name; {@link #NO_NAME} when they cannot be one. */
    private double score(List<String> words) {
        int clause = qualifyingClause(words);
        if (clause > 0) {
            // "FIDH (...), within the framework of the Observatory for the Protection of Human Rights Defenders":
            // the name is what precedes the clause, which ends where the body it names ends
            List<String> name = new ArrayList<>(words.subList(0, clause));
            name.set(clause - 1, name.getLast().replaceAll(",$", ""));
            String bareLast = words.getLast().replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            double ends = STRONG_ENDINGS.contains(bareLast) || words.getLast().endsWith(")") ? 0.5 : -3;
            return clause + 1 < words.size() ? score(name) + ends : NO_NAME;
        }
        int dash = countryAfterDash(words);
        if (dash > 0) {
            // "Human Rights in China (HRIC) – United States of America": a name, then its country, which ends it
            double name = score(words.subList(0, dash));
            return name == NO_NAME ? NO_NAME : name + 3;
        }
        String first = words.getFirst().replaceFirst("^[\"“‘']", "");
        String last = words.getLast();
        if (first.isEmpty()
                || !(Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0)))
                || last.matches("[-–—]+")
                || CONNECTORS.contains(last.toLowerCase(Locale.ROOT))) {
            return NO_NAME;
        }
        String text = String.join(" ", words);
        long open = text.chars().filter(c -> c == '(').count();
        long close = text.chars().filter(c -> c == ')').count();
        if (open != close || text.startsWith("(")) {
            return NO_NAME;
        }
        if (names.isPlace(text)) {
            return NO_NAME; // a country alone is never a name
        }
        double s = -2.5;
        String bareLast = last.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        var known = organisations
                .findWhole(text)
                .or(() -> organisations.findWhole(text.replaceFirst("\\s*\\([^()]*\\)$", "")));
        if (known.isPresent()) {
            s += words.size() > 1 || isAcronym(first) ? 6 : 3;
        }
        if (last.endsWith(")") && open > 0) {
            s += 3 + acronymFit(words);
        } else if (words.size() >= 2 && isHyphenedAcronym(last)) {
            s += 3; // "... Durable au Burundi-AIDB": the acronym joined by a hyphen closes the name, as "(AIDB)" would
        } else if (STRONG_ENDINGS.contains(bareLast)) {
            s += 3;
        } else if (words.size() >= 3 && words.get(words.size() - 2).matches("[-–—]+") && names.isPlace(last)) {
            s += 3;
        } else if (WEAK_ENDINGS.contains(bareLast)) {
            s += 1.5;
        } else if (words.size() >= 2 && names.isPlace(last) || isAcronym(last)) {
            s += 1;
        } else if (words.size() >= 2 && last.matches("\\d{1,4}") && Character.isUpperCase(first.codePointAt(0))) {
            s += 1.5; // "ARTICLE 19", "Action 10": a number closes a name
        } else if (bareLast.matches(".{3,}(?:tion|sion)") && Character.isUpperCase(last.codePointAt(0))) {
            s += 1; // "Participation", "Information": nouns that end names
        }
        s += inside(words);
        if (words.size() >= 2
                && TYPE_WORDS.contains(first.toLowerCase(Locale.ROOT))
                && CONNECTORS.contains(words.get(1).toLowerCase(Locale.ROOT))) {
            s += 0.5;
        }
        if (words.size() == 1 && GENERIC_ACRONYMS.contains(bare(first))) {
            return NO_NAME; // "NGO Working Group on ...": what kind of body a name is, never a name alone
        }
        if (words.size() == 1
                && known.isEmpty()
                && !isAcronym(first)
                && !first.matches(".*\\d.*")
                && !first.matches("\\p{Lu}\\p{Ll}+\\p{Lu}.*")) {
            s -= 3;
        }
        if (known.isEmpty()) {
            long kinds = words.stream()
                    .filter(w -> KINDS.contains(w.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT)))
                    .count();
            s -= 3 * Math.max(0, kinds - 1);
        }
        long content = words.stream()
                .filter(w -> !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && !w.matches("[-–—]+"))
                .count();
        if (content > 5) {
            s -= 0.75 * (content - 5);
        }
        return s;
    }

    /**
     * What the words inside a name say against its being one: a small word that never begins a name first
     * ("Against Torture"), a parenthesis closed before the end ("(FIDH) International"), a word in capitals after
     * the first ("UPR Info VIDES International": capitals begin names), a word that begins a name after capitals
     * ("IFOR Institute for ..."), a word twice in a row, a name that is only a word that ends names ("Network
     * (SouthernDefenders)").
     */
    private static double inside(List<String> words) {
        double s = 0;
        if (NEVER_FIRST.contains(words.getFirst().toLowerCase(Locale.ROOT))) {
            // "against torture" never begins a name; a capital "In" or "For" may ("In a loud voice")
            s -= Character.isUpperCase(words.getFirst().codePointAt(0)) ? 2 : 4;
        }
        String first = bare(words.getFirst());
        boolean smallWordNext =
                words.size() > 1 && CONNECTORS.contains(words.get(1).toLowerCase(Locale.ROOT));
        if (NOT_FIRST.contains(first) && !(smallWordNext && TYPE_WORDS.contains(first))) {
            s -= 2;
        }
        if ((NEVER_LAST.contains(bare(words.getLast()))
                        || isDemonym(words.getLast())
                        || GENERIC_ACRONYMS.contains(bare(words.getLast())))
                && !words.getLast().endsWith(")")) {
            s -= 3;
        }
        if (words.getLast().endsWith(",")) {
            s -= 4; // a comma inside names run together continues the name: "Lesbian, Gay, Bisexual, Trans ..."
        }
        s += leadingAcronym(words);
        s += repeatedWord(words);
        int depth = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean inParentheses = depth > 0 || w.startsWith("(");
            boolean capitalAfter = i + 1 < words.size()
                    && Character.isUpperCase(words.get(i + 1).codePointAt(0));
            depth += (int) (w.chars().filter(c -> c == '(').count()
                    - w.chars().filter(c -> c == ')').count());
            if (i + 1 < words.size() && (w.endsWith(")") && depth == 0 || i > 0 && isHyphenedAcronym(w))) {
                s -= 3;
            }
            if (i > 0 && w.equalsIgnoreCase(words.get(i - 1)) && w.matches(".*\\p{L}.*")) {
                s -= 4; // "FIAN International International Federation ...": a name says a word once in a row
            }
            if (i > 0
                    && !inParentheses
                    && isAcronym(w)
                    && w.replaceAll("[^\\p{L}]", "").length() >= 3
                    && !w.matches(".*\\d.*")) {
                s -= 1.5;
            }
            if (i > 0 && capitalAfter && w.matches("\\d{1,4}")) {
                s -= 1.5; // "ARTICLE 19 Asian Legal Resource Centre": a number closes a name
            }
            if (i > 0
                    && i + 1 < words.size()
                    && TYPE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    && CONNECTORS.contains(words.get(i + 1).toLowerCase(Locale.ROOT))) {
                String before = words.get(i - 1);
                if (isAcronym(before)) {
                    s -= 1.5;
                }
            }
        }
        int open = words.size() > 1 && words.getLast().endsWith(")") ? openingOfLast(words) : -1;
        if (open == 1) {
            String bare = words.getFirst().replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (STRONG_ENDINGS.contains(bare) || WEAK_ENDINGS.contains(bare) || KINDS.contains(bare)) {
                s -= 3;
            }
        }
        return s;
    }

    /**
     * What an acronym that begins a name says: "PEN America", "AFD International", "MENA Rights Group" begin with
     * one (+1); but an acronym before a long name of other initials is a name of its own ("CODAP" / "Colombian
     * Commission of Jurists"), unless it spells them ("EACH European Association for Children in Hospital") or is
     * made of their first syllables ("DIVERLEX Diversidad ...").
     */
    private static double leadingAcronym(List<String> words) {
        String first = words.getFirst();
        if (words.size() < 2 || !isAcronym(first) || first.endsWith(":") || first.matches(".*\\d.*")) {
            return 0;
        }
        if (GENERIC_ACRONYMS.contains(bare(first))) {
            return 1; // "NGO Forum on ...": the kind of body, which begins its name
        }
        List<String> rest = words.subList(1, words.size()).stream()
                .filter(w -> !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && !w.matches("[-–—]+"))
                .toList();
        String second = words.get(1);
        if (rest.size() < 3 || !Character.isUpperCase(second.codePointAt(0)) || second.startsWith("(")) {
            return 1;
        }
        return spellsOrBegins(first, words.subList(1, words.size())) ? 1 : -1.5;
    }

    /**
     * True when an acronym spells the initials of the words that follow it ("EACH" / "European Association for
     * Children in Hospital") or is made of their first syllables ("DIVERLEX" / "Diversidad ..."), not only of the
     * first letter ("IFOR" / "Institute for ...", "CODAP" / "Colombian Commission ..." are two names).
     */
    private static boolean spellsOrBegins(String acronymWord, List<String> following) {
        if (!isAcronym(acronymWord) || following.isEmpty()) {
            return false;
        }
        List<String> rest = following.stream()
                .filter(w -> !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && !w.matches("[-–—]+"))
                .toList();
        String acronym = bare(acronymWord);
        if (rest.isEmpty() || acronym.isEmpty()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        rest.forEach(w -> initials.append(bare(w).isEmpty() ? "" : bare(w).substring(0, 1)));
        boolean spells = initials.length() >= 2
                && (initials.toString().startsWith(acronym) || acronym.startsWith(initials.toString()));
        String secondBare = bare(rest.getFirst());
        boolean syllables =
                acronym.length() >= 4 && secondBare.length() >= 3 && acronym.startsWith(secondBare.substring(0, 3));
        return spells || syllables;
    }

    /**
     * A word for a people or a country's adjective ("Colombian", "Venezuelan", "Lebanese"), which begins a name
     * ("Colombian Commission of Jurists") and does not end one: "CODAP Colombian" is cut before it.
     */
    private static boolean isDemonym(String word) {
        return word.matches("\\p{Lu}\\p{Ll}{2,}(?:ian|ean|ese|ican)");
    }

    /** "Burundi-AIDB": a word joined by a hyphen to an acronym of three capitals or more. */
    private static boolean isHyphenedAcronym(String word) {
        return word.matches("\\p{L}*\\p{Ll}\\p{L}*[-–]\\p{Lu}{3,}[.,;]?");
    }

    /**
     * A word said twice in one name, apart ("Human Rights House Sarajevo Human Rights Network"): two names, unless
     * only small words stand between ("Women for Women International").
     */
    private static double repeatedWord(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = bare(words.get(i));
            if (w.length() < 3
                    || CONNECTORS.contains(w)
                    || !Character.isUpperCase(words.get(i).codePointAt(0))) {
                continue;
            }
            for (int k = i + 2; k < words.size(); k++) {
                boolean onlySmall =
                        words.subList(i + 1, k).stream().allMatch(x -> CONNECTORS.contains(x.toLowerCase(Locale.ROOT)));
                if (w.equals(bare(words.get(k))) && !onlySmall && !words.get(k).startsWith("(")) {
                    return -1.5;
                }
            }
        }
        return 0;
    }

    /** Where the parenthesis that the last word closes opens. */
    private static int openingOfLast(List<String> words) {
        int depth = 0;
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            depth += (int) (w.chars().filter(c -> c == ')').count()
                    - w.chars().filter(c -> c == '(').count());
            if (depth <= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the dash before a country that ends the words stands ("Centre for Law and Rights (CLR) – Malawi",
     * "... – United States of America"), or -1.
     */
    private int countryAfterDash(List<String> words) {
        for (int d = words.size() - 2; d >= 1 && d >= words.size() - 8; d--) {
            if (words.get(d).matches("[-–—]+")) {
                return names.isPlace(String.join(" ", words.subList(d + 1, words.size()))) ? d : -1;
            }
        }
        return -1;
    }

    /**
     * How well a closing "(ACRONYM)" fits the words before it: +2 when it spells their initials ("Global Justice
     * Center (GJC)"), -2 when it spells the initials of fewer of them, so that the name starts later ("MADRE" /
     * "Nobel Women's Initiative (NWI)"), 0 when it is no acronym of them ("(FORUM-ASIA)").
     */
    private static double acronymFit(List<String> words) {
        String acronym = words.getLast().replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (!words.getLast().startsWith("(") || acronym.length() < 2) {
            return 0;
        }
        List<String> before = words.subList(0, words.size() - 1).stream()
                .filter(w -> !w.replaceAll("[^\\p{L}\\d]", "").isEmpty())
                .toList();
        for (boolean withSmallWords : new boolean[] {false, true}) {
            StringBuilder initials = new StringBuilder();
            for (int k = before.size() - 1; k >= 0; k--) {
                String w = before.get(k).replaceAll("[^\\p{L}\\d]", "").toLowerCase(Locale.ROOT);
                if (!withSmallWords && CONNECTORS.contains(w)) {
                    continue;
                }
                initials.insert(0, w.charAt(0));
                if (initials.toString().equals(acronym)) {
                    boolean rest = before.subList(0, k).stream()
                            .anyMatch(x -> !CONNECTORS.contains(x.toLowerCase(Locale.ROOT)));
                    return rest ? -2 : 2;
                }
            }
        }
        return 0;
    }

    /** Where ", within the framework of ...", ", member of ..." and the like start in a name's words, or -1. */
    private static int qualifyingClause(List<String> words) {
        for (int i = 1; i + 2 < words.size(); i++) {
            if (words.get(i - 1).endsWith(",")
                    && QUALIFYING
                            .matcher(String.join(" ", words.subList(i, Math.min(words.size(), i + 4))))
                            .lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    /** True when a name carries the marks of one: known to the table, a word that ends names, an acronym. */
    boolean endsLikeAName(String name) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        String bareLast = last.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return endsSurely(name)
                || WEAK_ENDINGS.contains(bareLast)
                || isAcronym(last)
                || words.length >= 3 && names.isPlace(last);
    }

    /**
     * True when a name is sure to end where it does: known to the table, closed by a parenthesis, by a word that
     * ends names or by a country after a dash.
     */
    boolean endsSurely(String name) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        String bareLast = last.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return organisations.find(name).isPresent()
                || words.length == 1
                        && isAcronym(last)
                        && last.replaceAll("[^\\p{L}]", "").length() >= 3
                || last.endsWith(")")
                || STRONG_ENDINGS.contains(bareLast)
                || countryAfterDash(List.of(words)) > 0;
    }

    private static boolean isAcronym(String word) {
        String letters = word.replaceAll("[^\\p{L}\\d]", "");
        return letters.length() >= 2
                && letters.equals(letters.toUpperCase(Locale.ROOT))
                && letters.matches(".*\\p{L}.*");
    }
}
