package org.hrcsearch.indexer.sidecar;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.vocab.ConcernTaxonomy;
import org.hrcsearch.corpus.vocab.Vocabularies;

/**
 * Metadata a user gives for a document in a JSON file beside it ({@code letter.pdf.json} or {@code letter.json}),
 * which sets or overrides what was derived, e.g. for a scan or for a collection whose metadata comes from
 * elsewhere:
 *
 * <pre>
 * {"symbol": "A/HRC/WG.6/7/SVN/2", "session": "37", "type": "joint_letter", "date": "2018-03-02",
 *  "title": "...", "lang": "en", "signatories": ["FIDH", "ISHR"], "sponsors": [], "state": "Slovenia",
 *  "recommending_states": [], "upr_session": 7, "references": ["A/HRC/37/L.36"], "concerns": ["reprisals"]}
 * </pre>
 *
 * A field that is absent keeps the derived value; {@code null} or an empty list clears it. Names of organisations
 * and States go through the vocabularies, so {@code FIDH} becomes its canonical name. Pure: reading the file is
 * {@link SidecarReader}'s job.
 */
public record Sidecar(Map<String, JsonNode> fields) {

    /** The fields a sidecar may set. */
    public static final Set<String> FIELDS = Set.of(
            "symbol",
            "session",
            "upr_session",
            "type",
            "title",
            "date",
            "lang",
            "signatories",
            "sponsors",
            "state",
            "recommending_states",
            "references",
            "concerns");

    public Sidecar {
        fields = Map.copyOf(fields);
        Set<String> unknown = new TreeSet<>(fields.keySet());
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown field" + (unknown.size() > 1 ? "s " : " ") + unknown
                    + "; use any of " + new TreeSet<>(FIELDS));
        }
    }

    /** Parses a sidecar's JSON object; throws {@link IllegalArgumentException} with what is wrong. */
    public static Sidecar of(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a sidecar must hold one JSON object");
        }
        Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.put(e.getKey(), e.getValue());
        }
        return new Sidecar(fields);
    }

    /** The document with this sidecar's fields set. */
    public HrcDocument applyTo(HrcDocument doc, Vocabularies vocab) {
        HrcDocument.Builder b = doc.toBuilder();
        for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
            JsonNode v = e.getValue();
            String key = e.getKey();
            switch (key) {
                case "symbol" ->
                    b.symbol(text(v).map(s -> UnSymbol.parse(s)
                                    .orElseThrow(() ->
                                            new IllegalArgumentException("symbol '" + s + "' is not a UN symbol")))
                            .orElse(null));
                case "session" ->
                    b.session(text(v).map(s -> Session.parse(s)
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            "session '" + s + "' is not a session (37 or S-35)")))
                            .orElse(null));
                case "upr_session" ->
                    b.uprSession(text(v).map(s -> {
                                if (!s.matches("\\d{1,3}")) {
                                    throw new IllegalArgumentException("upr_session must be a number, got '" + s + "'");
                                }
                                return Integer.valueOf(s);
                            })
                            .orElse(null));
                case "type" ->
                    b.type(text(v).map(s -> DocumentType.fromKey(s)
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            "unknown type '" + s + "'; use one of " + DocumentType.allowedKeys())))
                            .orElse(DocumentType.OTHER));
                case "title" -> b.title(text(v).orElse(""));
                case "date" -> b.date(text(v).map(Sidecar::date).orElse(null));
                case "lang" -> b.language(text(v).orElse("und"));
                case "signatories" ->
                    b.signatories(list(key, v).stream()
                            .map(vocab.organisations()::canonical)
                            .toList());
                case "sponsors" -> b.sponsors(states(key, v, vocab));
                case "state" ->
                    b.stateUnderReview(
                            text(v).map(s -> vocab.states().canonical(s).orElse(s))
                                    .orElse(null));
                case "recommending_states" -> b.recommendingStates(states(key, v, vocab));
                case "references" -> b.references(list(key, v));
                case "concerns" -> b.concerns(concerns(v, vocab.concerns()));
                default -> throw new IllegalStateException("checked in the constructor: " + key);
            }
        }
        return b.build();
    }

    private static Optional<String> text(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be YYYY-MM-DD, got '" + s + "'");
        }
    }

    private static List<String> list(String key, JsonNode v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(key + " must be a list of names, e.g. [\"FIDH\", \"ISHR\"]");
        }
        List<String> out = new ArrayList<>();
        v.forEach(n -> text(n).ifPresent(out::add));
        return out;
    }

    private static List<String> states(String key, JsonNode v, Vocabularies vocab) {
        return list(key, v).stream()
                .map(s -> vocab.states().canonical(s).orElse(s))
                .toList();
    }

    private static List<ConcernTag> concerns(JsonNode v, ConcernTaxonomy taxonomy) {
        List<ConcernTag> out = new ArrayList<>();
        for (String id : list("concerns", v)) {
            ConcernTaxonomy.Concern c = taxonomy.find(id)
                    .orElseThrow(() ->
                            new IllegalArgumentException("unknown concern '" + id + "'; see concerns.tsv for the ids"));
            out.add(new ConcernTag(c.id(), c.label(), List.of()));
        }
        return out;
    }
}
