package org.hrcsearch.corpus.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.UnSymbol;

/**
 * The one written form of the Council's actions: how the index stores a report's {@link ActionRecords} and how the
 * API shows an action, e.g. {@code {"draft":"A/HRC/43/L.31/Rev.1","kind":"resolution",...,"outcome":"adopted_by_vote",
 * "vote":{"subject":"draft resolution","requested_by":{...},"tally":{"in_favour":23,"against":16,"abstaining":8},
 * "positions":{"in_favour":["Angola",...],"against":[...],"abstaining":[...]}},"resulting":"A/HRC/RES/43/21",
 * "source":{"kind":"report","report":"A/HRC/43/2","pages":[44],"paragraphs":[260,261],"lines":[]}}}; an action
 * read from a votes file has {@code "source":{"kind":"votes_file","report":null,"pages":[],"paragraphs":[],
 * "lines":[2,48]}}. Names are snake_case; a value the report
 * does not give is {@code null}, never left out. A vote's positions are written list by list, in favour, against,
 * abstaining, each in the order of the report, as the reports print them.
 */
public final class ActionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ActionJson() {}

    /** The records as one JSON text, as the index stores them. */
    public static String write(ActionRecords records) {
        ObjectNode root = NODES.objectNode();
        ArrayNode actions = root.putArray("actions");
        records.actions().forEach(a -> actions.add(action(a)));
        ArrayNode texts = root.putArray("adopted_texts");
        records.adoptedTexts().forEach(t -> texts.add(adoptedText(t)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always writes", e);
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IllegalArgumentException when the text is not such records
     */
    public static ActionRecords read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<CouncilAction> actions = new ArrayList<>();
            root.path("actions").forEach(a -> actions.add(action(a)));
            List<AdoptedText> texts = new ArrayList<>();
            root.path("adopted_texts").forEach(t -> texts.add(adoptedText(t)));
            return new ActionRecords(actions, texts);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not stored Council actions: " + e.getMessage(), e);
        }
    }

    public static ObjectNode action(CouncilAction a) {
        ObjectNode n = NODES.objectNode();
        n.put("draft", a.draft().map(UnSymbol::text).orElse(null));
        n.put("kind", a.kind().key());
        n.put("title", a.title());
        if (a.meeting().isPresent()) {
            n.put("meeting", a.meeting().getAsInt());
        } else {
            n.putNull("meeting");
        }
        n.put("date", a.date().map(LocalDate::toString).orElse(null));
        n.set("sponsors", sponsors(a.sponsors()));
        n.set("co_sponsors", sponsors(a.coSponsors()));
        n.set("joined_sponsors", sponsors(a.joinedSponsors()));
        n.put("orally_revised", a.orallyRevised());
        n.set("orally_revised_by", sponsors(a.orallyRevisedBy()));
        ArrayNode amendments = n.putArray("amendments");
        for (Amendment m : a.amendments()) {
            ObjectNode o = amendments.addObject();
            o.put("symbol", m.symbol().map(UnSymbol::text).orElse(null));
            o.set("sponsors", sponsors(m.sponsors()));
            o.put("outcome", m.outcome().map(ActionOutcome::key).orElse(null));
            o.set("vote", m.vote().<JsonNode>map(ActionJson::vote).orElse(NODES.nullNode()));
        }
        n.put("outcome", a.outcome().key());
        n.set("vote", a.vote().<JsonNode>map(ActionJson::vote).orElse(NODES.nullNode()));
        ArrayNode others = n.putArray("other_votes");
        a.otherVotes().forEach(v -> others.add(vote(v)));
        n.put("resulting", a.resulting().map(UnSymbol::text).orElse(null));
        ObjectNode source = n.putObject("source");
        source.put("kind", a.source().kind().key());
        source.put("report", a.source().report().map(UnSymbol::text).orElse(null));
        ArrayNode pages = source.putArray("pages");
        a.source().pages().forEach(pages::add);
        ArrayNode paragraphs = source.putArray("paragraphs");
        a.source().paragraphs().forEach(paragraphs::add);
        ArrayNode lines = source.putArray("lines");
        a.source().lines().forEach(lines::add);
        return n;
    }

    public static ObjectNode adoptedText(AdoptedText t) {
        ObjectNode n = NODES.objectNode();
        n.put("symbol", t.symbol().text());
        n.put("title", t.title());
        n.put("date", t.date().map(LocalDate::toString).orElse(null));
        n.put("report", t.report().text());
        if (t.printed().isPresent()) {
            TextSpan span = t.printed().get();
            ObjectNode printed = n.putObject("printed");
            printed.putArray("pages").add(span.firstPage()).add(span.lastPage());
            printed.put("start", span.start());
            printed.put("end", span.end());
        } else {
            n.putNull("printed");
        }
        return n;
    }

    public static ObjectNode vote(RecordedVote v) {
        ObjectNode n = NODES.objectNode();
        n.put("subject", v.subject());
        n.set("requested_by", v.requestedBy().<JsonNode>map(ActionJson::sponsor).orElse(NODES.nullNode()));
        n.set("tally", v.tally().<JsonNode>map(ActionJson::tally).orElse(NODES.nullNode()));
        ObjectNode positions = n.putObject("positions");
        for (VotePosition p : VotePosition.values()) {
            ArrayNode states = positions.putArray(p.key());
            v.positions().stream().filter(s -> s.position() == p).forEach(s -> states.add(s.state()));
        }
        return n;
    }

    public static ObjectNode tally(Tally t) {
        ObjectNode n = NODES.objectNode();
        n.put(VotePosition.IN_FAVOUR.key(), t.inFavour());
        n.put(VotePosition.AGAINST.key(), t.against());
        n.put(VotePosition.ABSTAINING.key(), t.abstaining());
        return n;
    }

    public static ObjectNode sponsor(Sponsor s) {
        ObjectNode n = NODES.objectNode();
        n.put("printed", s.printed());
        n.put("state", s.state().orElse(null));
        n.put("group", s.group().orElse(null));
        return n;
    }

    private static ArrayNode sponsors(List<Sponsor> list) {
        ArrayNode a = NODES.arrayNode();
        list.forEach(s -> a.add(sponsor(s)));
        return a;
    }

    private static CouncilAction action(JsonNode n) {
        List<Amendment> amendments = new ArrayList<>();
        for (JsonNode m : n.path("amendments")) {
            amendments.add(new Amendment(
                    symbol(m.get("symbol")),
                    sponsors(m.path("sponsors")),
                    text(m.get("outcome")).map(ActionOutcome::fromKey).map(Optional::orElseThrow),
                    voteOf(m.get("vote"))));
        }
        List<RecordedVote> others = new ArrayList<>();
        n.path("other_votes").forEach(v -> others.add(voteOf(v).orElseThrow()));
        JsonNode source = n.path("source");
        List<Integer> pages = new ArrayList<>();
        source.path("pages").forEach(p -> pages.add(p.asInt()));
        List<Integer> paragraphs = new ArrayList<>();
        source.path("paragraphs").forEach(p -> paragraphs.add(p.asInt()));
        List<Integer> lines = new ArrayList<>();
        source.path("lines").forEach(l -> lines.add(l.asInt()));
        // stored before votes files existed, a source without a kind is a report's
        ActionSource.Kind kind = text(source.get("kind"))
                .map(k -> ActionSource.Kind.fromKey(k).orElseThrow(() -> new IllegalArgumentException("kind " + k)))
                .orElse(ActionSource.Kind.REPORT);
        JsonNode meeting = n.get("meeting");
        return new CouncilAction(
                symbol(n.get("draft")),
                DocumentType.fromKey(n.path("kind").asText()).orElseThrow(),
                n.path("title").asText(),
                meeting == null || meeting.isNull() ? OptionalInt.empty() : OptionalInt.of(meeting.asInt()),
                text(n.get("date")).map(LocalDate::parse),
                sponsors(n.path("sponsors")),
                sponsors(n.path("co_sponsors")),
                sponsors(n.path("joined_sponsors")),
                n.path("orally_revised").asBoolean(),
                sponsors(n.path("orally_revised_by")),
                amendments,
                ActionOutcome.fromKey(n.path("outcome").asText()).orElseThrow(),
                voteOf(n.get("vote")),
                others,
                symbol(n.get("resulting")),
                new ActionSource(kind, symbol(source.get("report")), pages, paragraphs, lines));
    }

    private static AdoptedText adoptedText(JsonNode n) {
        return new AdoptedText(
                symbol(n.get("symbol")).orElseThrow(),
                n.path("title").asText(),
                text(n.get("date")).map(LocalDate::parse),
                symbol(n.get("report")).orElseThrow(),
                printed(n.get("printed")));
    }

    private static Optional<TextSpan> printed(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new TextSpan(
                n.path("pages").path(0).asInt(),
                n.path("start").asInt(),
                n.path("pages").path(1).asInt(),
                n.path("end").asInt()));
    }

    private static Optional<RecordedVote> voteOf(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        List<StatePosition> positions = new ArrayList<>();
        for (VotePosition p : VotePosition.values()) {
            n.path("positions").path(p.key()).forEach(s -> positions.add(new StatePosition(s.asText(), p)));
        }
        JsonNode tally = n.get("tally");
        Optional<Tally> t = tally == null || tally.isNull()
                ? Optional.empty()
                : Optional.of(new Tally(
                        tally.path(VotePosition.IN_FAVOUR.key()).asInt(),
                        tally.path(VotePosition.AGAINST.key()).asInt(),
                        tally.path(VotePosition.ABSTAINING.key()).asInt()));
        JsonNode by = n.get("requested_by");
        return Optional.of(new RecordedVote(
                n.path("subject").asText(),
                by == null || by.isNull() ? Optional.empty() : Optional.of(sponsorOf(by)),
                t,
                positions));
    }

    private static List<Sponsor> sponsors(JsonNode array) {
        List<Sponsor> out = new ArrayList<>();
        array.forEach(s -> out.add(sponsorOf(s)));
        return out;
    }

    private static Sponsor sponsorOf(JsonNode n) {
        return new Sponsor(n.path("printed").asText(), text(n.get("state")), text(n.get("group")));
    }

    private static Optional<UnSymbol> symbol(JsonNode n) {
        return text(n).map(
                        s -> UnSymbol.parse(s).orElseThrow(() -> new IllegalArgumentException("not a symbol: " + s)));
    }

    private static Optional<String> text(JsonNode n) {
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }
}
