package org.hrcsearch.indexer.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.ActionSource;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Reads one proposal's story ({@link ActionParagraphs.Story}) into a {@link CouncilAction}: the draft, meeting and
 * date and sponsors from its opening paragraph, oral revisions, then its votes ({@link StoryVotes}), outcome
 * ({@link OutcomeReader}) and amendments ({@link AmendmentReader}). What it cannot read it says in a warning, with
 * page and paragraph; a story without a readable outcome gives no action. Pure.
 */
final class ActionParser {

    /** The action read from a story, if any, and what a reader of the report should check. */
    record Parsed(Optional<CouncilAction> action, List<String> warnings) {
        Parsed {
            warnings = List.copyOf(warnings);
        }
    }

    private static final Pattern MEETING = Pattern.compile("^\\d+\\.\\s+(?:At|Also\\s+at)\\s+(?:the|its)\\s+(\\d{1,3})"
            + "(?:st|nd|rd|th)\\s+meeting(?:,\\s+on\\s+(\\d{1,2}\\s+\\p{L}+\\s+\\d{4}))?");
    private static final Pattern DATE_ONLY = Pattern.compile("^\\d+\\.\\s+On\\s+(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})");
    private static final Pattern SPONSORED =
            Pattern.compile("\\bsponsored\\s+by\\s+(.+?)(?:,?\\s+and\\s+co-sponsored\\s+by\\s+(.+?))?\\.(?=\\s|$)");
    private static final Pattern JOINED =
            Pattern.compile("\\bSubsequently,\\s+([^.]+?)\\s+joined\\s+(?:the\\s+)?(?:sponsors|co-sponsors)");
    /** "Subsequently, Chile, Guatemala and Peru withdrew their original sponsorship": no longer sponsors. */
    private static final Pattern WITHDREW =
            Pattern.compile("([^.]+?)\\s+withdrew\\s+(?:its|their)\\s+(?:original\\s+)?(?:co-)?sponsorship");

    private static final Pattern REVISED_BY =
            Pattern.compile("(?:the\\s+)?representatives?\\s+of\\s+([^.]+?)\\s+orally\\s+revised\\s+the\\s+draft");

    private static final Pattern OTHER_DRAFT = Pattern.compile("(?<!amendments?\\s)(?<!to\\s)draft\\s+"
            + ActionWords.TEXT_KIND + "\\s+(" + ActionWords.DRAFT_SYMBOL.pattern() + ")");
    private static final Pattern ACTED_ON =
            Pattern.compile("\\b(?:adopted|rejected|withdrawn|recorded\\s+vote|no[-\\s]action)\\b");

    private final SponsorNames names;
    private final RecordedVoteParser votes;
    private final AmendmentReader amendments;

    ActionParser(SponsorNames names) {
        this.names = names;
        this.votes = new RecordedVoteParser(names);
        this.amendments = new AmendmentReader(names);
    }

