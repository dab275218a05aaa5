package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Reads what became of a proposal from the first sentence of its story that says: "the Human Rights Council adopted
 * the draft resolution by 23 votes to 16, with 8 abstentions (resolution 43/21)", "the draft resolution, as orally
 * revised, was adopted without a vote (for the text as adopted, see part one, chapter I, resolution 14/6)",
 * "adopted the draft President's statement (PRST/28/1)", "adopted ... by silence procedure", "rejected the draft
 * resolution by ...", "draft resolution ... was withdrawn", a carried no-action motion. Sentences about an
 * amendment to the proposal are not its outcome. Pure.
 */
final class OutcomeReader {

    /**
     * An outcome read: the printed tally when it came from a vote, the text it became if the report says, whether
     * the outcome sentence says "as orally revised", the index of the paragraph that told it.
     */
    record Read(
            ActionOutcome outcome,
            Optional<Tally> tally,
            Optional<UnSymbol> resulting,
            boolean asOrallyRevised,
            int paragraph,
            List<String> warnings) {
        Read {
            warnings = List.copyOf(warnings);
        }
    }

    private static final String KIND = ActionWords.TEXT_KIND;
    private static final String AS_REVISED = "(?:,?\\s+as\\s+orally\\s+revised,?)?";
    private static final Pattern ADOPTED = Pattern.compile(
            "Council\\s+adopted\\s+(?:the\\s+)?draft\\s+" + KIND
                    + "|(?:the\\s+)?draft\\s+" + KIND + "(?:\\s+A\\s*/\\s*HRC\\S+)?" + AS_REVISED + "\\s+was\\s+adopted"
                    + "|Council\\s+adopted,?\\s+(?:without\\s+a\\s+vote,\\s+)?(?:draft\\s+)?(?:decision|resolution)\\s+\\d+/\\d+");
    private static final Pattern REJECTED = Pattern.compile("Council\\s+rejected\\s+(?:the\\s+)?draft\\s+" + KIND
            + "|(?:the\\s+)?draft\\s+" + KIND + "(?:\\s+A\\s*/\\s*HRC\\S+)?" + AS_REVISED + "\\s+was\\s+rejected");
    private static final Pattern WITHDRAWN =
            Pattern.compile("draft\\s+" + KIND + "(?:\\s+A\\s*/\\s*HRC\\S+)?\\s+(?:had\\s+been|was|were)\\s+withdrawn"
                    + "|withdrew\\s+(?:the\\s+)?draft\\s+" + KIND);
    /** A motion that no action be taken, carried: "the no-action motion was adopted", "adopted the motion ...". */
    private static final Pattern NO_ACTION =
            Pattern.compile("(?:no[-\\s]action\\s+motion|motion\\s+(?:not\\s+to\\s+take|"
                    + "that\\s+no)\\s+action[^.]*?)\\s+(?:was\\s+)?(?:adopted|carried)"
                    + "|Council\\s+(?:adopted|carried)\\s+the\\s+(?:no[-\\s]action\\s+motion|motion\\s+(?:not\\s+to\\s+take|that\\s+no)\\s+action)"
                    + "|Council\\s+decided\\s+(?:to\\s+take\\s+)?no\\s+action");

    private static final Pattern WITHOUT_VOTE =
            Pattern.compile("without\\s+a\\s+vote|silence\\s+procedure|by\\s+consensus");
    /** "(resolution 43/21)", "(decision 43/117)", "(President's statement 43/1)", "(PRST/28/1)", "(PRST 28/3)". */
    private static final Pattern RESULTING = Pattern.compile(
            "\\b(resolution|decision|President['’]s\\s+statement|PRST)\\s*/?\\s*(\\d{1,2}/\\d{1,3})\\b");
    /** "for the text as adopted, see part one, chapter I, resolution 14/1", possibly a paragraph later. */
    private static final Pattern TEXT_AS_ADOPTED = Pattern.compile(
            "text\\s+(?:as\\s+)?adopted,?\\s+see\\s+[^)]*?\\b(resolution|decision)\\s+(\\d{1,2}/\\d{1,3})");

    private OutcomeReader() {}

