package org.hrcsearch.indexer.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Decides what kind of document this is: the symbol says most (RES, DEC, L., the UPR series); the title tells a
 * report of the Council on its session from other reports; a document without a symbol is a joint letter or
 * statement when it reads like one.
 *
 * <p>A letter or statement says so of itself: "we, the undersigned", "the undersigned organisations" anywhere; "Joint
 * letter" or "Oral statement" in its heading lines, "Signatories" as a line of its own; a salutation ("Dear
 * Ambassador,", "Excellencies,") at the start of a line only when a closing ("Sincerely,") or a signatory heading
 * ends it, or when it opens the text as a letter opens (see {@link #opensAsALetter}). The same words in the prose of a
 * report, a news release or a speech ("the signatories of the Charter", "said in a joint statement", "Your Excellency,
 * Mr. President") do not make it a letter: a speech opens with a salutation but closes with no "Sincerely", and what
 * follows its salutation is no writing to the reader ("It is an honour for me to speak").
 */
public final class TypeClassifier {

    private static final Pattern SESSION_REPORT =
            Pattern.compile("(?i)^Report of the Human Rights Council on its .*session.*");
    /** Cues that only a letter or statement prints, wherever they stand. */
    private static final Pattern SELF_DESCRIPTION = Pattern.compile("(?iu)\\b(we,?\\s+the\\s+undersigned"
            + "|the\\s+undersigned\\s+([\\p{L}-]+\\s+){0,3}(organi[sz]ations|groups|NGOs)"
            // the same cues in the other languages letters to the Council are written in
            + "|organisations\\s+soussign[ée]es|organisations\\s+signataires|organizaciones\\s+(abajo\\s+)?firmantes"
            + "|подписавшие\\s+организации)|المنظمات\\s+الموق[ّ]?عة|签署组织|联署组织");
    /** Cues that name a letter or statement, which mean one only in its heading lines or as a line of their own. */
    private static final Pattern NAMED_AS_LETTER =
            Pattern.compile("(?iu)\\b(joint\\s+(NGO\\s+|civil\\s+society\\s+)?(letter|statement)|oral\\s+statement"
                    + "|lettre\\s+conjointe|d[ée]claration\\s+conjointe|carta\\s+conjunta|declaraci[óo]n\\s+conjunta"
                    + "|совместное\\s+(письмо|заявление)|رسالة\\s+مشتركة|بيان\\s+مشترك|联合信|联名信|联合声明)");

    private static final Pattern LINE_OF_ITS_OWN = Pattern.compile(
            "(?imu)^\\s*(?:(?:list\\s+of\\s+)?(?:co-?)?signatories|signatory\\s+organi[sz]ations)\\s*[:：]?\\s*$");
    private static final Pattern SALUTATION =
            Pattern.compile("(?imu)^\\s*(?:Dear\\s+(?:Excellenc|Ambassador|Mr|Ms|Madam"
                    + "|Sir|President|Minister|Members)|Your\\s+Excellenc|Excellenc(?:y|ies)\\s*[,:]|Estimad[oa]s?\\s|Excelencia"
                    + "|Monsieur|Madame|Уважаем|سعادة|尊敬的)");
    /**
     * A salutation on a line of its own, as a letter prints it under its addressee: "Dear President Noboa:", "Dear
     * Members of the Human Rights Council,", "Excellency,", "Estimada Embajadora:". A speech's "Dear Mr. President!"
     * or "Mr. President, like my colleagues ..." is none.
     */
    private static final Pattern SALUTATION_LINE = Pattern.compile("(?u)^(?:(?:Dear|DEAR)\\s+(?:\\p{Lu}|Sir|Madam)"
            + "[^!?;]{0,100}|(?:Your\\s+)?Excellenc(?:y|ies)|(?:Monsieur|Madame|Mesdames|Messieurs)\\b[^!?;]{0,80}"
            + "|Estimad[oa]s?\\s[^!?;]{0,80}|(?:Su\\s+)?Excelencia[s]?|Уважаем[^!?;]{0,80}|سعادة[^!?;]{0,60}"
            + "|尊敬的[^！？；]{0,40})\\s*[,:：，]$");
    /** A "Re:" or "Subject:" line that some letters print between the salutation and the body. */
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?iu)^(?:re|subject|objet|asunto)\\s*[:：]");
    /**
     * The writer telling the reader that it writes: "We write to you ahead of ...", "I am writing on behalf of ...",
     * "Human Rights Watch writes to urge ...", "Nous vous écrivons", "Les escribimos". A speech speaks ("I have the
     * honour to ...") and "we are writing history" writes no letter.
     */
    private static final Pattern WRITING_ACT = Pattern.compile("(?iu)\\b(?:we|I)\\s+(?:am\\s+|are\\s+)?writ(?:e|ing)"
            + "\\s+(?:to|on\\s+behalf|in|ahead|regarding|concerning|about|with|jointly|today|once|again|as)\\b"
            + "|\\bwrites\\s+to\\s+(?:you|urge|express|share|draw|raise|ask|request|call|convey|encourage)\\b"
            + "|\\bnous\\s+vous\\s+écrivons|\\b(?:les?|os)\\s+escribimos");
    /**
     * An appeal of the writers, in the first person plural, to the reader: "we urge your delegation to ...", "our
     * organisations call on you to ...", "nous vous exhortons à", "les instamos a". A speech appeals to the Assembly or
     * the world ("we call on all States"), or the one it addresses to no act ("we ask you, Mr. President, for ...").
     */
    private static final Pattern APPEAL_TO_READER = Pattern.compile("(?iu)\\b(?:we|our\\s+organi[sz]ations)"
            + "\\s+(?:\\p{L}+ly\\s+|therefore\\s+|also\\s+|further\\s+|again\\s+)?(?:urge|call\\s+(?:up)?on|ask"
            + "|request|encourage|implore|appeal\\s+to)\\s+(?:you\\s+to\\b|your\\s+(?:delegation|government|State|country"
            + "|Excellenc|authorities|office|mission))|\\bnous\\s+vous\\s+(?:exhortons|appelons|demandons|prions)"
            + "\\s+(?:à|de\\b|d['’])|\\b(?:les?|os)\\s+(?:instamos|pedimos|solicitamos|exhortamos)\\s+(?:a|que)\\b");
    /**
     * A speaker at a rostrum: "It is an honour for me to speak before you", "I take the floor", "this Assembly",
     * "prendre la parole", "tomar la palabra".
     */
    private static final Pattern SPEAKING = Pattern.compile("(?iu)\\b(?:speak(?:ing)?\\s+(?:before|to)\\s+you"
            + "|take\\s+the\\s+floor|this\\s+(?:rostrum|podium|Assembly|august)"
            + "|honour\\s+(?:for\\s+me\\s+)?to\\s+(?:speak|address|be\\s+here)"
            + "|prendre\\s+la\\s+parole|(?:tomar|hacer\\s+uso\\s+de)\\s+la\\s+palabra)");
    /** The non-empty lines at the top of a letter that may hold its salutation, under a heading, date and address. */
    private static final int ADDRESS_LINES = 20;
    /** The non-empty lines after the salutation in which a letter says that it writes. */
    private static final int OPENING_LINES = 3;
    /** The characters of the body, after the salutation, in which the writers appeal to the reader. */
    private static final int BODY_CHARS = 6_000;
    /** Words before a name that make it speak of another text: "The signatories of the Charter". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "these");
    /** The most words a heading line holds that does not open with the name ("... Session Joint Oral statement"). */
    private static final int HEADING_WORDS = 16;
    /** The number of lines at the top of a document that hold its heading (letterhead, addressee, subject). */
    private static final int HEADING_LINES = 12;
    /** Council documents that are neither reports nor outcomes: the agenda, programmes of work, lists. */
    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "(?i)^(Agenda and annotations|Annotations to the (provisional )?agenda|(Provisional )?agenda|"
                    + "Programme of work|List of (speakers|participants)|Note by the Secretariat|Note verbale).*");

    public DocumentType classify(Optional<UnSymbol> symbol, String title, String text) {
        if (symbol.isPresent()) {
            DocumentType t = symbol.get().type();
            if (t == DocumentType.REPORT && SESSION_REPORT.matcher(title).matches()) {
                return DocumentType.SESSION_REPORT;
            }
            if (t == DocumentType.REPORT && ADMINISTRATIVE.matcher(title).matches()) {
                return DocumentType.OTHER;
            }
            return t;
        }
        if (SESSION_REPORT.matcher(title).matches()) {
            return DocumentType.SESSION_REPORT;
        }
        return readsAsLetter(text) ? DocumentType.JOINT_LETTER : DocumentType.OTHER;
    }

    /** True when a text without a symbol is a letter or statement by its own account (see the class comment). */
    static boolean readsAsLetter(String text) {
        String head = text.substring(0, Math.min(text.length(), 6_000));
        if (SELF_DESCRIPTION.matcher(head).find()
                || namedInItsHeading(text)
                || LINE_OF_ITS_OWN.matcher(text).find()) {
            return true;
        }
        return opensAsALetter(text)
                || isAddressed(text)
                        && text.lines()
                                .map(String::strip)
                                .anyMatch(l -> SignatoryNames.CLOSING.matcher(l).matches());
    }

    /**
     * True when the text opens as a letter, closing or not: a salutation on a line of its own among its first lines
     * (under a heading, a date, an addressee), then a body that writes to the reader: it says so in its first lines
     * ("We write to you ahead of ...", "I write on behalf of ...") or appeals, in the first person plural, to the one
     * it addresses ("we urge your delegation to ..."). So a letter cut before its closing, or one that ends with a
     * paragraph of names and no closing, is a letter; a speech opening "Dear President, Excellencies," and going on
     * "It is an honour for me to speak ..." is not, whatever it asks.
     */
    static boolean opensAsALetter(String text) {
        List<String> lines = nonEmptyLines(text);
        OptionalInt salutation = salutationAtTop(lines);
        if (salutation.isEmpty()) {
            return false;
        }
        int body = salutation.getAsInt() + 1;
        while (body < lines.size()
                && (SALUTATION_LINE.matcher(lines.get(body)).matches()
                        || SUBJECT_LINE.matcher(lines.get(body)).find())) {
            body++;
        }
        String opening = String.join(" ", lines.subList(body, Math.min(lines.size(), body + OPENING_LINES)));
        if (SPEAKING.matcher(opening).find()) {
            return false;
        }
        if (WRITING_ACT.matcher(opening).find()) {
            return true;
        }
        StringBuilder rest = new StringBuilder();
        for (int j = body; j < lines.size() && rest.length() < BODY_CHARS; j++) {
            rest.append(lines.get(j)).append(' ');
        }
        return APPEAL_TO_READER.matcher(rest).find();
    }

    /** True when one of the text's first lines is a salutation of its own, as a letter prints it (or a speech). */
    static boolean salutedAtTop(String text) {
        return salutationAtTop(nonEmptyLines(text)).isPresent();
    }

    private static OptionalInt salutationAtTop(List<String> lines) {
        return IntStream.range(0, Math.min(lines.size(), ADDRESS_LINES))
                .filter(i -> SALUTATION_LINE.matcher(lines.get(i)).matches())
                .findFirst();
    }

    private static List<String> nonEmptyLines(String text) {
        return text.lines()
                .limit(2_000)
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    /** True when a line of the text's first pages opens with a salutation: "Dear Ambassador,", "Excellencies,". */
    static boolean isAddressed(String text) {
        return SALUTATION
                .matcher(text.substring(0, Math.min(text.length(), 6_000)))
                .find();
    }

    /**
     * True when one of the first lines names the document a letter or statement ("Joint Oral statement Item 6",
     * "(oral statement at ...)"), not another one: the line is a paragraph of prose ("... as set forth in the
     * North-South Joint Statement of 4 July ..."), or a word in lower case before the name ("said in a joint
     * statement", "the signatories of the Charter", also across a wrapped line) speaks of some other text.
     */
    private static boolean namedInItsHeading(String text) {
        String before = "";
        int n = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String l = line.strip();
            if (l.isEmpty()) {
                before = "";
                continue;
            }
            Matcher m = NAMED_AS_LETTER.matcher(l);
            while (m.find()) {
                String[] words =
                        (before + " " + l.substring(0, m.start())).strip().split("\\s+");
                String previous = words[words.length - 1];
                // a heading line is short, or opens with the name; a longer one is a paragraph of prose
                boolean heading = m.start() == 0 || l.split("\\s+").length <= HEADING_WORDS;
                boolean other = !heading
                        || !previous.isEmpty()
                                && (Character.isLowerCase(previous.codePointAt(0)) && !previous.equals("this")
                                        || DETERMINERS.contains(previous.toLowerCase(Locale.ROOT)));
                if (!other) {
                    return true;
                }
            }
            before = l;
            if (++n == HEADING_LINES) {
                return false;
            }
        }
        return false;
    }
}
