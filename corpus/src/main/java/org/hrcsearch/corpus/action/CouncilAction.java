package org.hrcsearch.corpus.action;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * What the Council did with one proposal, as its session report tells it, e.g. draft resolution
 * {@code A/HRC/43/L.31/Rev.1}, introduced by China at the 45th meeting on 22 June 2020, put to a recorded vote at
 * the request of Czechia on behalf of the EU States, adopted by 23 votes to 16 with 8 abstentions as resolution
 * {@code A/HRC/RES/43/21}.
 *
 * @param draft the draft's symbol with its revision ({@code A/HRC/43/L.31/Rev.1}); empty when the report names none,
 *     as for the decisions adopting UPR outcomes
 * @param kind what the draft would become: {@code RESOLUTION}, {@code DECISION} or {@code PRESIDENT_STATEMENT}
 * @param title the proposal's title; empty when the report gives none that could be read
 * @param meeting the number of the meeting at which it was introduced or acted on; empty for silence procedure
 * @param sponsors the main sponsors ("sponsored by")
 * @param coSponsors those listed as co-sponsors when it was introduced
 * @param joinedSponsors those who "subsequently joined the sponsors"
 * @param orallyRevisedBy who revised it orally; empty when it was not, or the report does not say who
 * @param vote the recorded vote on the proposal itself: always for {@code adopted_by_vote}, never without a vote
 * @param otherVotes recorded votes on parts of it or on motions about it (amendments keep their own)
 * @param resulting the text it became ({@code A/HRC/RES/43/21}); empty when rejected, withdrawn or not acted on
 */
public record CouncilAction(
        Optional<UnSymbol> draft,
        DocumentType kind,
        String title,
        OptionalInt meeting,
        Optional<LocalDate> date,
        List<Sponsor> sponsors,
        List<Sponsor> coSponsors,
        List<Sponsor> joinedSponsors,
        boolean orallyRevised,
        List<Sponsor> orallyRevisedBy,
        List<Amendment> amendments,
        ActionOutcome outcome,
        Optional<RecordedVote> vote,
        List<RecordedVote> otherVotes,
        Optional<UnSymbol> resulting,
        ActionSource source) {

    private static final EnumSet<DocumentType> KINDS =
            EnumSet.of(DocumentType.RESOLUTION, DocumentType.DECISION, DocumentType.PRESIDENT_STATEMENT);

    public CouncilAction {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(date, "date");
        sponsors = List.copyOf(sponsors);
        coSponsors = List.copyOf(coSponsors);
        joinedSponsors = List.copyOf(joinedSponsors);
        orallyRevisedBy = List.copyOf(orallyRevisedBy);
        amendments = List.copyOf(amendments);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(vote, "vote");
        otherVotes = List.copyOf(otherVotes);
        Objects.requireNonNull(resulting, "resulting");
        Objects.requireNonNull(source, "source");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(
                    "a proposal becomes a resolution, decision or President's statement, not " + kind.key());
        }
        if (draft.isPresent() && draft.get().type() != DocumentType.DRAFT_RESOLUTION) {
            throw new IllegalArgumentException(
                    "a draft's symbol is an L. document, e.g. A/HRC/43/L.31, not " + draft.get());
        }
        if (resulting.isPresent() && resulting.get().type() != kind) {
            throw new IllegalArgumentException("a draft " + kind.key() + " cannot become " + resulting.get() + " ("
                    + resulting.get().type().key() + ")");
        }
        if (draft.isEmpty() && resulting.isEmpty()) {
            throw new IllegalArgumentException("an action names its draft or the text it became; it has neither");
        }
        if (outcome == ActionOutcome.ADOPTED_BY_VOTE
                && vote.flatMap(RecordedVote::tally).isEmpty()) {
            throw new IllegalArgumentException("adopted by vote, but no tally: a vote without its counts is unread");
        }
        if ((outcome == ActionOutcome.ADOPTED_WITHOUT_VOTE || outcome == ActionOutcome.WITHDRAWN) && vote.isPresent()) {
            throw new IllegalArgumentException(outcome.key() + " has no vote on the proposal itself");
        }
        boolean adopted = outcome == ActionOutcome.ADOPTED_BY_VOTE || outcome == ActionOutcome.ADOPTED_WITHOUT_VOTE;
        if (resulting.isPresent() && !adopted) {
            throw new IllegalArgumentException(outcome.key() + " but became " + resulting.get());
        }
    }

    /**
     * An action known by its symbols, title, date, outcome and vote alone: no meeting, sponsors, revisions,
     * amendments or other votes, as a votes file tells it (one row per State, nothing of how the proposal got there).
     */
    public static CouncilAction ofVote(
            Optional<UnSymbol> draft,
            DocumentType kind,
            String title,
            Optional<LocalDate> date,
            ActionOutcome outcome,
            Optional<RecordedVote> vote,
            Optional<UnSymbol> resulting,
            ActionSource source) {
        return new CouncilAction(
                draft,
                kind,
                title,
                OptionalInt.empty(),
                date,
                List.of(),
                List.of(),
                List.of(),
                false,
                List.of(),
                List.of(),
                outcome,
                vote,
                List.of(),
                resulting,
                source);
    }

    /** The printed tally of the vote on the proposal, if it was put to one. */
    public Optional<Tally> tally() {
        return vote.flatMap(RecordedVote::tally);
    }
}
