package org.hrcsearch.indexer.sink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hrcsearch.indexer.source.KnownFailure;
import org.hrcsearch.indexer.source.PathStamp;

/**
 * The files that failed, kept in the commit's user data ({@link org.hrcsearch.corpus.index.CommitKey#FAILURES}:
 * they have no document to hold them), so that they are recorded atomically with the index and not parsed again
 * while unchanged. One line per file:
 * {@code size TAB mtime TAB key TAB displayPath TAB outcome TAB reason}.
 */
final class FailureRecords {
    private FailureRecords() {}

    /** Beyond this many, failures are not recorded: they are simply tried again next time. */
    static final int MAX_RECORDS = 10_000;

    static String encode(Collection<KnownFailure> failures) {
        StringBuilder b = new StringBuilder();
        failures.stream()
                .sorted(java.util.Comparator.comparing(
                        (KnownFailure f) -> f.stamp().key()))
                .limit(MAX_RECORDS)
                .forEach(f -> b.append(f.stamp().size())
                        .append('\t')
                        .append(f.stamp().modifiedMillis())
                        .append('\t')
                        .append(f.stamp().key())
                        .append('\t')
                        .append(f.stamp().displayPath())
                        .append('\t')
                        .append(f.outcome())
                        .append('\t')
                        .append(f.reason().replaceAll("[\\t\\r\\n]+", " "))
                        .append('\n'));
        return b.toString();
    }

    static List<KnownFailure> decode(String text) {
        List<KnownFailure> failures = new ArrayList<>();
        if (text == null) {
            return failures;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", 6);
            if (f.length == 6) {
                failures.add(new KnownFailure(
                        new PathStamp(f[2], f[3], Long.parseLong(f[0]), Long.parseLong(f[1])), f[4], f[5]));
            }
        }
        return failures;
    }
}
