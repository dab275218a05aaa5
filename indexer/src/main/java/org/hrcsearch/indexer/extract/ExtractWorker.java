package org.hrcsearch.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The main class of an extraction worker: a JVM of its own that parses one file at a time with Tika for the
 * indexer, speaking {@link WorkerProtocol} over stdin and stdout. The indexer caps its heap and kills it when a
 * file takes too long, so a parser that hangs, exhausts memory or crashes costs one file, never the indexer.
 *
 * <p>The worker ends as soon as its stdin closes, even in the middle of a parse: that is how it learns that the
 * indexer is gone (stopped, crashed or killed with {@code kill -9}), so no worker outlives its indexer.
 */
public final class ExtractWorker {
  private ExtractWorker() {}

  /** System property that makes a worker OCR the pages of scans: set by {@code hrc index --ocr}. */
  public static final String OCR_PROPERTY = "hrc.ocr";

  public static void main(String[] args) {
    TikaExtractor.Options options = Boolean.getBoolean(OCR_PROPERTY)
        ? TikaExtractor.Options.withOcr()
        : TikaExtractor.Options.defaults();
    serveOnStdio(() -> new TikaExtractor(options));
  }

  /**
   * Serves on this process's stdin and stdout with the extractor {@code factory} makes. Tests start workers with
   * a misbehaving extractor through this.
   */
  public static void serveOnStdio(java.util.function.Supplier<Extractor> factory) {
    // Only the protocol may write to stdout: a parser or library that prints goes to stderr instead.
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    serve(System.in, protocol, factory.get());
  }

  /** Answers requests from {@code in} on {@code out} with {@code extractor} until {@code in} ends, then halts the JVM. */
  static void serve(InputStream in, OutputStream out, Extractor extractor) {
    BlockingQueue<Path> requests = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> readRequests(new BufferedInputStream(in), requests), "worker-stdin");
    reader.setDaemon(true);
    reader.start();
    BufferedOutputStream answers = new BufferedOutputStream(out, 1 << 16);
    try {
      WorkerProtocol.writeFrame(answers, WorkerProtocol.HELLO.getBytes(StandardCharsets.UTF_8));
      while (true) {
        Path file = requests.take();
        ExtractionResult result;
        try {
          result = extractor.extract(file);
        } catch (IOException | RuntimeException e) {
          result = new ExtractionResult.Failed(ExtractionResult.Failure.CRASH, "extractor failed: " + e);
        }
        WorkerProtocol.writeFrame(answers, WorkerProtocol.encode(result));
      }
    } catch (IOException | InterruptedException e) {
      // the indexer closed our stdout or is gone: nothing left to answer
      Runtime.getRuntime().halt(0);
    }
  }

  private static void readRequests(InputStream in, BlockingQueue<Path> requests) {
    try {
      Optional<byte[]> frame;
      while ((frame = WorkerProtocol.readFrame(in)).isPresent()) {
        requests.put(WorkerProtocol.decodePath(frame.get()));
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      // unreadable input means the same as its end
    }
    Runtime.getRuntime().halt(0); // the indexer is gone: stop now, even mid-parse
  }
}
