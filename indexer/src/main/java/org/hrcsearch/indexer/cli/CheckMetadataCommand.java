package org.hrcsearch.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.hrcsearch.indexer.check.CheckedField;
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

/** {@code hrc check-metadata <folder> --expected <file>}: measures derived metadata against curated expectations. */
@Command(
        name = "check-metadata",
        mixinStandardHelpOptions = true,
        description = {
            "Derive the metadata of every document under a folder (as indexing does) and compare it with an expected",
            "CSV: prints precision and recall per field and every disagreement. The CSV has a 'path' column (relative",
            "to the folder) and any of the columns " + CheckMetadataCommand.COLUMNS + "; multiple values are joined",
            "with ' | '; an empty cell means the field must be empty; a column that is absent is not checked.",
            "Exit code 0 when every expected document was derived, 1 otherwise."
        })
public final class CheckMetadataCommand implements Callable<Integer> {

    /** Stands in the description for the checked columns, which come from the field registry at run time. */
    static final String COLUMNS = "<columns>";

    @Parameters(index = "0", paramLabel = "<folder>", description = "Folder of documents (walked recursively).")
    Path folder;

    @Option(
            names = "--expected",
            required = true,
            paramLabel = "<file>",
            description = "Expected-metadata CSV; repeat to combine several.")
    List<Path> expected;

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
        List<ExpectedMetadata> rows = new ArrayList<>();
        for (Path e : expected) {
            rows.addAll(ExpectedMetadataFile.read(e));
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
