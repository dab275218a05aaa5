package org.hrcsearch.corpus.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a tab-separated vocabulary file: comments ({@code #}) and blank lines skipped, each row with its
 * line number for error messages, e.g. {@code states.tsv:12: ...}.
 */
record TsvResource(String name, List<Row> rows) {

    /** One data line, its cells (trailing empty cells kept) and where it stands. */
    record Row(String source, int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        /** The cell's " | "-separated values, blanks dropped. */
        List<String> list(int i) {
            String c = cell(i);
            if (c.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(c.split("\\s*\\|\\s*"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }

    /** The file {@code name} in {@code dir} when there is one, else the bundled resource of that name. */
    static TsvResource load(String name, Optional<Path> dir) {
        try {
            if (dir.isPresent() && Files.isRegularFile(dir.get().resolve(name))) {
                Path file = dir.get().resolve(name);
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return parse(file.toString(), r);
                }
            }
            InputStream in = TsvResource.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("the bundled vocabulary " + name + " is missing from the classpath");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(name, r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + name, e);
        }
    }

    static TsvResource parse(String source, BufferedReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rows.add(new Row(source, n, List.of(line.split("\t", -1))));
        }
        return new TsvResource(source, List.copyOf(rows));
    }
}
