package org.hrcsearch.indexer.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hrcsearch.indexer.check.CheckedField;
import org.hrcsearch.indexer.check.ExpectedMetadata;
import org.hrcsearch.indexer.check.ExpectedMetadataFile;
import org.hrcsearch.indexer.enrich.VotesCsvReader;

/**
 * Turns the synthetic sample texts in {@code corpus/samples/text} into the checked-in PDFs of {@code corpus/samples/pdf}.
 *
 * <p>Each {@code .txt} file becomes a PDF of the same base name. A line holding only a form feed ({@code \f}) starts a
 * new PDF page; text is word-wrapped in 11 pt Helvetica on A4, and a page whose text overflows continues on an extra
 * page. The PDF title is the {@code title} column of {@code expected-metadata.csv} in the text folder's parent (the
 * file's base name if there is none), unless {@code embedded-titles.tsv} there gives the file another one or none:
 * there a sample carries no title or a wrong one in its properties, as real files do ("Microsoft Word - draft.docx"),
 * so that its expected title can only come from the page. The output is byte-identical on every run: fixed dates, a document ID derived
 * from the text, and no compression (so the bytes do not depend on the JDK's zlib).
 *
 * <p>A votes file ({@code *.votes.csv}) of the text folder is copied as it is.
 *
 * <p>Usage: {@code SampleCorpusGenerator <text folder> <pdf output folder>}
 */
public final class SampleCorpusGenerator {

    static final String METADATA_CSV = "expected-metadata.csv";
    /** Lines {@code file TAB title}: the title the file's properties carry instead of the expected one; none if empty. */
    static final String EMBEDDED_TITLES_TSV = "embedded-titles.tsv";

    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    private static final float FONT_SIZE = 11f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 72f;
    private static final int LINES_PER_PAGE = (int) ((PAGE_SIZE.getHeight() - 2 * MARGIN) / LEADING);
    /** Stand-ins for characters WinAnsiEncoding (used by the standard 14 fonts) cannot encode; others become '?'. */
    private static final Map<Integer, String> FALLBACK = Map.of(
            (int) '\t', " ", 0x2010, "-", 0x2011, "-", 0x2212, "-", 0x2009, " ", 0x202F, " ", 0x2007, " ", 0x2032, "'");

