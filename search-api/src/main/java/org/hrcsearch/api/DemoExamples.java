package org.hrcsearch.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The example requests {@code ./hrc demo} prints, each with what it shows and what it finds on the sample corpus,
 * e.g. {@code /api/search?q=%22persistent+non-cooperation%22&session=55} finds {@code A/HRC/55/30}. One list
 * ({@code demo-examples.tsv}) that the server prints and a test runs, so an example never finds nothing.
 */
public final class DemoExamples {
    private DemoExamples() {}

    /** The class-path resource of the list. */
    static final String RESOURCE = "/demo-examples.tsv";

    /**
     * One example.
     *
     * @param request path and query, percent-encoded, e.g. {@code /api/timeline?q=reprisals}
     * @param shows what it shows, in a few words
     * @param finds a document it must find, by symbol or file name; empty when any result will do
     */
    public record Example(String request, String shows, Optional<String> finds) {
        public Example {
            Objects.requireNonNull(shows, "shows");
            Objects.requireNonNull(finds, "finds");
            if (!request.startsWith("/api/")) {
                throw new IllegalArgumentException("an example is an /api/ request, got '" + request + "'");
            }
        }
    }

    /** Every example, in the order they are printed. */
    public static List<Example> all() {
        try (InputStream in = DemoExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<Example> parse(BufferedReader lines) throws IOException {
        List<Example> examples = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 2) {
                throw new IllegalStateException(
                        RESOURCE + ":" + number + ": a request and what it shows, tab-separated");
            }
            String finds = cells.length > 2 ? cells[2].strip() : "";
            examples.add(new Example(
                    cells[0].strip(), cells[1].strip(), finds.isEmpty() ? Optional.empty() : Optional.of(finds)));
        }
        return List.copyOf(examples);
    }
}
