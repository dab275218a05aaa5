package org.hrcsearch.corpus.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UN document symbol, e.g. {@code A/HRC/RES/55/1} or {@code A/HRC/55/L.12/Rev.1}.
 *
 * <p>{@link #parse(String)} understands the Council's series and those of its forerunner and subsidiaries:
 *
 * <pre>
 * A/HRC/RES/37/23            resolution 23 of session 37
 * A/HRC/DEC/43/112           decision
 * A/HRC/PRST/30/1            President's statement
 * A/HRC/37/L.36              draft (L. = limited distribution)
 * A/HRC/43/L.31/Rev.1        its first revision; /Add.n and /Corr.n likewise, in any combination
 * A/HRC/14/37                a report submitted to session 14
 * A/HRC/S-35/1               special session 35
 * A/HRC/WG.6/7/SVN/2/Corr.1  UPR Working Group session 7 (not Council session 7), State SVN, document 2
 * E/CN.4/RES/2005/1          Commission on Human Rights, 2005 session
 * A/RES/75/1                 General Assembly resolution 1 of session 75
 * A/RES/217(III)             General Assembly resolution 217 of session 3 (Roman numerals until session 30);
 *                            A/RES/217A(III) its part A (the Universal Declaration of Human Rights)
 * </pre>
 *
 * @param text the canonical spelling ({@code A/HRC/43/L.31/Rev.1}, whatever the case and spacing of the input)
 * @param body the series the symbol belongs to
 * @param series the subsidiary body's code ({@code WG.6}) or empty for the Council and the Commission
 * @param session the Council session; empty for other bodies, whose session is in {@code bodySession}
 * @param bodySession the UPR Working Group's (or another subsidiary's) session, or the Commission's year
 * @param country the ISO 3166 alpha-3 code of the State under review in UPR documents
 * @param type what the symbol alone says of the document
 * @param number the document number within its session ({@code 31} for {@code L.31})
 */
