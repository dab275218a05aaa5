package org.hrcsearch.api.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import org.hrcsearch.api.index.IndexSnapshot;
import org.hrcsearch.corpus.index.CommitKey;

/**
 * Which version of a feed an answer is, for conditional GET: an entity tag from the index commit and the feed's
 * URL, e.g. {@code "1c-5e2a9b01"}, and the time of that commit. Both change only when a new commit lands (or the
 * feed's URL differs), so a feed reader that polls every few minutes is answered 304 until there is something new.
 *
 * @param etag the quoted entity tag
 * @param lastModified the commit's instant ({@link CommitKey#COMMITTED_AT}); empty for an index without it
 */
public record FeedVersion(String etag, Optional<Instant> lastModified) {

    public FeedVersion {
        Objects.requireNonNull(etag, "etag");
        if (!etag.matches("\"[0-9a-z-]+\"")) {
            throw new IllegalArgumentException("an entity tag is quoted, got " + etag);
        }
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** The version of the feed at {@code selfUrl} over the commit of {@code snapshot}. */
    public static FeedVersion of(IndexSnapshot snapshot, String selfUrl) {
        CRC32 crc = new CRC32();
        crc.update(selfUrl.getBytes(StandardCharsets.UTF_8));
        String etag = "\"" + Long.toHexString(snapshot.version()) + "-" + Long.toHexString(crc.getValue()) + "\"";
        return new FeedVersion(
                etag, CommitKey.COMMITTED_AT.in(snapshot.commitData()).flatMap(FeedVersion::instant));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
