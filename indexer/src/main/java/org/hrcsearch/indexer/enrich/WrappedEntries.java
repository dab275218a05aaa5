package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * Puts back together the entries of a signatory list that a PDF wrapped across lines: "Youth Network for Democracy –
 * Sierra" / "Leone" and "(West African Human Rights" / "Defenders Network)" are one entry each. A line continues
 * the one before when that one leaves a parenthesis open or ends on a small word or a dash, when it starts in lower
 * case (unless, short of the margin, it shows it is a name of its own: "the Citizens’ Network ...") or with a
 * closing parenthesis, when it is a country alone or completes a country's name, or when the line before reaches the
 * right margin (the next word did not fit) and the two do not read better as two names. Pure.
 */
final class WrappedEntries {

    private static final Pattern LIST_MARK = Pattern.compile("^(?:\\(?\\d{1,3}[.)]|[•·▪◦*\\-–—])\\s+.*");
    private static final Pattern ENDS_OPEN = Pattern.compile("(?i).*(?:\\s[-–—&]|\\b(?:of|for|and|the|in|on|de|des|du"
            + "|la|le|les|pour|et|y|del|por|para|los|las|el|da|do|dos|das|e|to|against|with|au|aux|en))$");

    private final StateNames states;
    private final SignatoryNames names;
    private final Predicate<String> endsSurely;
    private final BiPredicate<String, String> readAsTwo;

    /**
     * {@code endsSurely}: whether a line ends as a name ends for certain (a word that ends names, an acronym);
     * {@code readAsTwo}: whether two lines read better as two names than as one.
     */
    WrappedEntries(
            StateNames states,
            SignatoryNames names,
            Predicate<String> endsSurely,
            BiPredicate<String, String> readAsTwo) {
        this.states = states;
        this.names = names;
        this.endsSurely = endsSurely;
        this.readAsTwo = readAsTwo;
    }

