package org.hrcsearch.corpus.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads an instant as ISO-8601 text, e.g. {@code 2026-11-27T23:45:12.345Z}, the way {@link Instant#toString()}
 * writes it: the status files need no more of java.time than that, which spares a Jackson module.
 */
final class InstantText extends StdScalarDeserializer<Instant> {

    InstantText() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
        }
    }
}
