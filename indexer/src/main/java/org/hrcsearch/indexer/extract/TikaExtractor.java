package org.hrcsearch.indexer.extract;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
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
        throw new IllegalArgumentException("OCR language must be Tesseract codes like 'eng' or 'eng+fra', got '"
            + ocrLanguage + "'");
      }
    }

    public static Options defaults() {
      return new Options(false, "eng");
    }

    public static Options withOcr() {
      return new Options(true, "eng");
    }
  }

  private final Parser parser = new AutoDetectParser();
  private final Options options;

  public TikaExtractor() {
    this(Options.defaults());
  }

  public TikaExtractor(Options options) {
    this.options = options;
  }

  /**
   * Why OCR cannot run here, or empty when it can: the {@code tesseract} program must be on the PATH.
   */
  public static Optional<String> ocrUnavailableReason() {
    try {
      Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
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
    if (result instanceof ExtractionResult.Extracted e && Overprint.looksOverprinted(e.extraction().pages())) {
      return extract(file, true);
    }
    return result;
  }

  private ExtractionResult extract(Path file, boolean suppressOverprint) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    PageTextHandler handler = new PageTextHandler(MAX_CHARS);
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
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      return new ExtractionResult.Failed("encrypted: " + firstLine(e));
    } catch (TikaException | org.xml.sax.SAXException e) {
      return new ExtractionResult.Failed("cannot be parsed: " + rootMessage(e));
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
        .map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT))
        .orElse("application/octet-stream");
    Optional<String> title = Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE))
        .map(String::strip)
        .filter(t -> !t.isEmpty());
    return new ExtractionResult.Extracted(new Extraction(handler.pages(), contentType, title));
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
