package org.hrcsearch.indexer.enrich;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hrcsearch.corpus.action.AdoptedText;
import org.hrcsearch.corpus.action.CouncilAction;
import org.hrcsearch.corpus.action.DerivedFrom;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.action.TextSpan;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Page;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * The documents of the texts a session report prints, e.g. resolution {@code A/HRC/RES/14/1} out of pages 4-5 of
 * {@code A/HRC/14/37}: its own symbol, type, session, title and date of adoption, the sponsors and outcome of the
 * action that adopted it, and the text of those pages only, cut where the text starts and where its adoption note
 * ends. Its pages are numbered as the report's (the pages before its first are empty), so that a hit in it says
 * "p. 5" where the report prints it. It cites its report, so the report lists it among the documents that cite it.
 * Pure.
 */
public final class AdoptedTextDocuments {

    /** A document read out of a report, and where from. */
    public record Derived(HrcDocument document, DerivedFrom from) {
        public Derived {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(from, "from");
        }
    }

    private AdoptedTextDocuments() {}

    /** The id of the document of {@code symbol} read out of the report whose id is {@code reportId}. */
    public static String idOf(String reportId, UnSymbol symbol) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((reportId + "#" + symbol.text()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The documents of the texts {@code report} prints, but those in {@code leaveOut} (symbols the index has from
     * elsewhere), each once.
     *
     * @param report the report with its pages and its stored actions
     */
    public static List<Derived> of(HrcDocument report, Set<String> leaveOut) {
        List<Derived> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(leaveOut);
        for (AdoptedText text : report.actions().adoptedTexts()) {
            if (text.printed().isEmpty() || !seen.add(text.symbol().text())) {
                continue;
            }
            TextSpan span = text.printed().get();
            if (span.lastPage() > report.pages().size()) {
                continue; // the stored span does not fit the stored text: nothing sensible to cut
            }
            Optional<CouncilAction> action = report.actions().actions().stream()
                    .filter(a -> a.resulting().equals(Optional.of(text.symbol())))
                    .findFirst();
            HrcDocument doc = report.toBuilder()
                    .id(idOf(report.id(), text.symbol()))
                    .symbol(text.symbol())
                    .references(List.of(report.symbol().map(UnSymbol::text).orElse(report.id())))
                    .session(text.symbol().session().orElse(null))
                    .uprSession(null)
                    .type(text.symbol().type())
                    .title(text.title())
                    .date(text.date().orElse(null))
                    .signatories(List.of())
                    .sponsors(action.map(AdoptedTextDocuments::sponsors).orElse(List.of()))
                    .stateUnderReview(null)
                    .recommendingStates(List.of())
                    .concerns(List.of())
                    .pageTexts(pages(report.pages(), span))
                    .actions(org.hrcsearch.corpus.action.ActionRecords.NONE)
                    .build();
            out.add(new Derived(
                    doc,
                    new DerivedFrom(
                            report.id(),
                            report.symbol().orElse(text.report()),
                            span.firstPage(),
                            span.lastPage(),
                            action.map(CouncilAction::outcome),
                            action.flatMap(CouncilAction::tally))));
        }
        return List.copyOf(out);
    }

    /** The States that sponsored the draft, joined its sponsors or co-sponsored it, each once. */
    private static List<String> sponsors(CouncilAction a) {
        Set<String> states = new LinkedHashSet<>();
        for (List<Sponsor> list : List.of(a.sponsors(), a.coSponsors(), a.joinedSponsors())) {
            list.forEach(s -> s.state().ifPresent(states::add));
        }
        return List.copyOf(states);
    }

    /** Pages 1..last of the report, empty before the first, cut at the span's start and end. */
    private static List<String> pages(List<Page> report, TextSpan span) {
        List<String> out = new ArrayList<>(span.lastPage());
        for (int p = 1; p <= span.lastPage(); p++) {
            String text = report.get(p - 1).text();
            if (p < span.firstPage()) {
                out.add("");
                continue;
            }
            int from = p == span.firstPage() ? Math.min(span.start(), text.length()) : 0;
            int to = p == span.lastPage() ? Math.min(span.end(), text.length()) : text.length();
            out.add(text.substring(from, Math.max(from, to)));
        }
        return out;
    }
}
