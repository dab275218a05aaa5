package org.hrcsearch.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.index.IndexHandle;
import org.hrcsearch.api.query.QueryLimits;
import org.hrcsearch.api.search.ApiServices;
import org.hrcsearch.api.signatory.VocabularyAliases;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.corpus.vocab.Vocabularies;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.report.IndexingReport;
import org.hrcsearch.testkit.ProjectPaths;

/**
 * Real files on disk indexed by the real indexer, e.g. {@code corpus/samples/pdf}, and the API's services over
 * that index: what {@code ./hrc demo} serves.
 */
public final class IndexedCorpus {
    private IndexedCorpus() {}

    /** The indexer's report of one run over {@code folder} into {@code indexDir}, with its log kept quiet. */
    public static IndexingReport index(Path folder, Path indexDir) throws IOException, InterruptedException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        return new IndexRun(new HrcSchema(), new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(new IndexRun.Options(List.of(folder), indexDir, 2));
    }

    /**
     * The bundled sample corpus ({@code corpus/samples/pdf}) indexed into {@code indexDir}, every file without
     * failure, and the services over it: the fixture of the tests that ask the sample index.
     */
    public static ApiServices sampleServices(Path indexDir) throws IOException, InterruptedException {
        IndexingReport report = index(ProjectPaths.samplePdfs(), indexDir);
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException("the sample corpus must index without failures: " + report.failures());
        }
        return services(indexDir);
    }

    /**
     * The files of {@code ../shared/corpus} at {@code relativePaths} copied into a folder of {@code work}, indexed
     * into {@code work/index} without failure, and the services over it: the fixture of the tests that ask a real
     * document through the API.
     */
    public static ApiServices sharedCorpusServices(Path work, String... relativePaths)
            throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (String relative : relativePaths) {
            Path file = ProjectPaths.sharedCorpus().resolve(relative);
            Files.copy(file, corpus.resolve(file.getFileName().toString()));
        }
        IndexingReport report = index(corpus, work.resolve("index"));
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException(
                    String.join(", ", relativePaths) + " must index without failures: " + report.failures());
        }
        return services(work.resolve("index"));
    }

    /** The services over the index in {@code indexDir}, with the bundled aliases, as the server opens them. */
    public static ApiServices services(Path indexDir) throws IOException {
        return ApiServices.over(
                IndexHandle.open(new HrcSchema(), indexDir),
                new VocabularyAliases(Vocabularies.bundled()),
                Vocabularies.bundled().concerns(),
                QueryLimits.DEFAULT,
                ApiServices.TIME_LIMIT,
                SearchApp.objectMapper());
    }
}
