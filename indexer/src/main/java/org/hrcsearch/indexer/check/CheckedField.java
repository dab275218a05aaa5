package org.hrcsearch.indexer.check;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hrcsearch.corpus.model.HrcDocument;
import org.hrcsearch.corpus.model.Session;
import org.hrcsearch.corpus.model.UnSymbol;
import org.hrcsearch.corpus.schema.HrcField;
import org.hrcsearch.corpus.schema.TextFolding;

/**
 * A metadata field that {@code check-metadata} compares, e.g. {@code session}: its column in an expected-metadata
 * CSV, how to read it off a derived {@link HrcDocument}, and how values are normalised before they are compared
 * (titles ignore case, accents, spacing and the form of quotes and dashes).
 */
public enum CheckedField {
    SYMBOL(HrcField.SYMBOL, d -> d.symbol().map(UnSymbol::text).stream().toList()),
    SESSION(HrcField.SESSION, d -> d.session().map(Session::label).stream().toList()),
    UPR_SESSION(
            HrcField.UPR_SESSION,
            d -> d.uprSession().isPresent()
                    ? List.of(Integer.toString(d.uprSession().getAsInt()))
                    : List.of()),
    TYPE(HrcField.TYPE, d -> List.of(d.type().key())),
    DATE(HrcField.DATE, d -> d.date().map(Object::toString).stream().toList()),
    TITLE(HrcField.TITLE, d -> d.title().isBlank() ? List.of() : List.of(d.title())),
    LANGUAGE(HrcField.LANGUAGE, d -> List.of(d.language().code())),
    SIGNATORIES(HrcField.SIGNATORY, HrcDocument::signatories),
    SPONSORS(HrcField.SPONSOR, HrcDocument::sponsors),
    STATE(HrcField.STATE_UNDER_REVIEW, d -> d.stateUnderReview().stream().toList()),
    RECOMMENDING_STATES(HrcField.RECOMMENDING_STATE, HrcDocument::recommendingStates),
    REFERENCES(HrcField.REFERENCES, HrcDocument::references),
    CONCERNS(HrcField.CONCERN, d -> d.concerns().stream().map(c -> c.id()).toList());

    /** Between the values of a multi-valued field in a CSV cell. */
    public static final String SEPARATOR = " | ";

    private final HrcField field;
    private final Function<HrcDocument, List<String>> reader;

    CheckedField(HrcField field, Function<HrcDocument, List<String>> reader) {
        this.field = field;
        this.reader = reader;
    }

    /** The CSV column: the field's {@link HrcField#recordKey record key}, e.g. {@code signatories}. */
    public String column() {
        return field.recordKey().orElseThrow();
    }

    public boolean isMultiValued() {
        return field.isMultiValued();
    }

    /** The values the document has for this field, as they would be written in a CSV cell. */
    public List<String> valuesOf(HrcDocument doc) {
        return reader.apply(doc);
    }

    /** The values a CSV cell holds: split on {@link #SEPARATOR} for multi-valued fields. */
    public List<String> parseCell(String cell) {
        String c = cell == null ? "" : cell.strip();
        if (c.isEmpty()) {
            return List.of();
        }
        if (!isMultiValued()) {
            return List.of(c);
        }
        return Arrays.stream(c.split("\\s*\\|\\s*"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public String formatCell(List<String> values) {
        return String.join(SEPARATOR, values);
    }

    /**
     * The form in which two values are compared: quotes, dashes and spaces in one form ({@link TextFolding#sameForms}),
     * titles also {@link TextFolding#fold folded} and without trailing dots.
     */
    public String normalise(String value) {
        String v = TextFolding.sameForms(Normalizer.normalize(value, Normalizer.Form.NFKC));
        return this == TITLE ? TextFolding.fold(v).replaceAll("[.…]+$", "") : v;
    }

    public static Optional<CheckedField> fromColumn(String column) {
        return Arrays.stream(values())
                .filter(f -> f.column().equals(column.strip()))
                .findFirst();
    }

    /** {@code [symbol, session, ...]}, for error messages. */
    public static String columns() {
        return Arrays.stream(values()).map(CheckedField::column).collect(Collectors.joining(", ", "[", "]"));
    }
}
