package org.hrcsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcsearch.corpus.action.ActionOutcome;
import org.hrcsearch.corpus.action.Amendment;
import org.hrcsearch.corpus.action.RecordedVote;
import org.hrcsearch.corpus.action.Sponsor;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * Reads the amendments a proposal's story names and their fate: "amendments A/HRC/43/L.43, ... and A/HRC/43/L.47
 * to draft resolution A/HRC/43/L.26 as orally revised had been withdrawn", "Amendment A/HRC/28/L.38 was sponsored
 * by Cuba and co-sponsored by India ...", "The Human Rights Council rejected amendment A/HRC/28/L.38 by 14 votes to
 * 23, with 10 abstentions", and oral amendments put to a vote. Pure.
 */
final class AmendmentReader {

    private static final Pattern NAMED = Pattern.compile(
            "\\b[Aa]mendments?\\s+((?:" + ActionWords.DRAFT_SYMBOL.pattern() + "(?:,\\s*|\\s+and\\s+)?)+)");
    private static final Pattern SPONSORED = Pattern.compile(
            "^Amendment\\s+\\S+\\s+was\\s+sponsored\\s+by\\s+(.+?)(?:,?\\s+and\\s+co-sponsored\\s+by\\s+(.+?))?\\.?$");

    private final SponsorNames names;

    AmendmentReader(SponsorNames names) {
        this.names = names;
    }

    List<Amendment> read(List<String> proses, StoryVotes votes) {
        Map<String, Amendment> out = new LinkedHashMap<>();
        for (String prose : proses) {
            for (String sentence : ActionWords.sentences(prose)) {
                Matcher n = NAMED.matcher(sentence);
                while (n.find()) {
                    Matcher sym = ActionWords.DRAFT_SYMBOL.matcher(n.group(1));
                    while (sym.find()) {
                        String s = ActionWords.canonical(sym.group());
                        Amendment before = out.get(s);
                        Optional<ActionOutcome> fate =
                                fate(sentence).or(() -> before == null ? Optional.empty() : before.outcome());
                        List<Sponsor> sponsors = before == null ? List.of() : before.sponsors();
                        Matcher sp = SPONSORED.matcher(sentence);
                        if (sp.find()) {
                            sponsors = new ArrayList<>(names.sponsors(sp.group(1)));
                            if (sp.group(2) != null) {
                                sponsors.addAll(names.sponsors(sp.group(2)));
                            }
                        }
                        out.put(
                                s,
                                new Amendment(
                                        UnSymbol.parse(s),
                                        sponsors,
                                        fate,
                                        Optional.ofNullable(votes.onAmendments().get(s))));
                    }
                }
            }
        }
        List<Amendment> all = new ArrayList<>(out.values());
        for (RecordedVote v : votes.onOralAmendments()) {
            Optional<ActionOutcome> fate = Optional.empty();
            for (String prose : proses) {
                if (prose.contains("rejected the oral amendment")) {
                    fate = Optional.of(ActionOutcome.REJECTED);
                } else if (prose.contains("adopted the oral amendment")) {
                    fate = Optional.of(ActionOutcome.ADOPTED_BY_VOTE);
                }
            }
            all.add(new Amendment(Optional.empty(), List.of(), fate, Optional.of(v)));
        }
        return all;
    }

    /** What a sentence says became of the amendments it names, if anything. */
    private static Optional<ActionOutcome> fate(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lower.contains("withdrawn")) {
            return Optional.of(ActionOutcome.WITHDRAWN);
        }
        if (lower.contains("rejected amendment")) {
            return Optional.of(ActionOutcome.REJECTED);
        }
        if (lower.contains("adopted amendment")) {
            return Optional.of(
                    TallyPhrase.find(sentence).isPresent()
                            ? ActionOutcome.ADOPTED_BY_VOTE
                            : ActionOutcome.ADOPTED_WITHOUT_VOTE);
        }
        return Optional.empty();
    }
}
