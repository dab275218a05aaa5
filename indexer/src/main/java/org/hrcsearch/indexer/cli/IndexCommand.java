package org.hrcsearch.indexer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hrcsearch.corpus.schema.HrcSchema;
import org.hrcsearch.indexer.IndexRun;
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

  @Override
  public Integer call() throws Exception {
    IndexingReport report = new IndexRun(new HrcSchema(), System.out).run(new IndexRun.Options(folders, index, threads));
    System.out.println("Index committed at " + index.toAbsolutePath().normalize());
    return report.outcomes().isEmpty() ? 3 : 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new IndexCommand()).execute(args));
  }
}
