package org.hrcsearch.indexer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
import org.hrcsearch.indexer.extract.TikaExtractor;
import org.hrcsearch.indexer.report.IndexingReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hrc index <folder>... --index <dir>}: indexes folders of documents into a Lucene index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index folders of documents (PDF, DOC, DOCX, ODT, RTF, HTML, TXT) into a search index.",
      "Every file gets an outcome; a file that cannot be read is reported and the run goes on.",
      "The index changes in one commit at the end: a server reading it sees the old or the new index, never half."
    })
public final class IndexCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "<folder>", description = "Folders to index (walked recursively).")
  List<Path> folders;

  @Option(names = "--index", required = true, paramLabel = "<dir>", description = "Index folder (created if missing).")
  Path index;

  @Option(names = "--threads", paramLabel = "N", description = "Parallel extraction threads (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--ocr", description = {
      "OCR the pages that have no text layer (scans) with Tesseract, page by page; slow.",
      "Needs the tesseract program (Debian: apt-get install tesseract-ocr). Off by default: scans are then",
      "indexed by their metadata and reported as needs_ocr."})
  boolean ocr;

  @Override
  public Integer call() throws Exception {
    TikaExtractor.Options extract = TikaExtractor.Options.defaults();
    if (ocr) {
      var missing = TikaExtractor.ocrUnavailableReason();
      if (missing.isPresent()) {
        System.err.println("index: --ocr: " + missing.get());
        return 2;
      }
      extract = TikaExtractor.Options.withOcr();
    }
    IndexingReport report = new IndexRun(new HrcSchema(), System.out)
        .run(new IndexRun.Options(folders, index, threads, extract));
    System.out.println("Index committed at " + index.toAbsolutePath().normalize());
    return report.outcomes().isEmpty() ? 3 : 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new IndexCommand()).execute(args));
  }
}
