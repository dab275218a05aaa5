package org.hrcsearch.indexer.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Extracts a document's text page by page with Apache Tika: PDF through PDFBox, Word, OpenDocument, RTF, HTML and
 * plain text through Tika's standard parsers. Never throws for a bad file: the failure is the result.
 *
 * <p>Thread-safe: every call has its own handler, metadata and context; Tika's parsers are thread-safe.
 *
 * <p>It parses in the calling JVM, so a parser that hangs or exhausts memory takes that JVM with it: the indexer
 * runs it only inside {@link ExtractWorker} processes.
 */
public final class TikaExtractor implements Extractor {

    /** Text beyond this is dropped: the longest HRC session reports have about 1.5 million characters. */
    public static final long MAX_CHARS = 20_000_000;

    /**
     * How to extract: with {@code ocr}, a PDF page that has no text layer is rendered and read by Tesseract (per
     * page: pages with text are not OCRed); slow, and it needs the {@code tesseract} program (Debian:
     * {@code apt-get install tesseract-ocr}).
     */
    public record Options(boolean ocr, String ocrLanguage) {
        public Options {
            if (ocrLanguage == null || !ocrLanguage.matches("[a-z_+]{3,40}")) {
                throw new IllegalArgumentException(
                        "OCR language must be Tesseract codes like 'eng' or 'eng+fra', got '" + ocrLanguage + "'");
            }
        }

        public static Options defaults() {
            return new Options(false, "eng");
        }

        public static Options withOcr() {
            return new Options(true, "eng");
        }
    }

    /**
     * System property that lowers {@link #MAX_CHARS} in a worker, e.g. {@code -Dhrc.extract.maxChars=100000}: for
     * tests that need the limit without a 20-million-character file.
     */
    public static final String MAX_CHARS_PROPERTY = "hrc.extract.maxChars";

    /** Files embedded in a document (a PDF portfolio's attachments) read at most; the rest are skipped and counted. */
    public static final int MAX_EMBEDDED = 100;

    /** How deep files embedded in embedded files are read (a zip in a zip in a PDF...); Tika's own default. */
    public static final int MAX_EMBEDDED_DEPTH = 10;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final Options options;
    private final long maxChars;

    public TikaExtractor() {
        this(Options.defaults());
    }

    public TikaExtractor(Options options) {
        this(options, Long.getLong(MAX_CHARS_PROPERTY, MAX_CHARS));
    }

    TikaExtractor(Options options, long maxChars) {
        this.options = options;
        this.maxChars = maxChars;
    }

