package org.hrcsearch.indexer.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hrcsearch.corpus.model.DocumentType;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Language;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.HrcField;

/**
 * Which member of each JSON-lines record fills which field of a document, e.g.
 * {@code id=id,text=text,year=year,state=iso3,session=,title={iso3} at the General Assembly, {year}}.
 *
 * <p>Each pair is {@code field=source}, where the source is a member name, a template with {@code {member}}
 * placeholders, or nothing: {@code session=} keeps the document without a Council session even if its text
 * seems to name one (the UN General Debate's {@code session} member is a General Assembly session, not a
 * Council one, so it must not be mapped to {@code session}). {@code id} and {@code text} are required; the
 * other fields are {@link #FIELDS}. Mapped fields replace what the indexer derives from the text.
 */
public final class JsonlMapping {

    /** The fields a mapping may fill. */
    public static final List<HrcField> FIELDS = HrcField.all(HrcField.Use.JSONL);

    private static final Pattern PAIR_START = Pattern.compile(",(?=\\s*[a-z_]+=)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private final Map<HrcField, String> sources;

    private JsonlMapping(Map<HrcField, String> sources) {
        this.sources = sources;
    }

    /**
     * Parses {@code field=source} pairs separated by commas (a comma inside a template is kept when it is not
     * followed by another {@code field=}).
     *
     * @throws IllegalArgumentException naming the bad pair and the allowed fields
     */
    public static JsonlMapping parse(String spec) {
        Map<HrcField, String> sources = new LinkedHashMap<>();
        for (String pair : PAIR_START.split(spec.strip())) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(
                        "'" + pair + "' is not field=source; e.g. id=id,text=text,year=year");
            }
            String name = pair.substring(0, eq).strip();
            HrcField field = HrcField.fromParam(name)
                    .filter(FIELDS::contains)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown field '" + name + "' in the mapping; use one of " + HrcField.names(FIELDS)));
            sources.put(field, pair.substring(eq + 1).strip());
        }
        for (HrcField required : List.of(HrcField.ID, HrcField.TEXT)) {
            if (sources.getOrDefault(required, "").isEmpty()) {
                throw new IllegalArgumentException("the mapping must say which member holds the " + required + ", e.g. "
                        + required + "=" + required);
            }
        }
        return new JsonlMapping(sources);
    }

    /** The mapping written back, in a stable form: part of every record's content hash. */
    public String canonical() {
        return sources.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** The record's id, or empty when it has none. */
    public Optional<String> id(JsonNode record) {
        return value(record, HrcField.ID).filter(s -> !s.isBlank());
    }

    public String text(JsonNode record) {
        return value(record, HrcField.TEXT).orElse("");
    }

    /** The mapped title, if the mapping has one and it is not blank for this record. */
    public Optional<String> title(JsonNode record) {
        return value(record, HrcField.TITLE).filter(s -> !s.isBlank());
    }

    /** Replaces the derived fields of {@code doc} with the mapped ones. */
    public HrcDocument.Builder apply(HrcDocument.Builder doc, JsonNode record) {
        title(record).ifPresent(doc::title);
        if (sources.containsKey(HrcField.DATE)) {
            doc.date(value(record, HrcField.DATE).flatMap(JsonlMapping::date).orElse(null));
        } else if (sources.containsKey(HrcField.YEAR)) {
            doc.date(value(record, HrcField.YEAR).flatMap(JsonlMapping::date).orElse(null));
        }
        if (sources.containsKey(HrcField.SESSION)) {
            doc.session(value(record, HrcField.SESSION).flatMap(Session::parse).orElse(null));
        }
        if (sources.containsKey(HrcField.SYMBOL)) {
            doc.symbol(value(record, HrcField.SYMBOL).flatMap(UnSymbol::parse).orElse(null));
        }
        if (sources.containsKey(HrcField.TYPE)) {
            value(record, HrcField.TYPE).flatMap(DocumentType::fromKey).ifPresent(doc::type);
        }
        value(record, HrcField.LANGUAGE).flatMap(Language::fromCode).ifPresent(doc::language);
        if (sources.containsKey(HrcField.STATE_UNDER_REVIEW)) {
            doc.stateUnderReview(value(record, HrcField.STATE_UNDER_REVIEW)
                    .filter(s -> !s.isBlank())
                    .orElse(null));
        }
        if (sources.containsKey(HrcField.SIGNATORY)) {
            doc.signatories(values(record, sources.get(HrcField.SIGNATORY)));
        }
        return doc;
    }

    /** {@code 2020-09-22}, or a bare year {@code 2020}, which stands for 1 January (so that the year facet works). */
    static Optional<LocalDate> date(String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(t), 1, 1));
            }
            return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> value(JsonNode record, HrcField field) {
        String source = sources.get(field);
        if (source == null || source.isEmpty()) {
            return Optional.empty();
        }
        if (!source.contains("{")) {
            return member(record, source);
        }
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(member(record, m.group(1)).orElse("")));
        }
        m.appendTail(out);
        return Optional.of(out.toString().strip());
    }

    private static Optional<String> member(JsonNode record, String name) {
        JsonNode v = record.get(name);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    private static List<String> values(JsonNode record, String name) {
        JsonNode v = record.get(name);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (!x.asText().isBlank()) {
                    out.add(x.asText().strip());
                }
            });
        } else if (!v.asText().isBlank()) {
            out.add(v.asText().strip());
        }
        return out;
    }
}
