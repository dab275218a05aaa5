package org.hrcsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.hrcsearch.corpus.index.IndexFolder;
import org.hrcsearch.indexer.cli.IndexCommand;
import org.hrcsearch.indexer.report.ReportFolder;
import org.hrcsearch.testkit.UnprivilegedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md 4.2 F4 and 4.3 D10, as a user meets them: the indexer's command runs in a JVM of its own as a user
 * whom permission bits bind ({@code nobody} when the tests run as root, as CI does, since root reads and writes
 * whatever the mode says; else the current user). A file it may not read and a folder it may not open are {@code
 * failed_read} in the report and the run goes on; an index folder it may not write is exit code 6 before anything is
 * touched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionDeniedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnprivilegedUser user;
    private String classPath;
    private final List<Path> toRestore = new ArrayList<>();

    private Path shared;

    @BeforeAll
    void aUserWhomPermissionsBind(@TempDir Path tmp) throws IOException {
        shared = tmp;
        user = UnprivilegedUser.detect();
        user.reachable(shared);
        classPath = user.classPath(shared.resolve("classpath"));
        System.out.println("F4/D10: the indexer runs as " + user.describe());
    }

    @AfterEach
    void restoreModes() throws IOException {
        for (Path p : toRestore) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        toRestore.clear();
    }

    private void mode(Path p, String mode) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
        toRestore.add(p);
    }

    /** A case's folder: the child may pass through it, and write the index folder inside. */
    private Path caseFolder(String name) throws IOException {
        Path dir = Files.createDirectories(shared.resolve(name));
        mode(dir, "rwxr-xr-x");
        return dir;
    }

    private record Run(int exit, String output) {}

    /** {@code hrc index <corpus> --index <index> --progress none}, as the unprivileged user. */
    private Run index(Path corpus, Path index, Path log) throws Exception {
        Process p = user.start(
                IndexCommand.class,
                classPath,
                log,
                corpus.toString(),
                "--index",
                index.toString(),
                "--progress",
                "none",
                "--threads",
                "1");
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the indexer ended").isTrue();
        String output = Files.readString(log);
        System.out.println(output);
        return new Run(p.exitValue(), output);
    }

    private static JsonNode reportLine(Path index, String name) throws IOException {
        Path report = new ReportFolder(new IndexFolder(index)).newestReport().orElseThrow();
        List<JsonNode> matching = new ArrayList<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            JsonNode node = JSON.readTree(line);
            if (node.get("path").asText().endsWith("/" + name)) {
                matching.add(node);
            }
        }
        assertThat(matching).as("report lines of %s in %s", name, report).hasSize(1);
        return matching.getFirst();
    }

    private static int documents(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    private static long generation(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getGeneration();
        }
    }

    /** A corpus of {@code readable} letters anyone may read. */
    private static Path corpus(Path dir, int readable) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < readable; i++) {
            Files.writeString(corpus.resolve("letter" + i + ".txt"), "Joint letter number " + i + " on reprisals");
        }
        return corpus;
    }

    @Test
    void f4_aFileAndAFolderTheIndexerMayNotReadAreFailedReadAndTheRunGoesOn() throws Exception {
        Path dir = caseFolder("f4");
        Path corpus = corpus(dir, 8);
        Path locked = Files.writeString(corpus.resolve("locked.txt"), "locked file lockedword");
        Path closed = Files.createDirectories(corpus.resolve("closed"));
        Files.writeString(closed.resolve("inside-closed.txt"), "inside a closed folder closedword");
        mode(locked, "---------");
        mode(closed, "r--r--r--"); // its names can be listed, nothing in it opened
        Path index = dir.resolve("index");
        Files.createDirectories(index);
        user.own(index);

        Run run = index(corpus, index, dir.resolve("index.log"));

        assertThat(run.exit()).as(run.output()).isZero();
        JsonNode file = reportLine(index, "locked.txt");
        assertThat(file.get("outcome").asText()).isEqualTo("failed_read");
        assertThat(file.get("reason").asText()).startsWith("permission denied");
        JsonNode inClosed = reportLine(index, "inside-closed.txt");
        assertThat(inClosed.get("outcome").asText()).isEqualTo("failed_read");
        assertThat(inClosed.get("reason").asText()).startsWith("permission denied");
        assertThat(reportLine(index, "letter0.txt").get("outcome").asText()).isEqualTo("indexed");
        assertThat(documents(index)).as("the readable letters").isEqualTo(8);
        assertThat(run.output()).contains("locked.txt").contains("inside-closed.txt");
    }

    @Test
    void d10_anIndexFolderTheIndexerMayNotWriteIsExitCode6AndTheLastCommitStays() throws Exception {
        Path dir = caseFolder("d10");
        Path corpus = corpus(dir, 3);
        Path index = dir.resolve("index");
        Files.createDirectories(index);
        user.own(index);
        Run first = index(corpus, index, dir.resolve("first.log"));
        assertThat(first.exit()).as(first.output()).isZero();
        long generation = generation(index);
        Files.writeString(corpus.resolve("letter9.txt"), "A new letter the next run would add");

        mode(index, "r-xr-xr-x");
        Run refused = index(corpus, index, dir.resolve("refused.log"));

        assertThat(refused.exit()).as(refused.output()).isEqualTo(6);
        assertThat(refused.output()).contains("the index folder " + index + " is not writable");
        assertThat(generation(index)).as("the last commit").isEqualTo(generation);
        assertThat(documents(index)).isEqualTo(3);
    }
}
