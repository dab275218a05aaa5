package org.hrcsearch.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The Tika floor of {@code hrc bench index}: every file of a list parsed by one {@link AutoDetectParser} in this JVM,
 * {@code --threads} at a time, with the PDF settings of the indexer's workers (no OCR, text in printed order, no
 * inline images or annotations), the text counted and thrown away; no isolation, no metadata, no index. Run as
 * {@code java ... org.hrcsearch.bench.RawTika --threads 2 <file with one path a line>}; prints what it read.
 */
public final class RawTika {
    private RawTika() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3 || !args[0].equals("--threads")) {
            System.err.println("usage: RawTika --threads N <file with one path a line>");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[1]);
        List<Path> files = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(Path::of)
                .toList();
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (Path file : files) {
            pool.execute(() -> {
                try (TikaInputStream in = TikaInputStream.get(file, new Metadata())) {
                    parser.parse(in, new BodyContentHandler(new CountingWriter(chars)), new Metadata(), context());
                } catch (Exception | StackOverflowError e) {
                    failed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        System.out.printf("raw Tika: %d files, %d failed, %d characters%n", files.size(), failed.get(), chars.get());
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setSortByPosition(true);
        pdf.setExtractAnnotationText(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    /** A writer that only counts what it is given. */
    private static final class CountingWriter extends Writer {
        private final AtomicLong count;

        CountingWriter(AtomicLong count) {
            this.count = count;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            count.addAndGet(length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