    Parsed parse(ActionParagraphs.Story story, UnSymbol report, Map<UnSymbol, AdoptedText> adopted) {
        List<String> warnings = new ArrayList<>();
        List<ReportParagraph> paragraphs = story.paragraphs();
        String where = ActionWords.where(report, paragraphs);
        List<String> proses = paragraphs.stream()
                .map(p -> SponsorNames.withoutFootnoteMarks(p.prose()))
                .toList();
        String opening = proses.getFirst();

        Optional<UnSymbol> draft = Optional.empty();
        DocumentType kind;
        Optional<UnSymbol> named = Optional.empty();
        Matcher intro = ActionParagraphs.INTRODUCED.matcher(opening);
        if (intro.find()) {
            kind = ActionWords.kind(intro.group(1));
            draft = UnSymbol.parse(intro.group(2));
            if (draft.isEmpty()) {
                warnings.add(where + ": cannot read the draft symbol '" + intro.group(2) + "'");
                return new Parsed(Optional.empty(), warnings);
            }
        } else if (ActionParagraphs.WITHDRAWN_DRAFT.matcher(opening).find()
                && !ActionParagraphs.ADOPTED_NUMBERED_TEXT.matcher(opening).find()) {
            Matcher w = ActionParagraphs.WITHDRAWN_DRAFT.matcher(opening);
            w.find();
            kind = ActionWords.kind(
                    opening.substring(w.start() + "draft ".length()).strip());
            draft = UnSymbol.parse(w.group(1));
            if (draft.isEmpty()) {
                warnings.add(where + ": cannot read the draft symbol '" + w.group(1) + "'");
                return new Parsed(Optional.empty(), warnings);
            }
        } else {
            Matcher numbered = ActionParagraphs.ADOPTED_NUMBERED_TEXT.matcher(opening);
            if (!numbered.find()) {
                warnings.add(where + ": names no draft and no adopted text");
                return new Parsed(Optional.empty(), warnings);
            }
            kind = ActionWords.kind(numbered.group(1));
            named = ActionWords.textSymbol(kind, numbered.group(2));
        }

        OptionalInt meeting = OptionalInt.empty();
        Optional<LocalDate> date = Optional.empty();
        Matcher m = MEETING.matcher(opening);
        Matcher d = DATE_ONLY.matcher(opening);
        if (m.find()) {
            meeting = OptionalInt.of(Integer.parseInt(m.group(1)));
            date = ActionWords.date(m.group(2));
        } else if (d.find()) {
            date = ActionWords.date(d.group(1));
        }

        List<Sponsor> sponsors = List.of();
        List<Sponsor> coSponsors = List.of();
        List<Sponsor> joined = List.of();
        if (draft.isPresent()) {
            Matcher s = SPONSORED.matcher(opening);
            if (s.find()) {
                sponsors = names.sponsors(s.group(1));
                coSponsors = s.group(2) == null ? List.of() : names.sponsors(s.group(2));
            }
            // the word first: these expressions start at every character of the opening and run lazily to its end
            Matcher j = JOINED.matcher(opening);
            if (opening.contains("joined") && j.find()) {
                joined = names.sponsors(j.group(1));
            }
            Matcher w = WITHDREW.matcher(opening);
            boolean withdrew = opening.contains("withdrew");
            while (withdrew && w.find()) {
                List<Optional<String>> gone =
                        names.sponsors(w.group(1).replaceFirst("^.*?Subsequently,\\s+", "")).stream()
                                .map(Sponsor::state)
                                .filter(Optional::isPresent)
                                .toList();
                sponsors = without(sponsors, gone);
                coSponsors = without(coSponsors, gone);
            }
            for (List<Sponsor> list : List.of(sponsors, coSponsors, joined)) {
                for (Sponsor sp : list) {
                    if (sp.state().isEmpty() && sp.group().isEmpty()) {
                        warnings.add(
                                where + ": sponsor '" + sp.printed() + "' of " + draft.get() + " is not a known State");
                    }
                }
            }
        }

        boolean orallyRevised = false;
        List<Sponsor> revisedBy = new ArrayList<>();
        for (String prose : proses) {
            Matcher r = REVISED_BY.matcher(prose);
            while (r.find()) {
                orallyRevised = true;
                names.sponsors(r.group(1)).stream()
                        .filter(sp -> !revisedBy.contains(sp))
                        .forEach(revisedBy::add);
            }
            orallyRevised |= prose.contains("orally revised the draft");
        }

        StoryVotes storyVotes = StoryVotes.read(paragraphs, proses, votes, report);
        warnings.addAll(storyVotes.warnings());
        Optional<OutcomeReader.Read> read = OutcomeReader.read(proses, kind, named, where);
        if (read.isEmpty()) {
            Optional<UnSymbol> which = draft.isPresent() ? draft : named;
            warnings.add(where + ": no outcome could be read for "
                    + which.map(UnSymbol::text).orElse("the proposal"));
            return new Parsed(Optional.empty(), warnings);
        }
        OutcomeReader.Read outcome = read.get();
        warnings.addAll(outcome.warnings());
        Optional<RecordedVote> vote = voteOnProposal(outcome, storyVotes, kind, where, warnings);
        List<RecordedVote> others = new ArrayList<>(storyVotes.others());
        if (storyVotes.onProposal().isPresent() && vote.isEmpty()) {
            warnings.add(where + ": a recorded vote on the proposal, but its outcome reads "
                    + outcome.outcome().key() + "; the vote is kept with the other votes");
            others.addFirst(storyVotes.onProposal().get());
        }

        warnings.addAll(otherDraftsActedOn(proses, draft, where));
        String title =
                outcome.resulting().map(adopted::get).map(AdoptedText::title).orElse(story.heading());
        List<Integer> pages = paragraphs.stream()
                .flatMap(p -> p.pages().stream())
                .distinct()
                .sorted()
                .toList();
        List<Integer> numbers = paragraphs.stream().map(ReportParagraph::number).toList();
        try {
            return new Parsed(
                    Optional.of(new CouncilAction(
                            draft,
                            kind,
                            title,
                            meeting,
                            date,
                            sponsors,
                            coSponsors,
                            joined,
                            orallyRevised || outcome.asOrallyRevised(),
                            revisedBy,
                            amendments.read(proses, storyVotes),
                            outcome.outcome(),
                            vote,
                            others,
                            outcome.resulting(),
                            new ActionSource(report, pages, numbers))),
                    warnings);
        } catch (IllegalArgumentException e) {
            warnings.add(where + ": " + e.getMessage());
            return new Parsed(Optional.empty(), warnings);
        }
    }