    /**
     * The outcome of a story whose paragraphs read {@code proses} (footnote marks gone); {@code named} is the text
     * its opening paragraph already adopted ("adopted draft decision 14/101"); empty when no outcome is told.
     */
    static Optional<Read> read(List<String> proses, DocumentType kind, Optional<UnSymbol> named, String where) {
        for (int i = 0; i < proses.size(); i++) {
            for (String sentence : ActionWords.sentences(proses.get(i))) {
                Optional<Read> read = inSentence(sentence, kind, named, i, where);
                if (read.isPresent()) {
                    return Optional.of(withResultingFromLater(read.get(), proses, kind, where));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Read> inSentence(
            String sentence, DocumentType kind, Optional<UnSymbol> named, int paragraph, String where) {
        Matcher a = ADOPTED.matcher(sentence);
        if (a.find() && !aboutAmendment(sentence, a.start())) {
            String rest = sentence.substring(a.start());
            Optional<TallyPhrase.Found> tally = TallyPhrase.find(rest);
            List<String> warnings = new ArrayList<>();
            // a President's statement is adopted by consensus: the report says no more than "adopted"
            if (tally.isEmpty()
                    && kind != DocumentType.PRESIDENT_STATEMENT
                    && !WITHOUT_VOTE.matcher(rest).find()) {
                warnings.add(where + ": adopted, but neither without a vote nor by a tally that could be read;"
                        + " taken as without a vote");
            }
            Optional<UnSymbol> resulting = named.or(() -> resultingIn(rest.substring(a.end() - a.start()), kind));
            return Optional.of(new Read(
                    tally.isPresent() ? ActionOutcome.ADOPTED_BY_VOTE : ActionOutcome.ADOPTED_WITHOUT_VOTE,
                    tally.map(TallyPhrase.Found::tally),
                    resulting,
                    rest.contains("as orally revised"),
                    paragraph,
                    warnings));
        }
        Matcher r = REJECTED.matcher(sentence);
        if (r.find() && !aboutAmendment(sentence, r.start())) {
            Optional<Tally> tally =
                    TallyPhrase.find(sentence.substring(r.start())).map(TallyPhrase.Found::tally);
            return Optional.of(new Read(ActionOutcome.REJECTED, tally, Optional.empty(), false, paragraph, List.of()));
        }
        Matcher w = WITHDRAWN.matcher(sentence);
        if (w.find() && !aboutAmendment(sentence, w.start())) {
            return Optional.of(
                    new Read(ActionOutcome.WITHDRAWN, Optional.empty(), Optional.empty(), false, paragraph, List.of()));
        }
        if (NO_ACTION.matcher(sentence).find()) {
            return Optional.of(
                    new Read(ActionOutcome.NO_ACTION, Optional.empty(), Optional.empty(), false, paragraph, List.of()));
        }
        return Optional.empty();
    }

    /** An adopted proposal whose outcome sentence names no text: "For the text as adopted, see ..." may follow. */
    private static Read withResultingFromLater(Read read, List<String> proses, DocumentType kind, String where) {
        boolean adopted =
                read.outcome() == ActionOutcome.ADOPTED_BY_VOTE || read.outcome() == ActionOutcome.ADOPTED_WITHOUT_VOTE;
        if (!adopted || read.resulting().isPresent()) {
            return read;
        }
        List<String> warnings = new ArrayList<>(read.warnings());
        Optional<UnSymbol> resulting = Optional.empty();
        for (int i = read.paragraph(); i < proses.size() && resulting.isEmpty(); i++) {
            Matcher t = TEXT_AS_ADOPTED.matcher(proses.get(i));
            if (t.find()) {
                resulting = ActionWords.textSymbol(ActionWords.kind(t.group(1)), t.group(2))
                        .filter(s -> s.type() == kind);
            }
        }
        if (resulting.isEmpty()) {
            warnings.add(where + ": adopted, but the text it became could not be read");
        }
        return new Read(read.outcome(), read.tally(), resulting, read.asOrallyRevised(), read.paragraph(), warnings);
    }

    /** True when the sentence is about an amendment to the proposal ("amendments ... to draft resolution ..."). */
    private static boolean aboutAmendment(String sentence, int matchStart) {
        return sentence.substring(0, matchStart).toLowerCase(Locale.ROOT).contains("amendment");
    }

    /** The first text of the proposal's kind the words name: "(resolution 43/21)". */
    private static Optional<UnSymbol> resultingIn(String text, DocumentType kind) {
        Matcher r = RESULTING.matcher(text);
        while (r.find()) {
            Optional<UnSymbol> s = ActionWords.textSymbol(ActionWords.kind(r.group(1)), r.group(2));
            if (s.isPresent() && s.get().type() == kind) {
                return s;
            }
        }
        return Optional.empty();
    }
}
