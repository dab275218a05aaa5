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
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * The main class of an extraction worker: a JVM of its own that parses files with Tika for the indexer, speaking
 * {@link WorkerProtocol} over stdin and stdout, {@code --threads N} files at a time (one JVM for all of them, so
 * that the parsers' code is compiled once: the JIT's warm-up is most of what a short run costs). The indexer caps
 * its heap and kills it when a file takes too long, so a parser that hangs, exhausts memory or crashes costs one
 * file, never the indexer.
 *
 * <p>The worker ends as soon as its stdin closes, even in the middle of a parse: that is how it learns that the
 * indexer is gone (stopped, crashed or killed with {@code kill -9}), so no worker outlives its indexer.
 */
public final class ExtractWorker {
    private ExtractWorker() {}

    /** System property that makes a worker OCR the pages of scans: set by {@code hrc index --ocr}. */
    public static final String OCR_PROPERTY = "hrc.ocr";

    public static void main(String[] args) {
        TikaExtractor.Options options =
                Boolean.getBoolean(OCR_PROPERTY) ? TikaExtractor.Options.withOcr() : TikaExtractor.Options.defaults();
        serveOnStdio(args, () -> new TikaExtractor(options));
    }

    /**
     * Serves on this process's stdin and stdout with the extractor {@code factory} makes (once, and shared by the
     * parse threads, so it must be thread-safe). Tests start workers with a misbehaving extractor through this.
     *
     * @param args {@code --threads N}, or nothing for one thread
     */
    public static void serveOnStdio(String[] args, Supplier<Extractor> factory) {
        // Only the protocol may write to stdout: a parser or library that prints goes to stderr instead.
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        int threads = args.length == 2 && args[0].equals("--threads") ? Integer.parseInt(args[1]) : 1;
        serve(System.in, protocol, factory, threads);
    }

    /** Answers requests from {@code in} on {@code out} until {@code in} ends, then halts the JVM. */
    static void serve(InputStream in, OutputStream out, Supplier<Extractor> factory, int threads) {
        BlockingQueue<WorkerProtocol.Request> requests = new LinkedBlockingQueue<>();
        BufferedOutputStream answers = new BufferedOutputStream(out, 1 << 16);
        // One extractor for every parse thread (Tika's parsers are thread-safe): it loads the parsers once, before
        // the worker says hello.
        Extractor extractor = factory.get();
        for (int i = 0; i < threads; i++) {
            Thread.ofPlatform().daemon().name("parse-" + i).start(() -> parse(requests, extractor, answers));
        }
        try {
            synchronized (answers) {
                WorkerProtocol.writeFrame(answers, WorkerProtocol.HELLO.getBytes(StandardCharsets.UTF_8));
            }
            InputStream buffered = new BufferedInputStream(in);
            Optional<byte[]> frame;
            while ((frame = WorkerProtocol.readFrame(buffered)).isPresent()) {
                requests.put(WorkerProtocol.decodeRequest(frame.get()));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // unreadable input means the same as its end
        }
        Runtime.getRuntime().halt(0); // the indexer is gone: stop now, even mid-parse
    }

    private static void parse(
            BlockingQueue<WorkerProtocol.Request> requests, Extractor extractor, BufferedOutputStream answers) {
        try {
            while (true) {
                WorkerProtocol.Request request = requests.take();
                ExtractionResult result;
                try {
                    result = extractor.extract(request.file());
                } catch (IOException | RuntimeException e) {
                    result = new ExtractionResult.Failed(ExtractionResult.Failure.CRASH, "extractor failed: " + e);
                }
                byte[] frame = WorkerProtocol.encode(request.id(), result);
                synchronized (answers) {
                    WorkerProtocol.writeFrame(answers, frame);
                }
            }
        } catch (IOException | InterruptedException e) {
            Runtime.getRuntime().halt(0); // the indexer closed our stdout or is gone: nothing left to answer
        }
    }
}
