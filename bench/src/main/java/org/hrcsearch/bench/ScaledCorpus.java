package org.hrcsearch.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus made {@code n} times larger for {@code hrc bench index --scale n}: every PDF copied {@code n} times into
 * {@code copy-1/}, {@code copy-2/}, ... of a folder, each copy followed by a line of its own after the PDF's
 * {@code %%EOF} (e.g. {@code %hrc-bench copy 2}), so that every copy has a content hash of its own and none is
 * skipped as a duplicate, while every PDF reader still reads the same document.
 */
final class ScaledCorpus {
    private ScaledCorpus() {}

    /** The bytes that follow copy {@code copy} of a file: a PDF comment line, ignored by readers after {@code %%EOF}. */
    static byte[] trailer(int copy) {
        return ("\n%hrc-bench copy " + copy + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Copies each of {@code files} (all under {@code base}) {@code n} times into {@code target}, keeping their paths
     * below {@code base}; returns the copies, copy 1 of every file first.
     */
    static List<Path> make(List<Path> files, Path base, int n, Path target) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("--scale must be at least 1, got " + n);
        }
        List<Path> copies = new ArrayList<>(files.size() * n);
        for (int copy = 1; copy <= n; copy++) {
            Path folder = target.resolve("copy-" + copy);
            for (Path file : files) {
                Path to = folder.resolve(base.relativize(file).toString());
                Files.createDirectories(to.getParent());
                try (OutputStream out = Files.newOutputStream(to)) {
                    Files.copy(file, out);
                    out.write(trailer(copy));
                }
                copies.add(to);
            }
        }
        return List.copyOf(copies);
    }
}
