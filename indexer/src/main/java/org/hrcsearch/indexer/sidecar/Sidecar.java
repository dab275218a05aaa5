package org.hrcsearch.indexer.sidecar;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hrcsearch.corpus.model.ConcernTag;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.HrcField;
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
 * Its keys are the fields' {@link HrcField#recordKey record keys}. A field that is absent keeps the derived value; {@code null} or an empty list clears it. Names of organisations
 * and States go through the vocabularies, so {@code FIDH} becomes its canonical name. Pure: reading the file is
 * {@link SidecarReader}'s job.
 */
public record Sidecar(Map<HrcField, JsonNode> fields) {

    /** The keys a sidecar may have: the fields' {@link HrcField#recordKey record keys}. */
    public static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (HrcField f : HrcField.values()) {
            f.recordKey().ifPresent(keys::add);
        }
        return keys;
    }

    public Sidecar {
        fields = Map.copyOf(fields);
    }

    /** Parses a sidecar's JSON object; throws {@link IllegalArgumentException} with what is wrong. */
    public static Sidecar of(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a sidecar must hold one JSON object");
        }
        Map<HrcField, JsonNode> fields = new EnumMap<>(HrcField.class);
        Set<String> unknown = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            HrcField.fromRecordKey(e.getKey())
                    .ifPresentOrElse(f -> fields.put(f, e.getValue()), () -> unknown.add(e.getKey()));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown field" + (unknown.size() > 1 ? "s " : " ") + unknown + "; use any of " + keys());
        }
        return new Sidecar(fields);
    }

    /** The document with this sidecar's fields set. */
    public HrcDocument applyTo(HrcDocument doc, Vocabularies vocab) {
        HrcDocument.Builder b = doc.toBuilder();
        for (Map.Entry<HrcField, JsonNode> e : fields.entrySet()) {
            JsonNode v = e.getValue();
            String key = e.getKey().recordKey().orElseThrow();
            switch (e.getKey()) {
                case SYMBOL ->
                    b.symbol(text(v).map(s -> UnSymbol.parse(s)
                                    .orElseThrow(() ->
                                            new IllegalArgumentException("symbol '" + s + "' is not a UN symbol")))
                            .orElse(null));
                case SESSION ->
                    b.session(text(v).map(s -> Session.parse(s)
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            "session '" + s + "' is not a session (37 or S-35)")))
                            .orElse(null));
                case UPR_SESSION ->
                    b.uprSession(text(v).map(s -> {
                                if (!s.matches("\\d{1,3}")) {
                                    throw new IllegalArgumentException(key + " must be a number, got '" + s + "'");
                                }
                                return Integer.valueOf(s);
                            })
                            .orElse(null));
                case TYPE ->
                    b.type(text(v).map(s -> DocumentType.fromKey(s)
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            "unknown type '" + s + "'; use one of " + DocumentType.allowedKeys())))
                            .orElse(DocumentType.OTHER));
                case TITLE -> b.title(text(v).orElse(""));
                case DATE -> b.date(text(v).map(s -> date(key, s)).orElse(null));
                case LANGUAGE ->
                    b.language(text(v).map(s -> Language.fromCode(s)
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            "unknown " + key + " '" + s + "'; use one of " + Language.allowedCodes())))
                            .orElse(Language.OTHER));
                case SIGNATORY ->
                    b.signatories(list(key, v).stream()
                            .map(vocab.organisations()::canonical)
                            .toList());
                case SPONSOR -> b.sponsors(states(key, v, vocab));
                case STATE_UNDER_REVIEW ->
                    b.stateUnderReview(
                            text(v).map(s -> vocab.states().canonical(s).orElse(s))
                                    .orElse(null));
                case RECOMMENDING_STATE -> b.recommendingStates(states(key, v, vocab));
                case REFERENCES -> b.references(list(key, v));
                case CONCERN -> b.concerns(concerns(key, v, vocab.concerns()));
                default -> throw new IllegalStateException("a field without a record key: " + e.getKey());
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

    private static LocalDate date(String key, String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be YYYY-MM-DD, got '" + s + "'");
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

    private static List<ConcernTag> concerns(String key, JsonNode v, ConcernTaxonomy taxonomy) {
        List<ConcernTag> out = new ArrayList<>();
        for (String id : list(key, v)) {
            ConcernTaxonomy.Concern c = taxonomy.find(id)
                    .orElseThrow(() ->
                            new IllegalArgumentException("unknown concern '" + id + "'; see concerns.tsv for the ids"));
            out.add(new ConcernTag(c.id(), c.label(), List.of()));
        }
        return out;
    }
}
