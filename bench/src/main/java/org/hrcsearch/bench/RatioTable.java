package org.hrcsearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hrcsearch.bench.IndexBenchmark.Timed;

/**
 * The side-by-side table of {@code hrc bench index}: each tool's best wall and CPU time over the same files, and
 * {@code hrc index}'s ratio to each, e.g. {@code | Tika AutoDetectParser, one JVM | 43.0 s | 84.0 s | 1.72x | 1.68x |};
 * then the indexer's CPU per document beyond raw Tika's. Pure: it formats what it is given.
 */
final class RatioTable {
    private RatioTable() {}

    /** One tool of the comparison: its timing, or why there is none (e.g. {@code not installed}). */
    record Tool(String name, Optional<Timed> timed, String absence) {
        Tool {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(timed, "timed");
            Objects.requireNonNull(absence, "absence");
        }

        static Tool measured(String name, Timed timed) {
            return new Tool(name, Optional.of(timed), "");
        }

        static Tool missing(String name, String absence) {
            return new Tool(name, Optional.empty(), absence);
        }
    }

    /**
     * The table's lines: a row per tool in {@code tools}, then {@code hrc}'s own, then the CPU beyond {@code rawTika}
     * per document of {@code documents} (left out when either CPU time is unknown).
     */
    static List<String> lines(List<Tool> tools, Tool hrc, Optional<Tool> rawTika, int documents) {
        List<String> lines = new ArrayList<>();
        lines.add("| tool, same files | wall | CPU (user + sys) | hrc index / tool, wall | hrc index / tool, CPU |");
        lines.add("|---|---|---|---|---|");
        Timed own = hrc.timed().orElseThrow(() -> new IllegalArgumentException("hrc index has no timing"));
        for (Tool tool : tools) {
            if (tool.timed().isEmpty()) {
                lines.add("| " + tool.name() + " | " + tool.absence() + " | | | |");
                continue;
            }
            Timed t = tool.timed().get();
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %.1f s | %s | %s | %s |",
                    tool.name(),
                    t.seconds(),
                    cpu(t),
                    ratio(own.seconds(), t.seconds()),
                    ratio(own.cpuSeconds(), t.cpuSeconds())));
        }
        lines.add(String.format(Locale.ROOT, "| %s | %.1f s | %s | 1 | 1 |", hrc.name(), own.seconds(), cpu(own)));
        rawTika.flatMap(Tool::timed).ifPresent(tika -> {
            if (tika.cpuSeconds() >= 0 && own.cpuSeconds() >= 0 && documents > 0) {
                double beyond = own.cpuSeconds() - tika.cpuSeconds();
                lines.add("");
                lines.add(String.format(
                        Locale.ROOT,
                        "hrc index's CPU beyond raw Tika: %.1f s over %d documents = %.1f ms a document",
                        beyond,
                        documents,
                        1000 * beyond / documents));
            }
        });
        return List.copyOf(lines);
    }

    private static String cpu(Timed t) {
        return t.cpuSeconds() < 0 ? "?" : String.format(Locale.ROOT, "%.1f s", t.cpuSeconds());
    }

    private static String ratio(double own, double other) {
        return own < 0 || other <= 0 ? "?" : String.format(Locale.ROOT, "%.2fx", own / other);
    }
}