    /**
     * Why OCR cannot run here, or empty when it can: the {@code tesseract} program must be on the PATH.
     */
    public static Optional<String> ocrUnavailableReason() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (p.waitFor() == 0) {
                return Optional.empty();
            }
            return Optional.of("'tesseract --version' failed (exit " + p.exitValue() + "); reinstall tesseract-ocr");
        } catch (java.io.IOException e) {
            return Optional.of("Tesseract is not installed (no 'tesseract' program on the PATH). Install it with "
                    + "'apt-get install tesseract-ocr' (Debian/Ubuntu), or run without --ocr: scans are then indexed by "
                    + "their metadata and flagged needs_ocr.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while looking for Tesseract");
        }
    }

    @Override
    public ExtractionResult extract(Path file) {
        // PDFBox can drop glyphs printed twice on top of each other (a way to print bold), but it costs some 40% of the
        // time of extracting a PDF, and one letter in a corpus needs it: parse without, and again with it only for a
        // document whose text shows doubled letters ("PPrroommoottiinngg").
        ExtractionResult result = extract(file, false);
        if (result instanceof ExtractionResult.Extracted e
                && e.extraction().contentType().equals("application/pdf")
                && Overprint.looksOverprinted(e.extraction().pages())) {
            return extract(file, true);
        }
        return result;
    }

    private ExtractionResult extract(Path file, boolean suppressOverprint) {
        String name = file.getFileName().toString();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        PageTextHandler handler = new PageTextHandler(maxChars);
        ParseContext context = context(suppressOverprint);
        BoundedEmbeddedExtractor embedded = new BoundedEmbeddedExtractor(context, MAX_EMBEDDED, MAX_EMBEDDED_DEPTH);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        context.set(org.apache.tika.parser.Parser.class, parser); // what parses the embedded files
        List<String> warnings = new ArrayList<>();
        String detected;
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            if (in.getLength() == 0) {
                return new ExtractionResult.Failed(
                        ExtractionResult.Failure.EMPTY,
                        "empty file (0 bytes): nothing to index; replace it with the document it should hold");
            }
            // by the bytes alone: a name says what a file should be, not what it is
            detected = baseType(parser.getDetector().detect(in, new Metadata()).toString());
            Optional<ExtractionResult.Failed> refused = FileTypes.refusal(name, detected);
            if (refused.isPresent()) {
                return refused.get();
            }
            FileTypes.renamedWarning(name, detected).ifPresent(warnings::add);
            parser.parse(in, handler, metadata, context);
        } catch (ZeroByteFileException e) {
            return new ExtractionResult.Failed(
                    ExtractionResult.Failure.EMPTY,
                    "empty file (0 bytes): nothing to index; replace it with the document it should hold");
        } catch (EncryptedDocumentException e) {
            return new ExtractionResult.Failed(ExtractionResult.Failure.ENCRYPTED, ENCRYPTED_REASON);
        } catch (TikaException | org.xml.sax.SAXException e) {
            String root = rootMessage(e);
            if (isZipBomb(e)) {
                return new ExtractionResult.Failed(
                        ExtractionResult.Failure.BOMB,
                        "zip bomb: it inflates to far more " + "than it holds (" + root
                                + "); the parser was stopped. Check where the file came from");
            }
            return new ExtractionResult.Failed(
                    "cannot be parsed: " + root
                            + " (the file is damaged, truncated or not what its name says; check that it opens in its usual program)");
        } catch (java.nio.file.NoSuchFileException e) {
            return new ExtractionResult.Failed(ExtractionResult.Failure.READ, "vanished before it was read");
        } catch (java.nio.file.AccessDeniedException e) {
            return new ExtractionResult.Failed(ExtractionResult.Failure.READ, "permission denied");
        } catch (java.io.IOException e) {
            return new ExtractionResult.Failed(ExtractionResult.Failure.READ, "cannot be read: " + rootMessage(e));
        } catch (RuntimeException | StackOverflowError e) {
            return new ExtractionResult.Failed("parser failed: " + rootMessage(e));
        }
        String contentType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE))
                .map(TikaExtractor::baseType)
                .orElse(detected);
        Optional<String> title = Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE))
                .map(String::strip)
                .filter(t -> !t.isEmpty());
        List<String> pages = handler.pages();
        warnings.addAll(ExtractionWarnings.of(metadata, handler.truncated(), maxChars, embedded));
        ExtractionWarnings.pagesWithoutText(pages).ifPresent(warnings::add);
        return new ExtractionResult.Extracted(new Extraction(pages, contentType, title, warnings));
    }

    /** Why an encrypted file is not indexed, and what to do. */
    static final String ENCRYPTED_REASON = "encrypted: needs a password to open; save a copy without the password "
            + "(e.g. qpdf --decrypt --password=... in.pdf out.pdf) and index that";

    private ParseContext context(boolean suppressOverprint) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        // reading order as printed: UN covers put the symbol block last in the content stream
        pdf.setSortByPosition(true);
        pdf.setSuppressDuplicateOverlappingText(suppressOverprint);
        pdf.setExtractAnnotationText(false);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        if (options.ocr()) {
            // AUTO decides page by page: only a page without (usable) text is rendered and OCRed
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
            pdf.setOcrDPI(300);
            ocr.setLanguage(options.ocrLanguage());
            ocr.setSkipOcr(false);
        } else {
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
            ocr.setSkipOcr(true);
        }
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, ocr);
        // streams a Word file's XML instead of loading it whole: a zip bomb is stopped after a few MB, not 40 MB later
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** {@code application/pdf} of {@code application/pdf; version=1.4}. */
    static String baseType(String type) {
        return type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = firstLine(root);
        return msg.isEmpty() ? root.getClass().getSimpleName() : msg;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
