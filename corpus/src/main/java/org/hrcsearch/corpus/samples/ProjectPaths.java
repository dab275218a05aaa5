package org.hrcsearch.corpus.samples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * TEMPORARY: only {@code ServeCommand} still uses this, to find the indexer a checkout built, and that use is being
 * removed (issue 13). Tests and benchmarks find the project's paths with {@code org.hrcsearch.testkit.ProjectPaths};
 * delete this class when {@code ServeCommand} no longer needs it.
 */
public final class ProjectPaths {
    private ProjectPaths() {}

    /** The repository root: system property {@code hrc.repo.root}, else a folder above the working one. */
    public static Path repoRoot() {
        String prop = System.getProperty("hrc.repo.root");
        if (prop != null && Files.isDirectory(Path.of(prop, "corpus", "samples"))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("corpus").resolve("samples"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the hrc-search repository root (a folder with corpus/samples) "
                + "above " + Path.of("").toAbsolutePath() + "; set -Dhrc.repo.root");
    }
}