    /**
     * The vote on the proposal with the tally its outcome sentence prints: that sentence is the report's own count
     * of it. A vote without State lists, or whose lists do not add up, is warned of, never silently right.
     */
    private static Optional<RecordedVote> voteOnProposal(
            OutcomeReader.Read outcome, StoryVotes votes, DocumentType kind, String where, List<String> warnings) {
        boolean voted = outcome.outcome() == ActionOutcome.ADOPTED_BY_VOTE
                || outcome.outcome() == ActionOutcome.REJECTED
                        && outcome.tally().isPresent();
        if (!voted) {
            return outcome.outcome() == ActionOutcome.REJECTED ? votes.onProposal() : Optional.empty();
        }
        Tally printed = outcome.tally().orElseThrow();
        if (votes.onProposal().isEmpty()) {
            warnings.add(
                    where + ": " + outcome.outcome().key() + " by " + printed + " but no State lists could be read");
            return Optional.of(
                    new RecordedVote("the draft " + kind.key(), Optional.empty(), Optional.of(printed), List.of()));
        }
        RecordedVote listed = votes.onProposal().get();
        if (listed.tally().equals(Optional.of(printed))) {
            return Optional.of(listed);
        }
        RecordedVote v =
                new RecordedVote(listed.subject(), listed.requestedBy(), Optional.of(printed), listed.positions());
        if (listed.tally().isPresent()) {
            warnings.add(where + ": the vote on the proposal prints "
                    + listed.tally().get() + " and its outcome " + printed + "; the outcome's is kept");
        }
        if (!v.listsMatchTally()) {
            warnings.add(where + ": the vote on the proposal lists " + v.listedCounts() + " but prints " + printed);
        }
        return Optional.of(v);
    }

    /**
     * Drafts other than the story's own that a sentence of it puts to the vote, adopts, rejects or withdraws (not its
     * amendments): a second action told inside the first, or a misprinted symbol, never silently taken for it.
     */
    private static List<String> otherDraftsActedOn(List<String> proses, Optional<UnSymbol> draft, String where) {
        List<String> out = new ArrayList<>();
        for (String prose : proses) {
            for (String sentence : ActionWords.sentences(prose)) {
                Matcher d = OTHER_DRAFT.matcher(sentence);
                while (d.find()) {
                    String other = ActionWords.canonical(d.group(1));
                    boolean own =
                            draft.map(UnSymbol::text).filter(other::equals).isPresent();
                    if (!own && ACTED_ON.matcher(sentence).find()) {
                        String w = where + ": also tells of draft " + other + " (" + sentence
                                + "); not read as its own action";
                        if (!out.contains(w)) {
                            out.add(w);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The sponsors without the States that withdrew (a group a State spoke for stays). */
    private static List<Sponsor> without(List<Sponsor> sponsors, List<Optional<String>> gone) {
        return sponsors.stream()
                .filter(s -> s.group().isPresent() || !gone.contains(s.state()))
                .toList();
    }
}
