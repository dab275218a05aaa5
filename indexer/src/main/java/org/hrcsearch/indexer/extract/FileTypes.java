package org.hrcsearch.indexer.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a file's name promises and what its bytes are, e.g. {@code letter.pdf} that holds a Word document, or
 * {@code scan.pdf} that holds random bytes. Pure: the media type comes from Tika's detection of the bytes alone.
 */
final class FileTypes {
    private FileTypes() {}

    /** The kinds of document the indexer reads, by the media types their bytes are detected as. */
    private static final Map<String, String> READABLE = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "Word document"),
            Map.entry("application/x-tika-msoffice", "Word document"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
            Map.entry("application/x-tika-ooxml", "Word document"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/rtf", "RTF document"),
            Map.entry("text/html", "HTML page"),
            Map.entry("application/xhtml+xml", "HTML page"));

    /** Name endings whose files hold text of some kind: any {@code text/*} type is what they promise. */
    private static final Set<String> TEXT_NAMES = Set.of("txt", "html", "htm");

    /** What the name promises, by its ending. */
    private static final Map<String, String> PROMISED = Map.of(
            "pdf",
            "PDF",
            "doc",
            "Word document",
            "docx",
            "Word document",
            "odt",
            "OpenDocument text",
            "rtf",
            "RTF document",
            "html",
            "HTML page",
            "htm",
            "HTML page",
            "txt",
            "text file");

    /** Why a file whose bytes are {@code detected} is not parsed at all, or empty when it can be. */
    static Optional<ExtractionResult.Failed> refusal(String fileName, String detected) {
        String ext = extension(fileName);
        boolean text = detected.startsWith("text/");
        if (READABLE.containsKey(detected) || (text && TEXT_NAMES.contains(ext))) {
            return Optional.empty();
        }
        String promised = PROMISED.getOrDefault(ext, "document");
        String what = detected.equals("application/octet-stream")
                ? "bytes of no known format"
                : text ? "plain text" : detected.equals("application/zip") ? "a ZIP archive" : detected;
        return Optional.of(new ExtractionResult.Failed(
                ExtractionResult.Failure.UNSUPPORTED,
                "unsupported type: named ." + ext + " but holds " + what + " (detected " + detected + "), not a "
                        + promised + "; the indexer reads PDF, Word, OpenDocument, RTF, HTML and text files. "
                        + "Damaged, or misnamed? Check that it opens as a " + promised));
    }

    /** A warning when the bytes are a document the indexer reads, but not of the type the name says. */
    static Optional<String> renamedWarning(String fileName, String detected) {
        String ext = extension(fileName);
        String promised = PROMISED.getOrDefault(ext, "document");
        String actual = READABLE.getOrDefault(detected, "text file");
        if (actual.equals(promised) || (TEXT_NAMES.contains(ext) && detected.startsWith("text/"))) {
            return Optional.empty();
        }
        return Optional.of(
                "type_mismatch: named ." + ext + " but is a " + actual + " (" + detected + "); indexed as what it is");
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