    /**
     * The entries of consecutive non-blank lines of a block; {@code fullWidth} is the width of the widest line of
     * the document ({@link #width}), or 0 when lines were not wrapped at a margin.
     */
    List<String> join(List<String> lines, double fullWidth) {
        if (isOneParagraph(lines, fullWidth)) {
            // names run together in a paragraph: every line but the last reaches the margin
            return List.of(String.join(" ", lines.stream().map(String::strip).toList()));
        }
        List<String> out = new ArrayList<>();
        String previousLine = "";
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && continues(out.getLast(), previousLine, l, completion(lines, i), fullWidth)) {
                out.set(out.size() - 1, out.getLast() + " " + l);
            } else {
                out.add(l);
            }
            previousLine = l;
        }
        return out;
    }

    /** True when three lines or more each reach the margin but the last, as the lines of a paragraph do. */
    private static boolean isOneParagraph(List<String> lines, double fullWidth) {
        if (fullWidth <= 0 || lines.size() < 3) {
            return false;
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String next = lines.get(i + 1).strip().split("\\s+")[0];
            if (width(lines.get(i).strip() + " " + next) <= 0.85 * fullWidth) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line at {@code i} with the lines that complete it (three at most): that close a parenthesis it leaves
     * open, or follow a small word or a dash it ends on ("Fundación para la Justicia y el Estado Democrático de" /
     * "Derecho").
     */
    private static String completion(List<String> lines, int i) {
        StringBuilder s = new StringBuilder(lines.get(i).strip());
        for (int k = i + 1;
                k < lines.size()
                        && k <= i + 3
                        && (count(s, '(') > count(s, ')')
                                || ENDS_OPEN.matcher(s).matches());
                k++) {
            s.append(' ').append(lines.get(k).strip());
        }
        return s.toString();
    }

    /**
     * Whether {@code line} continues the entry so far, whose last printed line is {@code previous}; {@code
     * completed} is the line with what closes its parenthesis.
     */
    private boolean continues(String entry, String previous, String line, String completed, double fullWidth) {
        if (count(entry, '(') > count(entry, ')')) {
            return true;
        }
        if (LIST_MARK.matcher(line).matches()) {
            return false;
        }
        if (ENDS_OPEN.matcher(previous).matches()) {
            return true;
        }
        String firstWord = line.split("\\s+")[0];
        boolean filled = fullWidth > 0 && width(previous + " " + firstWord) > 0.95 * fullWidth;
        int first = line.codePointAt(0);
        if (Character.isLowerCase(first)) {
            // "the Citizens’ Network ..." under a line that ends where it could, and short of the margin: a name of
            // its own that starts in lower case; "rights in Syria" continues the line above
            return filled || !SignatoryNames.LOWER_CASE_NAME.matcher(line).matches();
        }
        if (line.startsWith(")") || line.startsWith("(") || line.matches("^[-–—&].*")) {
            return true;
        }
        if (names.isPlace(line.replaceAll("[.,;]+$", ""))) {
            return true; // "Malawi" alone names the country of the organisation above
        }
        if (completesAState(previous, line)) {
            return true;
        }
        // a line that ends the way a whole entry ends ("..., Egypt", "... (EIPR)", "... Network") and a next line
        // that starts with a capital are two entries, even when the first one happens to fill its line
        // a line that reaches the margin is continued unless the next one begins a name of its own: the two read
        // better as two names than as one ("... for Children in Hospital" / "DefendDefenders (East and Horn ...)")
        return filled
                && !(endsAnEntry(previous) && line.contains(" "))
                && !(line.contains(" ") && readAsTwo.test(entry, completed));
    }

    /**
     * True when a line ends as a whole entry does: a closing parenthesis, a word that ends names, a country (after a
     * comma or a dash, or as the last words: "... in Bosnia and Herzegovina").
     */
    private boolean endsAnEntry(String line) {
        if (line.endsWith(")") || endsSurely.test(line)) {
            return true;
        }
        String[] words = line.split("\\s+");
        for (int n = 1; n <= Math.min(4, words.length - 1); n++) {
            if (states.find(String.join(" ", List.of(words).subList(words.length - n, words.length)))
                    .isPresent()) {
                return true;
            }
        }
        int cut = Math.max(line.lastIndexOf(", "), Math.max(line.lastIndexOf(" – "), line.lastIndexOf(" - ")));
        return cut > 0 && names.isPlace(line.substring(cut + 2).strip());
    }

    /** "... – Sierra" then "Leone ...": the last words before the break and the first after it make a State. */
    private boolean completesAState(String previous, String line) {
        String[] before = previous.split("\\s+");
        String[] after = line.split("\\s+");
        for (int b = 1; b <= Math.min(3, before.length); b++) {
            for (int a = 1; a <= Math.min(3, after.length); a++) {
                StringBuilder s = new StringBuilder();
                for (int i = before.length - b; i < before.length; i++) {
                    s.append(before[i]).append(' ');
                }
                for (int i = 0; i < a; i++) {
                    s.append(after[i]).append(' ');
                }
                String candidate = s.toString().replaceAll("[.,;()]", "").strip();
                if (!candidate.contains(" ")) {
                    continue;
                }
                if (states.find(candidate).isPresent()
                        && states.find(before[before.length - 1].replaceAll("[.,;()]", ""))
                                .isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long count(CharSequence s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /**
     * The printed width of a line in Helvetica-like units (a capital is wider than an "i"), so that a line of names
     * in capitals that reached the margin is seen to have done so.
     */
    static double width(String line) {
        double w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("ijl'.,;:|!".indexOf(c) >= 0) {
                w += 0.24;
            } else if (c == ' ' || "ftI()[]-".indexOf(c) >= 0) {
                w += 0.3;
            } else if (c == 'r') {
                w += 0.34;
            } else if (c == 'm' || c == 'M' || c == 'W') {
                w += 0.86;
            } else if (c == 'w') {
                w += 0.72;
            } else if (Character.isUpperCase(c)) {
                w += 0.68;
            } else {
                w += 0.55;
            }
        }
        return w;
    }

    /**
     * The width of the widest lines of a text when its paragraphs were wrapped at a margin (several lines within a
     * few percent of the widest), else 0: a text file with one line per paragraph has no margin to reach.
     */
    static double fullWidth(List<String> lines) {
        double max = 0;
        for (String l : lines) {
            max = Math.max(max, width(l));
        }
        double widest = max;
        long near = lines.stream().filter(l -> width(l) >= 0.9 * widest).count();
        long wordsPerLine = lines.stream()
                .filter(l -> width(l) >= 0.9 * widest)
                .mapToLong(l -> l.split("\\s+").length)
                .max()
                .orElse(0);
        return near >= 3 && wordsPerLine <= 30 ? widest : 0;
    }
}
