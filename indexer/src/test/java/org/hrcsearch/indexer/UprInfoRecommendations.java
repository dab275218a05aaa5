package org.hrcsearch.indexer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hrcsearch.corpus.vocab.StateNames;

/**
 * The UPR Info database of recommendations ({@code bulk/upr-info-recommendations/upr-info-<sessions>.csv.gz}, Mac
 * OS Roman with CR line ends): for each State under review and UPR Working Group session, the States that made
 * recommendations, as canonical names. An independent record against which the recommending States derived
 * from the Working Group reports are measured. Names the vocabulary does not know are kept as printed, so that
 * they count as disagreements instead of vanishing.
 */
record UprInfoRecommendations(Map<Key, Set<String>> byReview, Set<String> unknownNames) {

    /** One review: the State under review and the Working Group session. */
    record Key(String underReview, int uprSession) {}

    static UprInfoRecommendations read(Path folder, StateNames states) throws IOException {
        Map<Key, Set<String>> byReview = new HashMap<>();
        Set<String> unknown = new TreeSet<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "upr-info-[0-9]*.csv.gz")) {
            for (Path file : files) {
                try (Reader in = new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(file)), Charset.forName("x-MacRoman"))) {
                    for (CSVRecord r : format.parse(in)) {
                        String to = r.get("To").strip();
                        String from = r.get("From").strip();
                        String session = r.get("Session").strip();
                        if (to.isEmpty() || from.isEmpty() || !session.matches("\\d+")) {
                            continue;
                        }
                        String underReview = states.canonical(to).orElse(to);
                        String recommending = states.canonical(from).orElseGet(() -> {
                            unknown.add(from);
                            return from;
                        });
                        byReview.computeIfAbsent(new Key(underReview, Integer.parseInt(session)), k -> new HashSet<>())
                                .add(recommending);
                    }
                }
            }
        }
        return new UprInfoRecommendations(byReview, unknown);
    }
}
