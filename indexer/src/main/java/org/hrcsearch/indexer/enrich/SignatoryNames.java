package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.vocab.NameKey;
import org.hrcsearch.corpus.vocab.OrganisationNames;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * Turns one entry of a signatory block, as printed, into a {@link Signatory}, or into nothing when it is not an
 * organisation's name (a closing, a salutation, a date, page furniture, a footnote, a country alone). The forms a
 * name takes are brought to one: "Action 10 – Chad" is {@code Action 10} of Chad, "FIDH (International Federation
 * for Human Rights)" and "CIVICUS" are their canonical names, and a name followed by its own translation after a
 * dash keeps the first. An acronym stands for a known organisation only when the printed full name agrees with it
 * or when it is printed alone: "Media Rights Agenda (MRA)" is not whatever else "MRA" may stand for. Pure.
 */
final class SignatoryNames {

    /** The most characters an organisation's name has; a longer entry holds several names. */
    static final int MAX_LENGTH = 160;

    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?\\d{1,3}[.)]|[•·▪◦*\\-–—])\\s+");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i),\\s+(?:within\\s+the\\s+framework|as\\s+part\\s+of|part\\s+of|member\\s+of|in\\s+partnership\\s+with"
                    + "|on\\s+behalf\\s+of|a\\s+member\\s+of)\\b.*$");
    private static final Pattern TRAILING_PLACE =
            Pattern.compile("^(.+?)\\s*(?:,|\\s[-–—]\\s|\\()\\s*([^,()–—]+?)\\)?$");
    private static final Pattern FULL_AND_PARENTHESIS = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–—]\\s");
    /** An acronym joined by a hyphen to a State, in parentheses after the name: "... (CRCD-Malawi)". */
    private static final Pattern ACRONYM_AND_PLACE =
            Pattern.compile("^(.*\\S)\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\d&]+)\\s*[-–]\\s*([^()]+?)\\s*\\)$");

    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d&.\\-]*[\\p{Lu}\\d]\\.?");
    static final Pattern CLOSING = Pattern.compile(
            "(?iu)^(?:yours\\s+)?(?:sincerely|faithfully|respectfully|truly|kind\\s+regards|best\\s+regards|regards"
                    + "|with\\s+(?:assurances\\s+of\\s+our\\s+)?(?:highest|high)\\s+(?:consideration|regards)"
                    + "|with\\s+kind\\s+regards|(?:bien\\s+)?cordialement|respectueusement|sinc[èe]rement"
                    + "|(?:muy\\s+)?atentamente|cordialmente|saludos\\s+cordiales|sinceramente|с\\s+уважением"
                    + "|مع\\s+(?:خالص\\s+)?(?:التحية|الاحترام|التقدير)|此致(?:\\s*敬礼)?|敬礼)\\s*[,.!，。]?\\s*$");
    /**
     * A person's position in a signature ("Executive Director", "Asia Director, Human Rights Watch", "Professor of
     * Law"): the position is no organisation; what follows its comma may be one.
     */
    private static final Pattern POSITION = Pattern.compile("(?iu)^(?:[\\p{L}.&'’-]+\\s+){0,4}(?:director|directora"
            + "|directeur|directrice|officer|president|présidente?|presidenta|chair|chairperson|chairman|chairwoman"
            + "|coordinator|coordinatrice|coordinador[a]?|secretary|secretary-general|minister|counsel|representative"
            + "|manager|head|founder|co-founder|ceo|professor|lecturer|researcher|dean|fellow|advisor|adviser"
            + "|spokesperson|mp)(?:\\s+(?:emerita|emeritus|general))?(?:\\s+(?:of|for|on|at|de|du|des)\\s[^,]*)?"
            + "(,\\s*(.*))?$");
    /**
     * A name printed in lower case at its start that shows it is one by what follows: an article before a capital
     * ("the Citizens’ Network ...", "la Red ...") or a lower-case word fused to a capital ("ayus:Network ...",
     * "iProbono"). A wrapped line in lower case ("rights in Syria") has neither.
     */
    static final Pattern LOWER_CASE_NAME = Pattern.compile(
            "^(?:(?:the|an?|la|le|les|el|los|las|l[’'])\\s*\\p{Lu}|\\p{Ll}[\\p{Ll}\\d]*(?::\\s?)?\\p{Lu}\\p{L}).*");
    /** A person by title: "President Gitanas Nausėda", "H.E. Ms Jane Doe", "Dr. Amina Yusuf". */
    private static final Pattern PERSON =
            Pattern.compile("^(?:President|Minister|Ambassador|Dr\\.?|Prof\\.?|Mr\\.?|Ms\\.?"
                    + "|Mrs\\.?|H\\.\\s?E\\.|His\\s+Excellency|Her\\s+Excellency|Sir|Lord|Dame|Judge|Justice\\s+\\p{Lu}\\.)"
                    + "\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*$");
    /** Verbs that make a sentence of what looks like a name: "Mary Wareham served as coordinator ...". */
    private static final Set<String> VERBS = Set.of(
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "has",
            "have",
            "had",
            "will",
            "would",
            "should",
            "must",
            "can",
            "could",
            "shall",
            "served",
            "said",
            "says",
            "called",
            "calls",
            "urge",
            "urges",
            "urged",
            "welcome",
            "welcomes",
            "ask",
            "asks",
            "asked",
            "remain",
            "remains",
            "became",
            "does",
            "did",
            "est",
            "sont",
            "es",
            "son",
            "fue");

    private static final Pattern SALUTATION = Pattern.compile(
            "(?iu)^(?:dear\\b|your\\s+excellenc|excellenc|madam\\b|sir\\b|mr\\.?\\s|mrs\\.?\\s|ms\\.?\\s|madame\\b"
                    + "|monsieur\\b|estimad[oa]s?\\b|señor|excelent[ií]sim|excelencia|distinguished\\b"
                    + "|to\\s+(?:the\\s+)?(?:permanent|member|states|ambassadors?)\\b|уважаем|ваше\\s+превосходительство"
                    + "|سعادة|阁下|尊敬的)");
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
            + "|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
            + "|noviembre|diciembre";
    private static final Pattern DATE = Pattern.compile("(?iu)^(?:[\\p{L} ]+,\\s*)?(?:\\d{1,2}(?:st|nd|rd|th|er)?"
            + "\\s+(?:de\\s+)?(?:" + MONTHS + ")(?:\\s+de)?\\s+\\d{4}|(?:" + MONTHS + ")\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})\\.?$");
    /** Footnote markers and notes ("[1]", "¹ See A/HRC/55/30", "2 Ibid.") and page furniture ("Page 2 of 3"). */
    private static final Pattern NOTE_OR_FURNITURE = Pattern.compile("(?iu)^(?:\\[\\d+].*|[¹²³⁴⁵⁶⁷⁸⁹⁰]+.*"
            + "|\\d{1,3}\\s+(?:see|ibid|idem|cf|available|https?|www|a/hrc|para)\\b.*|page\\s+\\d+(?:\\s+(?:of|/)\\s+\\d+)?"
            + "|[-–—]?\\s*\\d{1,3}\\s*[-–—]?|\\d{1,3}\\s*/\\s*\\d{1,3}|\\*+|[)\\]]+)$");

    private static final Set<String> NOT_COUNTRIES = Set.of("international", "global", "regional", "worldwide");
    /** Regions and cities that follow a name the way a country does. */
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

    private static final Set<String> ENGLISH = Set.of("of", "for", "and", "the", "on", "in", "against", "to", "with");
    private static final Set<String> FRENCH =
            Set.of("de", "des", "du", "la", "le", "les", "pour", "et", "contre", "l", "d", "sur", "dans", "au", "aux");
    private static final Set<String> SPANISH =
            Set.of("de", "del", "la", "las", "los", "el", "por", "para", "y", "contra", "en", "e", "do", "da", "dos");

    private final OrganisationNames organisations;
    private final StateNames states;
    /** The words after the first of States' names, which are no name alone: "Leone", "Faso", "Bissau". */
    private final Set<String> placeFragments = new HashSet<>();
    /** Every multi-word name the table prints for a canonical name, to see whether a printed full name agrees. */
    private final Map<String, List<String>> fullNames = new HashMap<>();

    SignatoryNames(OrganisationNames organisations, StateNames states) {
        this.organisations = organisations;
        this.states = states;
        for (StateNames.State state : states.all()) {
            for (String name : concat(state.name(), state.aliases())) {
                // not the first word: "Solomon" may be an organisation, "Leone" is the end of Sierra Leone
                List<String> words = List.of(NameKey.of(name).split(" "));
                for (String word : words.subList(Math.min(1, words.size()), words.size())) {
                    if (!RunTogetherNames.CONNECTORS.contains(word)
                            && states.find(word).isEmpty()) {
                        placeFragments.add(word);
                    }
                }
            }
        }
        organisations.printedNames().forEach((printed, canonical) -> {
            Matcher m = FULL_AND_PARENTHESIS.matcher(printed);
            for (String form : m.matches() ? List.of(m.group(1), m.group(2)) : List.of(printed)) {
                if (form.strip().contains(" ")) {
                    fullNames.computeIfAbsent(canonical, c -> new ArrayList<>()).add(NameKey.of(form));
                }
            }
        });
    }

    /** The signatory an entry of a block names, or empty when the entry is not an organisation's name. */
    Optional<Signatory> read(String entry) {
        if (entry.strip().endsWith(":")) {
            return Optional.empty(); // "On behalf of the following members:" introduces names
        }
        String n = clean(entry);
        Matcher position = POSITION.matcher(n);
        if (position.matches()) {
            return position.group(2) == null ? Optional.empty() : read(position.group(2));
        }
        if (!looksLikeName(n)) {
            return Optional.empty();
        }
        Optional<String> whole = organisations.findWhole(n);
        if (whole.isPresent()) {
            return Optional.of(Signatory.of(whole.get()));
        }
        Optional<String> country = Optional.empty();
        Matcher joined = ACRONYM_AND_PLACE.matcher(n);
        if (joined.matches()
                && states.find(joined.group(3)).isPresent()
                && !joined.group(3).equals(joined.group(3).toUpperCase(Locale.ROOT))
                && organisations.findWhole(n).isEmpty()) {
            // "Centre for Rights (CRCD-Malawi)" is the centre CRCD of Malawi, as "Centre (CRCD) – Malawi" would be;
            // a part in capitals, or a region, belongs to the acronym: "(FORUM-ASIA)", "(CHRD-ASIA)"
            String place = joined.group(3).strip();
            if (!NOT_COUNTRIES.contains(NameKey.of(place))) {
                country = Optional.of(states.canonical(place).orElse(place));
            }
            n = joined.group(1) + " (" + joined.group(2) + ")";
        }
        for (int guard = 0; guard < 2; guard++) {
            Matcher m = TRAILING_PLACE.matcher(n);
            if (!m.matches()
                    || !isPlace(m.group(2))
                    || organisations.findWhole(n).isPresent()) {
                break;
            }
            String place = m.group(2).strip();
            if (country.isEmpty() && !NOT_COUNTRIES.contains(NameKey.of(place))) {
                country = Optional.of(states.canonical(place).orElse(place));
            }
            n = m.group(1).strip();
        }
        if (!looksLikeName(n)) {
            return Optional.empty();
        }
        return Optional.of(new Signatory(canonical(n), country));
    }

    /** True when an entry, cleaned, could be an organisation's name at all. */
    boolean isName(String entry) {
        if (entry.strip().endsWith(":")) {
            return false;
        }
        String n = clean(entry);
        return looksLikeName(n) && !POSITION.matcher(n).matches();
    }

    /** True when an entry is a person's position: the line before it is then the person's name. */
    boolean isPosition(String entry) {
        return POSITION.matcher(clean(entry)).matches();
    }

    /** A State or a region or city that follows names, e.g. "Sierra Leone", "West Africa", "Geneva". */
    boolean isPlace(String s) {
        String k = NameKey.of(s);
        return PLACES.contains(k) || states.find(s).isPresent();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(first);
        return all;
    }

    private String clean(String entry) {
        String n = NUMBERING.matcher(entry.strip()).replaceFirst("").strip();
        n = QUALIFIER.matcher(n).replaceFirst("");
        return n.replaceAll("\\s+", " ")
                .replaceAll("^[\"“”'‘’]+|[\"“”'‘’.,;:]+$", "")
                .strip();
    }

    /**
     * The canonical name for a printed name without its country: the whole as the table knows it; else the parts
     * of "Full (X)" or "A – B", an acronym part only when the other part agrees with what the acronym stands for;
     * else the printed name (of a name and its translation, the first).
     */
    private String canonical(String n) {
        Optional<String> whole = organisations.findWhole(n);
        if (whole.isPresent()) {
            return whole.get();
        }
        Matcher paren = FULL_AND_PARENTHESIS.matcher(n);
        if (paren.matches()) {
            Optional<String> c = ofParts(paren.group(1).strip(), paren.group(2).strip());
            if (c.isPresent()) {
                return c.get();
            }
        }
        Matcher dash = SPACED_DASH.matcher(n);
        if (dash.find()) {
            String a = n.substring(0, dash.start()).strip();
            String b = n.substring(dash.end()).strip();
            Optional<String> c = ofParts(a, b);
            if (c.isPresent()) {
                return c.get();
            }
            if (isTranslation(a, b)) {
                return a;
            }
        }
        return n;
    }

    /** The organisation two printed forms of one name stand for, when they do not contradict each other. */
    private Optional<String> ofParts(String a, String b) {
        Optional<String> ca = organisations.findWhole(a);
        Optional<String> cb = organisations.findWhole(b);
        if (ca.isPresent() && cb.isPresent()) {
            return ca.equals(cb) ? ca : Optional.empty();
        }
        if (ca.isPresent()) {
            return agrees(b, ca.get()) ? ca : Optional.empty();
        }
        if (cb.isPresent()) {
            return agrees(a, cb.get()) ? cb : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * True when a printed form may stand beside a known organisation's name: an acronym printed with a known full
     * name adds nothing to doubt; a full name must agree word for word (allowing one letter of misspelling in a
     * long word) with one of the organisation's names, one within the other.
     */
    private boolean agrees(String printed, String canonical) {
        if (ACRONYM.matcher(printed).matches() || !printed.contains(" ")) {
            return true;
        }
        List<String> words = contentWords(NameKey.of(printed));
        for (String known : fullNames.getOrDefault(canonical, List.of())) {
            List<String> knownWords = contentWords(known);
            if (within(words, knownWords) || within(knownWords, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(List<String> part, List<String> whole) {
        if (part.isEmpty()) {
            return false;
        }
        return part.stream().allMatch(w -> whole.stream().anyMatch(k -> sameWord(w, k)));
    }

    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return a.length() >= 7 && b.length() >= 7 && Math.abs(a.length() - b.length()) <= 1 && editDistance(a, b) <= 1;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<String> contentWords(String key) {
        return List.of(key.split(" ")).stream()
                .filter(w -> !w.isEmpty() && !ENGLISH.contains(w) && !FRENCH.contains(w) && !SPANISH.contains(w))
                .toList();
    }

    /** "Ligue tchadienne des droits de l'homme – Chadian League for Human Rights": one name in two languages. */
    private static boolean isTranslation(String a, String b) {
        String la = language(a);
        String lb = language(b);
        return !la.isEmpty() && !lb.isEmpty() && !la.equals(lb) && a.contains(" ") && b.contains(" ");
    }

    /** The language a name's small words are in ("en", "fr", "es"), or empty when they do not say. */
    private static String language(String name) {
        int en = 0;
        int fr = 0;
        int es = 0;
        for (String w : NameKey.of(name).split(" ")) {
            en += ENGLISH.contains(w) ? 1 : 0;
            fr += FRENCH.contains(w) ? 1 : 0;
            es += SPANISH.contains(w) ? 1 : 0;
        }
        int max = Math.max(en, Math.max(fr, es));
        if (max == 0) {
            return "";
        }
        if (en == max && fr < max && es < max) {
            return "en";
        }
        if (fr == max && es < max && en < max) {
            return "fr";
        }
        if (es == max && fr < max && en < max) {
            return "es";
        }
        return fr == es && en < max ? "fr-es" : "";
    }

    private boolean looksLikeName(String s) {
        if (s.length() < 2 || s.length() > MAX_LENGTH || !Character.isLetterOrDigit(s.codePointAt(0))) {
            return false;
        }
        if (Character.isLowerCase(s.codePointAt(0))
                && !LOWER_CASE_NAME.matcher(s).matches()
                && organisations.findWhole(s).isEmpty()) {
            return false;
        }
        if (s.matches("(?i).*(https?://|www\\.|@|\\+\\s?\\d{2}).*") || s.matches("[^\\p{L}]+")) {
            return false;
        }
        if (CLOSING.matcher(s).matches()
                || SALUTATION.matcher(s).find()
                || PERSON.matcher(s).find()
                || Arrays.stream(s.split("\\s+")).anyMatch(VERBS::contains)
                || DATE.matcher(s).matches()
                || NOTE_OR_FURNITURE.matcher(s).matches()
                || RunningLines.isFurniture(s)) {
            return false;
        }
        if ((isPlace(s) || placeFragments.contains(NameKey.of(s)))
                && organisations.findWhole(s).isEmpty()) {
            return false; // "Malawi" or "Leone" on a line of its own belongs to the name before it
        }
        long open = s.chars().filter(c -> c == '(').count();
        long close = s.chars().filter(c -> c == ')').count();
        if (close > open && !s.contains("(")) {
            return false; // "Defenders Network)" is the end of a name, never a name
        }
        return !isProse(s);
    }

    /** A sentence rather than a name: many lower-case words that are not connectors, or a full stop mid-line. */
    static boolean isProse(String line) {
        List<String> ws = List.of(line.split("\\s+"));
        if (ws.size() < 8) {
            return false; // "FIDH - Fédération internationale des ligues des droits de l'homme" is a name
        }
        long lower = ws.stream()
                .filter(w -> !w.isEmpty()
                        && Character.isLowerCase(w.codePointAt(0))
                        && !RunTogetherNames.CONNECTORS.contains(w.toLowerCase(Locale.ROOT)))
                .count();
        return lower >= 4 && lower * 2 > ws.size() || line.matches(".*[a-z]{3,}\\.\\s+[A-Z][a-z]+\\s+[a-z].*");
    }
}
