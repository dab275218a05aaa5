package org.hrcsearch.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hrcsearch.indexer.check.ActionCheck;
import org.hrcsearch.indexer.check.ActionComparison;
import org.hrcsearch.indexer.check.ActionTargets;
import org.hrcsearch.indexer.check.CheckedField;
import org.hrcsearch.indexer.check.ExpectedAction;
import org.hrcsearch.indexer.check.ExpectedActionsFile;
import org.hrcsearch.indexer.check.ExpectedMetadata;
import org.hrcsearch.indexer.check.ExpectedMetadataFile;
import org.hrcsearch.indexer.check.MetadataCheck;
import org.hrcsearch.indexer.check.MetadataComparison;
import org.hrcsearch.indexer.enrich.DocumentDeriver;
import org.hrcsearch.indexer.enrich.DocumentEnricher;
import org.hrcsearch.indexer.extract.TikaExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hrc check-metadata <folder> --expected <file>}: measures derived metadata against curated expectations;
 * {@code hrc check-metadata <folder> --actions <dir>}: measures the Council actions read out of the session reports
 * of the folder against curated ones.
 */
@Command(
        name = "check-metadata",
        mixinStandardHelpOptions = true,
        description = {
            "Derive the metadata of every document under a folder (as indexing does) and compare it with an expected",
            "CSV: prints precision and recall per field and every disagreement. The CSV has a 'path' column (relative",
            "to the folder) and any of the columns " + CheckMetadataCommand.COLUMNS + "; multiple values are joined",
            "with ' | '; an empty cell means the field must be empty; a column that is absent is not checked.",
            "Exit code 0 when every expected document was derived, 1 otherwise.",
            "With --actions <dir> instead, the actions of every session report in the folder are compared with the",
            "folder's actions.csv (report,draft,outcome,tally,resulting) and positions.csv (report,draft,state,position):",
            "precision and recall per field and of the State positions, every disagreement, the actions missing and",
            "extra, the extractor's warnings. Exit code 0 when the targets (--min-actions, --min-positions) are met",
            "and every curated report was found, 1 otherwise."
        })
public final class CheckMetadataCommand implements Callable<Integer> {

    /** Stands in the description for the checked columns, which come from the field registry at run time. */
    static final String COLUMNS = "<columns>";

    @Parameters(index = "0", paramLabel = "<folder>", description = "Folder of documents (walked recursively).")
    Path folder;

    @Option(
            names = "--expected",
            paramLabel = "<file>",
            description = "Expected-metadata CSV; repeat to combine several.")
    List<Path> expected = List.of();

    @Option(
            names = "--actions",
            paramLabel = "<dir>",
            description = "Check the Council actions instead: a folder with the curated " + ExpectedActionsFile.ACTIONS
                    + " and " + ExpectedActionsFile.POSITIONS + ".")
    Path actions;

    @Option(
            names = "--min-actions",
            paramLabel = "<share>",
            description = "With --actions: the least precision and recall of draft, outcome, tally and resulting"
                    + " (default: ${DEFAULT-VALUE}, every action right).")
    double minActions = ActionTargets.ISSUE_14.fields();

    @Option(
            names = "--min-positions",
            paramLabel = "<share>",
            description = "With --actions: the least precision and recall of the State positions over (action,"
                    + " State, position) (default: ${DEFAULT-VALUE}).")
    double minPositions = ActionTargets.ISSUE_14.positions();

    @Option(
            names = "--derived-out",
            paramLabel = "<file>",
            description = "Also write what was derived for every document to this CSV (a start for curating).")
    Path derivedOut;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Parallel extraction threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--ocr", description = "OCR pages without a text layer with Tesseract (slow; needs tesseract-ocr).")
    boolean ocr;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            System.err.println("check-metadata: not a folder: " + folder);
            return 2;
        }
        if (expected.isEmpty() == (actions == null)) {
            System.err.println("check-metadata: give --expected <file> or --actions <dir> (one of them)");
            return 2;
        }
        if (actions != null && derivedOut != null) {
            System.err.println(
                    "check-metadata: --derived-out writes metadata, not actions; leave it out with --actions");
            return 2;
        }
        ActionTargets targets;
        List<ExpectedAction> expectedActions = List.of();
        List<ExpectedMetadata> rows = new ArrayList<>();
        try {
            targets = new ActionTargets(minActions, minPositions);
            if (actions != null) {
                expectedActions = ExpectedActionsFile.read(actions);
            }
            for (Path e : expected) {
                rows.addAll(ExpectedMetadataFile.read(e));
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("check-metadata: " + e.getMessage());
            return 2;
        }
        DocumentEnricher enricher = new DocumentEnricher();
        TikaExtractor.Options extract = ocr ? TikaExtractor.Options.withOcr() : TikaExtractor.Options.defaults();
        if (ocr) {
            String missing = TikaExtractor.ocrUnavailableReason().orElse(null);
            if (missing != null) {
                System.err.println("check-metadata: --ocr: " + missing);
                return 2;
            }
        }
        MetadataCheck check = new MetadataCheck(() -> new DocumentDeriver(new TikaExtractor(extract), enricher));
        MetadataCheck.Derived derived = check.derive(folder, threads);
        if (actions != null) {
            Map<String, ActionComparison.ReportRead> reports = ActionCheck.reports(derived);
            ActionComparison.Result result = new ActionComparison().compare(expectedActions, reports);
            ActionCheck.print(result, reports, targets, System.out);
            return result.unmet(targets).isEmpty() ? 0 : 1;
        }
        if (derivedOut != null) {
            ExpectedMetadataFile.write(derivedOut, derived.documents());
            System.out.println("Derived metadata written to " + derivedOut);
        }
        MetadataComparison.Result result = new MetadataComparison().compare(rows, derived::document);
        MetadataCheck.print(result, rows.size(), System.out);
        return result.missing().isEmpty() ? 0 : 1;
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new CheckMetadataCommand());
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        usage.description(Arrays.stream(usage.description())
                .map(line -> line.replace(COLUMNS, CheckedField.columns()))
                .toArray(String[]::new));
        System.exit(cli.execute(args));
    }
}