    private SampleCorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SampleCorpusGenerator <text folder> <pdf output folder>");
            System.exit(2);
        }
        List<Path> written = generate(Path.of(args[0]), Path.of(args[1]));
        System.out.println("wrote " + written.size() + " PDFs to "
                + Path.of(args[1]).toAbsolutePath().normalize());
    }

    /** Writes one PDF per {@code .txt} file of {@code textDir} into {@code pdfDir}; returns the PDFs in name order. */
    public static List<Path> generate(Path textDir, Path pdfDir) throws IOException {
        Path csv = textDir.toAbsolutePath().normalize().getParent().resolve(METADATA_CSV);
        Map<String, String> titles = Files.exists(csv) ? readTitles(csv) : Map.of();
        Path tsv = csv.resolveSibling(EMBEDDED_TITLES_TSV);
        Map<String, Optional<String>> embedded = Files.exists(tsv) ? readEmbeddedTitles(tsv) : Map.of();
        Files.createDirectories(pdfDir);
        List<Path> texts;
        try (Stream<Path> files = Files.list(textDir)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        List<Path> written = new ArrayList<>();
        for (Path text : texts) {
            String base = text.getFileName().toString().replaceFirst("\\.txt$", "");
            Path pdf = pdfDir.resolve(base + ".pdf");
            Optional<String> title =
                    embedded.getOrDefault(base + ".pdf", Optional.of(titles.getOrDefault(base + ".pdf", base)));
            writePdf(Files.readString(text, StandardCharsets.UTF_8), title, pdf);
            written.add(pdf);
        }
        copyVotesFiles(textDir, pdfDir);
        return written;
    }

    /**
     * Copies the sample votes files ({@code *.votes.csv}) beside the PDFs as they are: a votes file is indexed as
     * written, so that the indexed folder holds it too.
     */
    static List<Path> copyVotesFiles(Path textDir, Path pdfDir) throws IOException {
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> files = Files.list(textDir)) {
            for (Path f : files.filter(
                            p -> VotesCsvReader.isVotesFile(p.getFileName().toString()))
                    .sorted()
                    .toList()) {
                copied.add(
                        Files.copy(f, pdfDir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING));
            }
        }
        return copied;
    }

    /** Splits a sample text into its pages: lines separated by lines that hold only a form feed. */
    public static List<List<String>> pages(String text) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (line.equals("\f")) {
                pages.add(page);
                page = new ArrayList<>();
            } else {
                page.add(line.replace("\f", "").stripTrailing());
            }
        }
        pages.add(page);
        for (List<String> p : pages) {
            while (!p.isEmpty() && p.get(p.size() - 1).isEmpty()) {
                p.remove(p.size() - 1);
            }
        }
        return pages;
    }

    static void writePdf(String text, Optional<String> title, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = PAGE_SIZE.getWidth() - 2 * MARGIN;
            for (List<String> page : pages(text)) {
                List<String> lines = new ArrayList<>();
                for (String paragraph : page) {
                    lines.addAll(wrap(font, encodable(font, paragraph), width));
                }
                int start = 0;
                do {
                    writePage(doc, font, lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE)));
                    start += LINES_PER_PAGE;
                } while (start < lines.size());
            }
            Calendar fixed = GregorianCalendar.from(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            PDDocumentInformation info = doc.getDocumentInformation();
            title.ifPresent(info::setTitle);
            info.setSubject("Synthetic sample written for hrc-search; not a UN or NGO document");
            info.setCreator("hrc-search SampleCorpusGenerator");
            info.setCreationDate(fixed);
            info.setModificationDate(fixed);
            byte[] source = (title.orElse("") + "\n" + text).getBytes(StandardCharsets.UTF_8);
            COSString id = new COSString(UUID.nameUUIDFromBytes(source).toString());
            doc.getDocument().setDocumentID(new COSArray(List.of(id, id)));
            doc.save(out.toFile(), CompressParameters.NO_COMPRESSION);
        }
    }

    private static void writePage(PDDocument doc, PDType1Font font, List<String> lines) throws IOException {
        PDPage page = new PDPage(PAGE_SIZE);
        doc.addPage(page);
        try (PDPageContentStream out =
                new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
            out.beginText();
            out.setFont(font, FONT_SIZE);
            out.setLeading(LEADING);
            out.newLineAtOffset(MARGIN, PAGE_SIZE.getHeight() - MARGIN);
            for (String line : lines) {
                if (!line.isEmpty()) {
                    out.showText(line);
                }
                out.newLine();
            }
            out.endText();
        }
    }

    /** Greedy word wrap; an empty paragraph stays one empty line, a word wider than the line gets a line of its own. */
    static List<String> wrap(PDType1Font font, String paragraph, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split(" +")) {
            if (!line.isEmpty() && width(font, line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDType1Font font, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * FONT_SIZE;
    }

    /** Replaces characters the font's encoding cannot represent. */
    static String encodable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            try {
                font.encode(c);
                b.append(c);
            } catch (IllegalArgumentException | IOException e) {
                b.append(FALLBACK.getOrDefault(cp, "?"));
            }
        });
        return b.toString();
    }

    /** Reads {@code file -> title} from the metadata CSV, as {@code check-metadata} reads it. */
    static Map<String, String> readTitles(Path csv) throws IOException {
        Map<String, String> titles = new HashMap<>();
        for (ExpectedMetadata row : ExpectedMetadataFile.read(csv)) {
            List<String> title = row.values().getOrDefault(CheckedField.TITLE, List.of());
            if (!title.isEmpty()) {
                titles.put(row.path(), title.getFirst());
            }
        }
        return titles;
    }

    /**
     * Reads {@code file -> embedded title} from {@code embedded-titles.tsv}: {@code file TAB title}, or the file
     * alone for no title; lines starting with {@code #} are comments.
     */
    static Map<String, Optional<String>> readEmbeddedTitles(Path tsv) throws IOException {
        Map<String, Optional<String>> embedded = new HashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            String title = cells.length < 2 ? "" : cells[1].strip();
            embedded.put(cells[0].strip(), title.isEmpty() ? Optional.empty() : Optional.of(title));
        }
        return embedded;
    }
}
