package org.hrcsearch.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hrcsearch.indexer.check.ExpectedActionsFile;
import org.hrcsearch.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code check-metadata <folder> --actions <dir>} over the sample session report {@code A/HRC/52/2}: it exits 0 when
 * the targets asked for are met and 1 when they are not, printing what disagreed; a bad call exits 2.
 */
class CheckMetadataCommandTest {

    @TempDir
    Path tmp;

    /** The sample report's actions, read by hand from its text (as {@code SessionReportActionsIndexTest} lists them). */
    private static final String ACTIONS = """
            report,draft,outcome,tally,resulting
            A/HRC/52/2,A/HRC/52/L.12,adopted_without_vote,,A/HRC/RES/52/7
            A/HRC/52/2,A/HRC/52/L.3,adopted_by_vote,36-4-7,A/HRC/RES/52/3
            A/HRC/52/2,A/HRC/52/L.20/Rev.1,adopted_by_vote,27-6-14,A/HRC/RES/52/24
            A/HRC/52/2,A/HRC/52/L.1,adopted_without_vote,,A/HRC/DEC/52/101
            A/HRC/52/2,A/HRC/52/L.27,withdrawn,,
            """;

    private record Run(int exit, String out, String err) {}

    private Run check(String actions, String... options) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(
                ProjectPaths.samplePdfs().resolve("A_HRC_52_2.pdf"),
                folder.resolve("A_HRC_52_2.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path expected = Files.createDirectories(tmp.resolve("expected"));
        Files.writeString(expected.resolve(ExpectedActionsFile.ACTIONS), actions);
        String[] args = new String[options.length + 4];
        args[0] = folder.toString();
        args[1] = "--actions";
        args[2] = expected.toString();
        args[3] = "--threads=1";
        System.arraycopy(options, 0, args, 4, options.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new CheckMetadataCommand()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void exitsZeroWhenTheTargetsAskedForAreMetAndOneWhenAnActionIsWrong() throws Exception {
        // no positions.csv: every position read is one not expected, so the positions target is lowered to 0
        Run right = check(ACTIONS, "--min-positions=0");
        assertThat(right.exit()).as(right.out() + right.err()).isZero();
        assertThat(right.out())
                .contains("Compared 5 expected actions with the 5 read out of 1 session reports.")
                .containsPattern("Extractor warnings: 1\n  A/HRC/52/2 p\\. \\d+, paragraphs 12-13: adopted_by_vote by"
                        + " 27-6-14 but no State lists could be read")
                .contains("): met");

        Run wrong = check(ACTIONS.replace("36-4-7", "36-4-6"), "--min-positions=0");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.out())
                .contains("A/HRC/52/2 A/HRC/52/L.3  tally  expected [36-4-6]  derived [36-4-7]")
                .contains("NOT met\n  tally: precision 0.500, recall 0.500, below 1.000");

        Run positions = check(ACTIONS);
        assertThat(positions.exit()).isEqualTo(1);
        assertThat(positions.out()).contains("positions: precision 0.000, recall 1.000, below 0.990");
    }

    @Test
    void aCallWithoutOneModeOrWithABadFileExitsTwoAndSaysWhy() throws Exception {
        int neither = new CommandLine(new CheckMetadataCommand()).execute(tmp.toString());
        assertThat(neither).isEqualTo(2);
        Run bad = check(ACTIONS.replace("withdrawn", "dropped"));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("actions.csv line 6: unknown outcome 'dropped'");
    }
}
