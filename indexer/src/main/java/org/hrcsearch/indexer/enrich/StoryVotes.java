package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.Tally;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * The recorded votes of one proposal's story, sorted by what they were on: the proposal itself, an amendment by its
 * symbol, an oral amendment, or a part of it or a motion about it. Each vote's tally is the one printed in its own
 * paragraph (session 14: "The draft resolution was adopted by 32 votes in favour, 3 against, with 9 abstentions.
 * The voting was as follows: ...") or in the next (later sessions: the lists, then "adopted the draft resolution by
 * 23 votes to 16, with 8 abstentions"). Lists that do not add up to their tally are warned of. Pure.
 */
record StoryVotes(
        Optional<RecordedVote> onProposal,
        Map<String, RecordedVote> onAmendments,
        List<RecordedVote> onOralAmendments,
        List<RecordedVote> others,
        List<String> warnings) {

    StoryVotes {
        onAmendments = Map.copyOf(onAmendments);
        onOralAmendments = List.copyOf(onOralAmendments);
        others = List.copyOf(others);
        warnings = List.copyOf(warnings);
    }

    static StoryVotes read(
            List<ReportParagraph> paragraphs, List<String> proses, RecordedVoteParser parser, UnSymbol report) {
        Optional<RecordedVote> main = Optional.empty();
        Map<String, RecordedVote> amendments = new LinkedHashMap<>();
        List<RecordedVote> oral = new ArrayList<>();
        List<RecordedVote> others = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Optional<RecordedVoteParser.ListedVote> listed = parser.read(paragraphs.get(i));
            if (listed.isEmpty()) {
                continue;
            }
            RecordedVoteParser.ListedVote lv = listed.get();
            String at = ActionWords.where(report, List.of(paragraphs.get(i)));
            Optional<Tally> tally = TallyPhrase.find(proses.get(i)).map(TallyPhrase.Found::tally);
            if (tally.isEmpty() && i + 1 < paragraphs.size() && !RecordedVoteParser.hasLists(paragraphs.get(i + 1))) {
                tally = TallyPhrase.find(proses.get(i + 1)).map(TallyPhrase.Found::tally);
            }
            RecordedVote vote = new RecordedVote(lv.subject(), lv.requestedBy(), tally, lv.positions());
            String on = lv.subject().isEmpty() ? "(a subject that could not be read)" : "'" + lv.subject() + "'";
            for (String u : lv.unknown()) {
                warnings.add(at + ": in the vote on " + on + ", " + u + " is not a known State");
            }
            if (tally.isEmpty()) {
                warnings.add(at + ": the vote on " + on + " prints no tally that could be read");
            } else if (!vote.listsMatchTally()) {
                warnings.add(
                        at + ": the vote on " + on + " lists " + vote.listedCounts() + " but prints " + tally.get());
            }
            String subject = lv.subject().toLowerCase(Locale.ROOT);
            if (subject.contains("oral amendment")) {
                oral.add(vote);
            } else if (subject.contains("amendment")) {
                Matcher sym = ActionWords.DRAFT_SYMBOL.matcher(lv.subject());
                amendments.put(sym.find() ? ActionWords.canonical(sym.group()) : lv.subject(), vote);
            } else if (subject.contains("paragraph") || subject.contains("motion") || main.isPresent()) {
                others.add(vote);
            } else {
                main = Optional.of(vote);
            }
        }
        return new StoryVotes(main, amendments, oral, others, warnings);
    }
}
