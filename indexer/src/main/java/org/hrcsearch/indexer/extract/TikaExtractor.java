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

  private final Parser parser = new AutoDetectParser();

  @Override
  public ExtractionResult extract(Path file) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    PageTextHandler handler = new PageTextHandler(MAX_CHARS);
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
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
