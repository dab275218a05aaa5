package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.hrcsearch.api.feed.FeedVersion;

/**
 * Conditional GET (RFC 9110, section 13): whether the version a client holds, named by its {@code If-None-Match}
 * (entity tags, weak or strong, or {@code *}) or else its {@code If-Modified-Since}, is the current one; and the
 * validators an answer carries. An unreadable date is ignored, as the RFC says.
 */
final class ConditionalGet {
    private ConditionalGet() {}

    /** HTTP's date format, e.g. {@code Mon, 07 Dec 2026 16:40:38 GMT}. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** True when the client's copy is {@code current}: answer 304 without a body. */
    static boolean holds(Context ctx, FeedVersion current) {
        return holds(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), current);
    }

    static boolean holds(String ifNoneMatch, String ifModifiedSince, FeedVersion current) {
        if (ifNoneMatch != null) {
            String ours = opaque(current.etag());
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(ours));
        }
        if (ifModifiedSince == null || current.lastModified().isEmpty()) {
            return false;
        }
        return date(ifModifiedSince)
                .map(since -> !current.lastModified()
                        .get()
                        .truncatedTo(ChronoUnit.SECONDS)
                        .isAfter(since))
                .orElse(false);
    }

    /** Sets {@code ETag}, {@code Last-Modified} and a {@code Cache-Control} that asks to revalidate each time. */
    static void validators(Context ctx, FeedVersion version) {
        ctx.header("ETag", version.etag());
        version.lastModified().ifPresent(t -> ctx.header("Last-Modified", HTTP_DATE.format(t)));
        ctx.header("Cache-Control", "no-cache");
    }

    /** A tag without its weak prefix: If-None-Match compares weakly. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Optional<Instant> date(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
