package org.hrcsearch.indexer.enrich;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hrcsearch.corpus.action.ActionRecords;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.SourceFile;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * The document a good votes file makes: of type {@code voting_record}, holding its actions as a report holds its
 * own, e.g. "Recorded votes on 3 proposals of session 55" with one line of text per proposal ("A/HRC/55/L.12
 * Freedom of opinion and expression, 2024-04-04: adopted by vote 30-5-12"), so that a search finds the file by a
 * symbol or a title. It cites nothing: the drafts it votes on are its actions, not its references, so it is never
 * listed among the documents that cite a draft. Pure.
 */
public final class VotingRecordDocument {
    private VotingRecordDocument() {}

    public static HrcDocument of(SourceFile source, List<CouncilAction> actions) {
        TreeSet<Session> sessions = actions.stream()
                .map(VotingRecordDocument::session)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(
                        () -> new TreeSet<>(java.util.Comparator.comparingInt(Session::sortKey))));
        Optional<LocalDate> last = actions.stream()
                .map(CouncilAction::date)
                .flatMap(Optional::stream)
                .max(LocalDate::compareTo);
        String of = sessions.isEmpty()
                ? ""
                : sessions.size() == 1
                        ? " of session " + sessions.first().label()
                        : " of sessions "
                                + sessions.stream().map(Session::label).collect(Collectors.joining(", "));
        String title = "Recorded votes on " + actions.size() + (actions.size() == 1 ? " proposal" : " proposals") + of;
        String text = actions.stream().map(VotingRecordDocument::line).collect(Collectors.joining("\n"));
        return HrcDocument.builder(source)
                .type(DocumentType.VOTING_RECORD)
                .title(title)
                .session(sessions.size() == 1 ? sessions.first() : null)
                .date(last.orElse(null))
                .language(Language.ENGLISH)
                .pageTexts(List.of(title + "\n" + text))
                .actions(new ActionRecords(actions, List.of()))
                .build();
    }

    /** The session of an action: its draft's, else its resulting text's. */
    static Optional<Session> session(CouncilAction a) {
        return a.draft().flatMap(UnSymbol::session).or(() -> a.resulting().flatMap(UnSymbol::session));
    }

    private static String line(CouncilAction a) {
        String symbols = a.resulting().map(UnSymbol::text).orElse("")
                + (a.draft().isPresent() && a.resulting().isPresent() ? " (draft " : "")
                + a.draft().map(UnSymbol::text).orElse("")
                + (a.draft().isPresent() && a.resulting().isPresent() ? ")" : "");
        return symbols + " " + a.title() + a.date().map(d -> ", " + d).orElse("") + ": "
                + a.outcome().key().replace('_', ' ')
                + a.tally().map(t -> " " + t).orElse("");
    }
}
