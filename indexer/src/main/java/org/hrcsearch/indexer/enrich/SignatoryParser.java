package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.vocab.OrganisationNames;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * Reads the signatories of a joint letter or statement from its signatory block, in the shapes real letters use: a
 * list under a heading ("Signatories:", "Organisations signataires :", "Organizaciones firmantes", "Подписавшие
 * организации", "المنظمات الموقعة", "签署组织") or after a closing ("Sincerely,", "Cordialement,"), one per line,
 * numbered or not, with "Name, Country" or "Name – Country", wrapped across lines or run together; an inline
 * "Signed: A; B; C" or "endorsed by: A, B and C"; a paragraph of names with no heading at all after the last
 * appeal; a statement made "on behalf of A, B and C". Each name is brought to its canonical form through the
 * {@link OrganisationNames} alias table ({@link SignatoryNames}). Organisations only mentioned in the body are not
 * signatories. Pure.
 */
public final class SignatoryParser {

    private static final Pattern HEADING = Pattern.compile("(?iu)^(?:(?:list\\s+of\\s+)?(?:co-?)?(?:signatories"
            + "|signatory\\s+organi[sz]ations|signing\\s+organi[sz]ations|signed(?:\\s+by)?|endorsed\\s+by"
            + "|organi[sz]ations|undersigned\\s+organi[sz]ations|the\\s+undersigned(?:\\s+organi[sz]ations)?)"
            + "|(?:liste\\s+des\\s+)?(?:organisations\\s+)?(?:co-?)?signataires|(?:les\\s+)?organisations\\s+soussign[ée]es"
            + "|sign[ée]\\s+par|(?:lista\\s+de\\s+)?(?:organizaciones\\s+)?firmantes"
            + "|(?:las\\s+)?organizaciones\\s+(?:abajo\\s+)?firmantes|firmado\\s+por|organizações\\s+signatárias"
            + "|(?:список\\s+)?подписавши[ехм]+(?:\\s+организаци[ийя]+)?|организации[,\\s-]+подписавшие(?:\\s+\\S+)?"
            + "|подписали|(?:قائمة\\s+)?(?:المنظمات\\s+)?الموق[ّ]?عة|(?:قائمة\\s+)?الموق[ّ]?عون|قائمة\\s+الموق[ّ]?عين"
            + "|签署组织|联署组织|签署方|联署方|签署机构|联署机构|联署团体|签署团体)\\s*[:：]?\\s*$");
    private static final Pattern INLINE = Pattern.compile(
            "(?imu)^(?:signed|signatories|signed\\s+by|endorsed\\s+by)\\s*:\\s*(\\S.+(?:\\n(?!\\s*\\n)[^\\n]+)*)$"
                    // the letter itself is endorsed: "This statement is endorsed by", not "the plan was supported by"
                    + "|\\b(?:this|the|our|present)\\s+(?:joint\\s+)?(?:letter|statement|appeal|submission)\\s+"
                    + "(?:is|was)\\s+(?:endorsed|signed|supported|co-signed)\\s+by\\s*:?\\s*"
                    + "(\\S[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]+)*)");
    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?i)\\bon\\s+behalf\\s+of\\s+(?!\\d)(?!the\\s+following)(?!a\\s)(?!an\\s)(?!its\\s)(?!our\\s)"
                    + "((?:[^.\\n]|\\.(?=\\S)|\\n(?!\\s*\\n))+?)\\s*(?:\\.\\s|\\.$|\\n\\s*\\n)");
    /** A closing in French or Spanish written as a whole sentence: "Veuillez agréer, ... considération." */
    private static final Pattern CLOSING_SENTENCE = Pattern.compile(
            "(?iu)^(?:veuillez|nous\\s+vous\\s+prions\\s+d)"
                    + ".*consid[ée]ration.*|^(?:aprovech|reciba|le\\s+saluda|hacemos\\s+propicia).*(?:consideraci[óo]n|saludo).*");

    private static final Pattern ANNEX =
            Pattern.compile("(?iu)^(?:annex(?:e|o)?|appendix|anexo|приложение|مرفق|المرفق|附件)\\b.*");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:\\[\\d+]|[¹²³⁴⁵⁶⁷⁸⁹]|\\d{1,3}\\s).*");
    /** A date in a paragraph, which a paragraph of names never holds. */
    private static final Pattern DATE_IN_TEXT = Pattern.compile("(?i)\\b(?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:January|February|March"
            + "|April|May|June|July|August|September|October|November|December)\\b");

    private static final Pattern END_OF_BLOCK = Pattern.compile(
            "(?i)^(?:notes?\\s*:?|footnotes?\\s*:?|endnotes?\\s*:?|\\[\\d+].*|synthetic sample.*"
                    + "|cc\\s*:.*|(?:with\\s+)?(?:copy|copying|copied)\\s+to\\b.*|\\*{3}|-{3,}|_{3,}|full pdf version.*|related content.*)$");

    /**
     * A line of words wholly in square brackets inside a list, which heads a group of its names ("[2 Coordinating
     * organizations]", "[32 organizations, in alphabetical order]"); a footnote marker ("[1]") is none.
     */
    private static final Pattern GROUP_HEADING = Pattern.compile("^\\[[^\\]]*\\p{L}{3,}[^\\]]*]$");
    /** Words in capitals after an acronym in parentheses: "... Studies (CIHRS) UPR Info". */
    private static final Pattern AFTER_ACRONYM = Pattern.compile("\\(\\p{Lu}[\\p{Lu}\\d&-]+\\)\\s+\\p{Lu}");

    private final OrganisationNames organisations;
    private final SignatoryNames names;
    private final RunTogetherNames runTogether;
    private final WrappedEntries wrapped;

    public SignatoryParser(OrganisationNames organisations, StateNames states) {
        this.organisations = organisations;
        this.names = new SignatoryNames(organisations, states);
        this.runTogether = new RunTogetherNames(organisations, names);
        this.wrapped = new WrappedEntries(states, names, runTogether::endsSurely, runTogether::readAsTwo);
    }

    /** The canonical names of the signatories, in order of appearance, without repeats. */
    public List<String> signatories(String text) {
        return read(text).stream().map(Signatory::name).toList();
    }

    /** The signatories with the country the letter gives each, in order of appearance, one per organisation. */
    public List<Signatory> read(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        List<String> entries = fromBlock(lines);
        if (entries.isEmpty()) {
            entries = fromInlineList(text);
        }
        // without a heading or a closing to mark the block, names are read only in what is addressed or reads as a
        // letter or statement: a testimony "presented on behalf of" groups or a report has no signatories
        boolean letter = entries.isEmpty() && (TypeClassifier.isAddressed(text) || TypeClassifier.readsAsLetter(text));
        if (entries.isEmpty() && letter) {
            entries = fromHeadlessParagraph(lines);
        }
        if (entries.isEmpty() && letter) {
            entries = fromOnBehalfOf(text);
        }
        Map<String, Signatory> out = new LinkedHashMap<>();
        for (String e : entries) {
            names.read(e)
                    .ifPresent(s -> out.merge(s.name(), s, (a, b) -> a.country().isPresent() ? a : b));
        }
        return List.copyOf(out.values());
    }

    private List<String> fromBlock(List<String> lines) {
        int start = -1;
        for (int i = lines.size() - 1; i >= 0 && start < 0; i--) {
            if (HEADING.matcher(lines.get(i)).matches() && standsAlone(lines, i) && listFollows(lines, i + 1)) {
                start = i + 1;
            }
        }
        for (int i = lines.size() - 1; i >= 0 && start < 0; i--) {
            String l = lines.get(i);
            if ((SignatoryNames.CLOSING.matcher(l).matches()
                            || CLOSING_SENTENCE.matcher(l).matches())
                    && listFollows(lines, i + 1)) {
                start = i + 1;
            }
        }
        if (start < 0) {
            return List.of();
        }
        List<String> block = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i);
            if (RunningLines.isFurniture(l) || GROUP_HEADING.matcher(l).matches()) {
                continue;
            }
            if (ANNEX.matcher(l).matches() || END_OF_BLOCK.matcher(l).matches() || SignatoryNames.isProse(l)) {
                break;
            }
            block.add(l);
        }
        double fullWidth = WrappedEntries.fullWidth(lines);
        List<String> entries = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (String l : block) {
            if (l.isEmpty()) {
                entries.addAll(wrapped.join(paragraph, fullWidth));
                paragraph.clear();
            } else {
                paragraph.add(l);
            }
        }
        entries.addAll(wrapped.join(paragraph, fullWidth));
        List<String> items = entries.stream().flatMap(e -> itemsOf(e).stream()).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            // "Yasmine Ahmed" above "UK Director": a person signs, not an organisation
            boolean person = i + 1 < items.size()
                    && names.isPosition(items.get(i + 1))
                    && !names.isPosition(items.get(i))
                    && !runTogether.endsLikeAName(items.get(i));
            if (!person) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /**
     * True when a heading is a line of its own, not the end of a wrapped name ("... Civil Society" / "Organizations"):
     * it ends with a colon, or the line before it is blank or ends a sentence.
     */
    private static boolean standsAlone(List<String> lines, int i) {
        String before = i == 0 ? "" : lines.get(i - 1);
        return lines.get(i).matches(".*[:：]\\s*$") || before.isEmpty() || before.matches(".*[.:!?]$");
    }

    /** True when the lines after {@code from} start with something that reads like a name, not a paragraph. */
    private boolean listFollows(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty()
                    || RunningLines.isFurniture(l)
                    || GROUP_HEADING.matcher(l).matches()) {
                continue;
            }
            return !SignatoryNames.isProse(l)
                    && !ANNEX.matcher(l).matches()
                    && !END_OF_BLOCK.matcher(l).matches()
                    && !itemsOf(l).isEmpty()
                    && itemsOf(l).stream().allMatch(names::isName);
        }
        return false;
    }

    /** The names one entry of a block holds: one, several separated by semicolons, or several run together. */
    private List<String> itemsOf(String entry) {
        if (entry.contains(";")) {
            return List.of(entry.split("\\s*;\\s*"));
        }
        long commas = entry.chars().filter(c -> c == ',').count();
        if (entry.length() > 90 && isCommaList(entry)) {
            return splitList(entry);
        }
        if (entry.length() > SignatoryNames.MAX_LENGTH && !SignatoryNames.isProse(entry)) {
            // longer than any one name: names run together, a few of which may hold a comma
            return runTogether.split(entry);
        }
        if (entry.length() > 90 && commas <= 1) {
            // one long name on its line stays whole unless every cut is sure: a name that ends there for certain
            List<String> parts = runTogether.split(entry);
            if (parts.subList(0, parts.size() - 1).stream().allMatch(runTogether::endsSurely)) {
                return parts;
            }
        }
        if (AFTER_ACRONYM.matcher(entry).find()) {
            // "Conectas Direitos Humanos Cairo Institute for Human Rights Studies (CIHRS) UPR Info": a name goes on
            // after its acronym in parentheses only when it is the next name; each cut must end as a name ends
            List<String> parts = runTogether.split(entry);
            if (parts.size() > 1 && parts.subList(0, parts.size() - 1).stream().allMatch(runTogether::endsLikeAName)) {
                return parts;
            }
        }
        return List.of(entry);
    }

    private List<String> fromInlineList(String text) {
        Matcher m = INLINE.matcher(text);
        List<String> entries = new ArrayList<>();
        while (m.find()) {
            String list = m.group(1) != null ? m.group(1) : m.group(2);
            entries.addAll(splitList(list.replaceAll("\\s+", " ").replaceAll("\\.\\s*$", "")));
        }
        return entries;
    }

    /**
     * The names of a paragraph of names with no heading, after the last appeal and before any annex: many capitals,
     * no sentence, words that end names. Only after a paragraph of prose, so that a letter's own heading is never
     * taken for its signatories.
     */
    private List<String> fromHeadlessParagraph(List<String> lines) {
        int end = lines.size();
        for (int i = 3; i < lines.size(); i++) {
            if (ANNEX.matcher(lines.get(i)).matches() || lines.get(i).matches("_{3,}|-{3,}|\\*{3}")) {
                end = i;
                break;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String l : lines.subList(0, end)) {
            if (l.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else if (!RunningLines.isFurniture(l) && !END_OF_BLOCK.matcher(l).matches()) {
                current.append(current.isEmpty() ? "" : " ").append(l);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        boolean proseSeen = false;
        List<String> found = List.of();
        for (String p : paragraphs) {
            List<String> candidate = proseSeen ? namesParagraph(p) : List.of();
            if (!candidate.isEmpty()) {
                found = candidate;
            } else if (p.split("\\s+").length >= 8 && (SignatoryNames.isProse(p) || p.matches(".*\\p{Ll}[.!?]$"))) {
                proseSeen = true;
                if (!FOOTNOTE.matcher(p).matches()) {
                    // the names close the letter: a section heading of an article is followed by its text
                    found = List.of();
                }
            }
        }
        return found;
    }

    /** The names of a paragraph that holds nothing but names, or nothing. */
    private List<String> namesParagraph(String p) {
        String[] words = p.split("\\s+");
        if (words.length < 8
                || p.matches(".*\\p{Ll}{2,}[.!?]\\s+\\p{Lu}.*")
                || p.matches(".*[!?:]\\s*$|.*\\p{Ll}{3,}\\.$")
                || DATE_IN_TEXT.matcher(p).find()
                || p.contains("?")
                || p.contains("!")) {
            return List.of();
        }
        int capitals = 0;
        int lower = 0;
        for (String w : words) {
            String bare = w.replaceFirst("^[\"“‘'(]+", "");
            if (bare.isEmpty()) {
                continue;
            }
            int c = bare.codePointAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                capitals++;
            } else if (Character.isLowerCase(c)
                    && !RunTogetherNames.CONNECTORS.contains(bare.toLowerCase(Locale.ROOT))) {
                lower++;
            }
        }
        if (capitals < 0.6 * words.length || lower > 0.15 * words.length) {
            return List.of();
        }
        List<String> items =
                p.contains(";") ? List.of(p.split("\\s*;\\s*")) : isCommaList(p) ? splitList(p) : runTogether.split(p);
        List<String> named = items.stream().filter(names::isName).toList();
        long evidence = named.stream().filter(runTogether::endsSurely).count();
        return named.size() >= 4 && evidence * 2 >= named.size() ? named : List.of();
    }

    /**
     * "A, B, C and D" rather than names run together of which a few hold a comma ("Center for the Study of Law,
     * Justice and Society"): commas every few words.
     */
    private static boolean isCommaList(String p) {
        long commas = p.chars().filter(c -> c == ',').count();
        return commas >= 3 && p.split("\\s+").length <= 7 * (commas + 1);
    }

    private List<String> fromOnBehalfOf(String text) {
        Matcher m = ON_BEHALF.matcher(text.substring(0, Math.min(text.length(), 3_000)));
        if (!m.find()) {
            return List.of();
        }
        List<String> parts = splitList(m.group(1).replaceAll("\\s+", " ")).stream()
                .map(p -> p.strip().replaceFirst("^(?i)the\\s+", ""))
                .toList();
        if (parts.size() < 2 || !parts.stream().allMatch(names::isName)) {
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
        // "Human Rights Watch, together with The Advocates for Human Rights; ..." names two
        String separated = list.replaceAll("(?i),?\\s+together\\s+with\\s+", list.contains(";") ? "; " : ", ");
        List<String> parts = new ArrayList<>(List.of(separated.split(sep)));
        parts.replaceAll(p -> p.strip().replaceFirst("^(?:and|et|y)\\s+", ""));
        if (!parts.isEmpty()) {
            String last = parts.removeLast();
            if (known(last)) {
                parts.add(last);
            } else {
                Matcher and = Pattern.compile("\\s+(?:and|et|y)\\s+(?=\\p{Lu})").matcher(last);
                int cut = -1;
                int cutEnd = -1;
                while (and.find()) {
                    boolean known = known(last.substring(0, and.start())) || known(last.substring(and.end()));
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

    private boolean known(String printed) {
        return names.read(printed)
                .map(s -> organisations.find(s.name()).isPresent())
                .orElse(false);
    }

    /** For tests: the names a run of names without separators holds. */
    List<String> splitRunTogether(String text) {
        return runTogether.split(text);
    }

    Optional<Signatory> readEntry(String entry) {
        return names.read(entry);
    }
}