public record UnSymbol(
        String text,
        UnBody body,
        Optional<String> series,
        Optional<Session> session,
        OptionalInt bodySession,
        Optional<String> country,
        DocumentType type,
        int number,
        OptionalInt revision,
        OptionalInt addendum,
        OptionalInt corrigendum) {

    private static final Pattern SESSION = Pattern.compile("(S-?)?(\\d{1,3})");
    private static final Pattern YEAR = Pattern.compile("(19[4-9]\\d|200\\d)");
    private static final Pattern SUBSIDIARY = Pattern.compile("(WG|AC|SF|FMI|FM|BF)\\.?(\\d{1,2})?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DOC_NUMBER = Pattern.compile("(L\\.|CRP\\.|INF\\.)?(\\d{1,4})");
    private static final Pattern SUFFIX = Pattern.compile("(REV|ADD|CORR)\\.?(\\d{1,3})");
    /** An early General Assembly resolution: number, a part letter, the session in Roman numerals. */
    private static final Pattern ROMAN_SESSION_RESOLUTION = Pattern.compile("(\\d{1,4})([A-Z])?\\(([IVXL]{1,7})\\)");

    public UnSymbol {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(bodySession, "bodySession");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(addendum, "addendum");
        Objects.requireNonNull(corrigendum, "corrigendum");
        if (number < 0) {
            throw new IllegalArgumentException("document number must not be negative: " + number);
        }
    }

    /**
     * Parses a symbol as printed or typed: case, spaces around the slashes and a missing dot in {@code Rev1} are
     * forgiven. Returns empty for anything that is not a symbol of a known series.
     */
    public static Optional<UnSymbol> parse(String input) {
        if (input == null || input.length() > 80) {
            return Optional.empty();
        }
        String compact = input.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String[] parts = compact.split("/", -1);
        if (parts.length < 3) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "A" ->
                parts[1].equals("HRC")
                        ? parseCouncil(parts)
                        : parts[1].equals("RES") ? parseAssembly(parts) : Optional.empty();
            case "E" -> parts[1].equals("CN.4") ? parseCommission(parts) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<UnSymbol> parseCouncil(String[] parts) {
        Builder b = new Builder("A/HRC");
        b.body = UnBody.HUMAN_RIGHTS_COUNCIL;
        int i = 2;
        i = b.takeOutcomeSeries(parts, i);
        if (i < parts.length) {
            Matcher sub = SUBSIDIARY.matcher(parts[i]);
            if (sub.matches() && b.type == DocumentType.REPORT) {
                String code = sub.group(1) + (sub.group(2) == null ? "" : "." + sub.group(2));
                b.series = Optional.of(code);
                b.body = code.equals("WG.6") ? UnBody.UPR_WORKING_GROUP : UnBody.COUNCIL_SUBSIDIARY;
                b.append(code);
                i++;
            }
        }
        if (i >= parts.length) {
            return Optional.empty();
        }
        Matcher s = SESSION.matcher(parts[i]);
        if (!s.matches()) {
            return Optional.empty();
        }
        int sessionNumber = Integer.parseInt(s.group(2));
        boolean special = s.group(1) != null;
        if (sessionNumber < 1) {
            return Optional.empty();
        }
        if (b.body == UnBody.HUMAN_RIGHTS_COUNCIL) {
            Session session = new Session(sessionNumber, special);
            b.session = Optional.of(session);
            b.append(session.label());
        } else {
            if (special) {
                return Optional.empty();
            }
            b.bodySession = OptionalInt.of(sessionNumber);
            b.append(Integer.toString(sessionNumber));
        }
        i++;
        if (b.body == UnBody.UPR_WORKING_GROUP
                && i < parts.length
                && COUNTRY.matcher(parts[i]).matches()) {
            b.country = Optional.of(parts[i]);
            b.append(parts[i]);
            i++;
        }
        i = b.takeDocumentNumber(parts, i);
        if (i < 0) {
            return Optional.empty();
        }
        if (b.country.isPresent() && b.type == DocumentType.REPORT) {
            b.type = switch (b.number) {
                case 1 -> DocumentType.NATIONAL_REPORT;
                case 2 -> DocumentType.COMPILATION;
                case 3 -> DocumentType.STAKEHOLDER_SUMMARY;
                default -> DocumentType.OTHER;
            };
        }
        return b.takeSuffixes(parts, i);
    }

    private static Optional<UnSymbol> parseCommission(String[] parts) {
        Builder b = new Builder("E/CN.4");
        b.body = UnBody.COMMISSION_ON_HUMAN_RIGHTS;
        int i = b.takeOutcomeSeries(parts, 2);
        if (i >= parts.length || !YEAR.matcher(parts[i]).matches()) {
            return Optional.empty();
        }
        b.bodySession = OptionalInt.of(Integer.parseInt(parts[i]));
        b.append(parts[i]);
        i = b.takeDocumentNumber(parts, i + 1);
        return i < 0 ? Optional.empty() : b.takeSuffixes(parts, i);
    }

    private static Optional<UnSymbol> parseAssembly(String[] parts) {
        Builder b = new Builder("A/RES");
        b.body = UnBody.GENERAL_ASSEMBLY;
        b.type = DocumentType.RESOLUTION;
        Matcher early = ROMAN_SESSION_RESOLUTION.matcher(parts[2]);
        if (early.matches()) {
            OptionalInt session = romanNumber(early.group(3));
            if (parts.length != 3 || session.isEmpty() || session.getAsInt() > 30) {
                return Optional.empty();
            }
            b.bodySession = session;
            b.number = Integer.parseInt(early.group(1));
            b.append(b.number + (early.group(2) == null ? "" : early.group(2)) + "(" + early.group(3) + ")");
            return b.takeSuffixes(parts, 3);
        }
        Matcher s = SESSION.matcher(parts[2]);
        if (!s.matches() || s.group(1) != null || Integer.parseInt(s.group(2)) < 1) {
            return Optional.empty();
        }
        b.bodySession = OptionalInt.of(Integer.parseInt(s.group(2)));
        b.append(s.group(2).replaceFirst("^0+", ""));
        int i = b.takeDocumentNumber(parts, 3);
        return i < 0 ? Optional.empty() : b.takeSuffixes(parts, i);
    }

    /** The value of a Roman numeral in canonical form ({@code III} is 3, {@code IIII} is none). */
    static OptionalInt romanNumber(String roman) {
        int value = 0;
        int previous = Integer.MAX_VALUE;
        for (char c : roman.toCharArray()) {
            int v = switch (c) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            value += v > previous ? v - 2 * previous : v;
            previous = v;
        }
        if (value < 1 || !toRoman(value).equals(roman)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value);
    }

    private static String toRoman(int n) {
        int[] values = {50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            for (; n >= values[k]; n -= values[k]) {
                sb.append(numerals[k]);
            }
        }
        return sb.toString();
    }

    /** True when this symbol names the same document as {@code other} or a revision, addendum or corrigendum of it. */
    public boolean isVersionOf(UnSymbol other) {
        return base().equals(other.base());
    }

    /** The symbol without its {@code /Rev.n}, {@code /Add.n} and {@code /Corr.n} parts. */
    public String base() {
        String t = text;
        int cut = t.length();
        for (String marker : List.of("/Rev.", "/Add.", "/Corr.")) {
            int at = t.indexOf(marker);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return t.substring(0, cut);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Mutable state of one parse; never escapes this class. */
    private static final class Builder {
        private final List<String> canonical = new ArrayList<>();
        private UnBody body;
        private Optional<String> series = Optional.empty();
        private Optional<Session> session = Optional.empty();
        private OptionalInt bodySession = OptionalInt.empty();
        private Optional<String> country = Optional.empty();
        private DocumentType type = DocumentType.REPORT;
        private int number;
        private OptionalInt revision = OptionalInt.empty();
        private OptionalInt addendum = OptionalInt.empty();
        private OptionalInt corrigendum = OptionalInt.empty();

        Builder(String prefix) {
            canonical.add(prefix);
        }

        void append(String part) {
            canonical.add(part);
        }

        int takeOutcomeSeries(String[] parts, int i) {
            if (i >= parts.length) {
                return i;
            }
            DocumentType outcome = switch (parts[i]) {
                case "RES" -> DocumentType.RESOLUTION;
                case "DEC" -> DocumentType.DECISION;
                case "PRST" -> DocumentType.PRESIDENT_STATEMENT;
                default -> null;
            };
            if (outcome == null) {
                return i;
            }
            type = outcome;
            append(parts[i]);
            return i + 1;
        }

        /** Returns the index after the document number, or -1 when there is none. */
        int takeDocumentNumber(String[] parts, int i) {
            if (i >= parts.length) {
                return -1;
            }
            if ((parts[i].equals("NGO") || parts[i].equals("G")) && i + 1 < parts.length) {
                if (type != DocumentType.REPORT || !parts[i + 1].matches("\\d{1,4}")) {
                    return -1;
                }
                type = DocumentType.OTHER;
                number = Integer.parseInt(parts[i + 1]);
                append(parts[i]);
                append(Integer.toString(number));
                return i + 2;
            }
            Matcher d = DOC_NUMBER.matcher(parts[i]);
            if (!d.matches()) {
                return -1;
            }
            number = Integer.parseInt(d.group(2));
            String prefix = d.group(1);
            if (prefix != null) {
                if (type != DocumentType.REPORT) {
                    return -1; // A/HRC/RES/37/L.1 is not a symbol
                }
                if (prefix.equals("L.")) {
                    type = DocumentType.DRAFT_RESOLUTION;
                } else {
                    type = DocumentType.OTHER;
                }
            }
            append((prefix == null ? "" : prefix) + number);
            return i + 1;
        }

        Optional<UnSymbol> takeSuffixes(String[] parts, int i) {
            for (; i < parts.length; i++) {
                Matcher m = SUFFIX.matcher(parts[i]);
                if (!m.matches()) {
                    return Optional.empty();
                }
                int n = Integer.parseInt(m.group(2));
                String kind = m.group(1);
                OptionalInt value = OptionalInt.of(n);
                switch (kind) {
                    case "REV" -> {
                        if (revision.isPresent()) {
                            return Optional.empty();
                        }
                        revision = value;
                        append("Rev." + n);
                    }
                    case "ADD" -> {
                        if (addendum.isPresent()) {
                            return Optional.empty();
                        }
                        addendum = value;
                        append("Add." + n);
                    }
                    default -> {
                        if (corrigendum.isPresent()) {
                            return Optional.empty();
                        }
                        corrigendum = value;
                        append("Corr." + n);
                    }
                }
            }
            return Optional.of(new UnSymbol(
                    String.join("/", canonical),
                    body,
                    series,
                    session,
                    bodySession,
                    country,
                    type,
                    number,
                    revision,
                    addendum,
                    corrigendum));
        }
    }
}
