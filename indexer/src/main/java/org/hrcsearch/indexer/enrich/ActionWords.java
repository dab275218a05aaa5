package org.hrcsearch.indexer.enrich;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/** The words the Council's session reports tell actions in, shared by the readers of one action's parts. Pure. */
final class ActionWords {

    /** A draft's symbol as printed, spaces allowed: {@code A/HRC/43/L.31/Rev.1}. */
    static final Pattern DRAFT_SYMBOL = Pattern.compile(
            "A\\s*/\\s*HRC\\s*/\\s*(?:S-)?\\d+\\s*/\\s*L\\.\\s*\\d+(?:\\s*/\\s*(?:Rev|Add|Corr)\\.\\s*\\d+)*");
    /** What a draft becomes: {@code resolution}, {@code decision}, {@code President's statement}. */
    static final String TEXT_KIND = "(?:resolution|decision|President['’]s\\s+statement)";

    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+[\\p{Lu}\\d(\\[]|\\s*$)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private ActionWords() {}

    /** The kind of text a word names: "resolution", "decision", "President's statement" or "PRST". */
    static DocumentType kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("resolution")) {
            return DocumentType.RESOLUTION;
        }
        if (w.startsWith("decision")) {
            return DocumentType.DECISION;
        }
        return DocumentType.PRESIDENT_STATEMENT;
    }

    /** {@code decision 43/117} as {@code A/HRC/DEC/43/117}. */
    static Optional<UnSymbol> textSymbol(DocumentType kind, String number) {
        String series = switch (kind) {
            case RESOLUTION -> "RES";
            case DECISION -> "DEC";
            default -> "PRST";
        };
        return UnSymbol.parse("A/HRC/" + series + "/" + number);
    }

    /** A draft symbol as printed in its canonical spelling ({@code A/HRC/28/L. 38} is {@code A/HRC/28/L.38}). */
    static String canonical(String symbol) {
        return UnSymbol.parse(symbol).map(UnSymbol::text).orElse(symbol.replaceAll("\\s+", ""));
    }

    /** A date printed {@code 22 June 2020}, or empty. */
    static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip().replaceAll("\\s+", " "), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The prose cut into sentences at a full stop before a capital, a digit or a bracket; the full stop inside a
     * symbol ({@code L.31}) is not followed by a space and does not cut.
     */
    static List<String> sentences(String prose) {
        List<String> out = new ArrayList<>();
        int from = 0;
        Matcher end = SENTENCE_END.matcher(prose);
        while (end.find()) {
            out.add(prose.substring(from, end.end()).strip());
            from = end.end();
        }
        if (from < prose.length()) {
            out.add(prose.substring(from).strip());
        }
        return out;
    }

    /** Where a warning points: {@code A/HRC/43/2 p. 44, paragraphs 260-265}. */
    static String where(UnSymbol report, List<ReportParagraph> paragraphs) {
        ReportParagraph first = paragraphs.getFirst();
        ReportParagraph last = paragraphs.getLast();
        String numbers =
                first == last ? "paragraph " + first.number() : "paragraphs " + first.number() + "-" + last.number();
        return report + " p. " + first.firstPage() + ", " + numbers;
    }
}
