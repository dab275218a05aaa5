package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * Reads the Council's actions out of a report of the Council on its session ({@code A/HRC/43/2}): the texts its Part
 * One lists, and one {@link CouncilAction} per proposal its "Consideration of and action on draft proposals"
 * paragraphs tell of. Its input is the report's pages as the indexer cleans them; it does no I/O.
 *
 * <p>It never guesses silently: a recorded vote whose State lists do not add up to the printed tally, a name in a
 * list that is not a State, a paragraph about a proposal it could not read, and a vote that Part One prints
 * otherwise (older reports print each adopted text with its vote) are each a warning.
 */
public final class ActionExtractor {

    /** An action on a draft: what a paragraph outside every story must not tell, or it was not read. */
    private static final Pattern DRAFT_NAMED =
            Pattern.compile("draft\\s+" + ActionWords.TEXT_KIND + "\\s+" + ActionWords.DRAFT_SYMBOL.pattern());

    private static final Pattern ACTED =
            Pattern.compile("\\b(?:introduced|adopted|rejected|withdr[ae]wn?|recorded\\s+vote|no[-\\s]action)\\b");

    private final ActionParser parser;
    private final RecordedVoteParser votes;

    public ActionExtractor(StateNames states) {
        SponsorNames names = new SponsorNames(states);
        this.parser = new ActionParser(names);
        this.votes = new RecordedVoteParser(names);
    }

    public ReportActions extract(UnSymbol report, List<String> pages) {
        List<ReportLine> lines = ReportLine.of(pages);
        List<AdoptedText> adopted = AdoptedTextSpans.locate(pages, AdoptedTextsList.read(lines, report));
        Map<UnSymbol, AdoptedText> bySymbol = new LinkedHashMap<>();
        adopted.forEach(t -> bySymbol.put(t.symbol(), t));
        List<CouncilAction> actions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<ReportParagraph> paragraphs = ActionParagraphs.partTwo(lines);
        Set<Integer> told = new HashSet<>();
        for (ActionParagraphs.Story story : ActionParagraphs.stories(paragraphs)) {
            ActionParser.Parsed parsed = parser.parse(story, report, bySymbol);
            parsed.action().ifPresent(actions::add);
            warnings.addAll(parsed.warnings());
            story.paragraphs().forEach(p -> told.add(p.number()));
        }
        for (ReportParagraph p : paragraphs) {
            String prose = SponsorNames.withoutFootnoteMarks(p.prose());
            Matcher named = DRAFT_NAMED.matcher(prose);
            if (!told.contains(p.number())
                    && named.find()
                    && ACTED.matcher(prose).find()) {
                warnings.add(ActionWords.where(report, List.of(p)) + ": tells of " + named.group()
                        + " outside any action that could be read");
            }
        }
        for (AdoptedText t : adopted) {
            if (actions.stream().noneMatch(a -> a.resulting().equals(Optional.of(t.symbol())))) {
                warnings.add(
                        report + ": " + t.symbol() + " is listed in Part One but no action was read that adopted it");
            }
        }
        warnings.addAll(PartOneVotes.disagreements(report, adopted, PartOneVotes.read(lines, votes), actions));
        return new ReportActions(actions, adopted, warnings);
    }
}
