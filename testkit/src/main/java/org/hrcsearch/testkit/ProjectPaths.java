package org.hrcsearch.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hrcsearch.launcher.IndexerLaunch;

/**
 * Where the project's own files and the shared real-document corpus are, for tests and benchmarks: the
 * repository root (system property {@code hrc.repo.root}, set by the build and by {@code ./hrc}, else found by
 * walking up from the working folder) and {@code ../shared/corpus} beside it.
 */
public final class ProjectPaths {
    private ProjectPaths() {}

    public static Path repoRoot() {
        Optional<Path> named = IndexerLaunch.repoRoot();
        if (named.isPresent() && Files.isDirectory(named.get().resolve("corpus").resolve("samples"))) {
            return named.get();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("corpus").resolve("samples"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the hrc-search repository root (a folder with corpus/samples) "
                + "above " + Path.of("").toAbsolutePath() + "; set -D" + IndexerLaunch.REPO_ROOT_PROPERTY);
    }

    /** The bundled synthetic sample PDFs. */
    public static Path samplePdfs() {
        return repoRoot().resolve("corpus/samples/pdf");
    }

    /** The file of the metadata each sample should yield. */
    public static Path sampleExpectedMetadata() {
        return repoRoot().resolve("corpus/samples/expected-metadata.csv");
    }

    /** {@code ../shared/corpus} from the repository root, whether it is there or not. */
    static Path sharedCorpusLocation() {
        return repoRoot().resolve("../shared/corpus").normalize();
    }

    /**
     * The shared corpus of real documents, {@code ../shared/corpus} from the repository root. Fails loudly when it
     * is missing: a test that needs real documents must not pass without them (mark it {@link NeedsSharedCorpus},
     * which skips it instead on a clone without the corpus, unless {@code HRC_REQUIRE_CORPUS=1}).
     */
    public static Path sharedCorpus() {
        Path shared = sharedCorpusLocation();
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("the shared corpus is missing: expected it at " + shared
                    + " (../shared/corpus beside the repository); tests on real documents cannot run without it");
        }
        return shared;
    }
}
