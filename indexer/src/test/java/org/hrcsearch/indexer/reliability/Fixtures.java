package org.hrcsearch.indexer.reliability;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Bad and awkward inputs, generated in memory so that no binary is ever committed: PDFs (text, image-only,
 * encrypted, portfolios, XFA), Word files, zips, bombs.
 */
final class Fixtures {
    private Fixtures() {}

    /** A PDF with one page per text, in 11 pt Helvetica; each line of a text is a line on its page. */
    static byte[] textPdf(String title, String... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
            for (String text : pages) {
                addTextPage(doc, text);
            }
            return save(doc);
        }
    }

    static void addTextPage(PDDocument doc, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            cs.setLeading(14);
            cs.newLineAtOffset(50, 780);
            for (String line : text.split("\n")) {
                cs.showText(line);
                cs.newLine();
            }
            cs.endText();
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** {@code n} pages of distinct sentences, e.g. for truncation or a bad page: "Page 7 speaks of reprisals ...". */
    static String[] numberedPages(int n) {
        String[] pages = new String[n];
        for (int i = 0; i < n; i++) {
            pages[i] = "Page " + (i + 1) + " of the joint letter on reprisals\nagainst human rights defenders, word"
                    + (i + 1) + "marker.";
        }
        return pages;
    }

    /**
     * {@link #numberedPages} in a PDF whose page {@code bad} (from 1) has a content stream that cannot be inflated:
     * its bytes claim to be Flate-compressed and are not.
     */
    static byte[] pdfWithBadPage(int pages, int bad) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (String text : numberedPages(pages)) {
                addTextPage(doc, text);
            }
            COSStream broken = doc.getDocument().createCOSStream();
            try (java.io.OutputStream out = broken.createRawOutputStream()) {
                out.write("this is not deflated data at all, just garbage bytes \u0000\u00ff"
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            broken.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            doc.getPage(bad - 1).getCOSObject().setItem(COSName.CONTENTS, broken);
            return save(doc);
        }
    }

    /**
     * A PDF whose text is drawn in a font that maps its codes to glyph names no one knows, with no ToUnicode map:
     * the characters cannot be turned back into text (as with broken Arabic or Chinese font encodings).
     */
    static byte[] pdfWithUnmappedFont(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(50, 780);
                cs.showText(text);
                cs.endText();
            }
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            COSArray differences = new COSArray();
            differences.add(org.apache.pdfbox.cos.COSInteger.get(32));
            for (int code = 32; code < 127; code++) {
                differences.add(COSName.getPDFName("uniXX" + code));
            }
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.getCOSObject().setItem(COSName.ENCODING, encoding);
            return save(doc);
        }
    }

    /** A PDF of one page of {@code text} in the TrueType font at {@code font}, embedded with its ToUnicode map. */
    static byte[] textPdfInFont(java.nio.file.Path font, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.font.PDType0Font type0 =
                    org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, font.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(type0, 12);
                cs.newLineAtOffset(50, 780);
                cs.showText(text);
                cs.endText();
            }
            return save(doc);
        }
    }

    /** A scan: one page that is only a picture of text, no text layer. */
    static byte[] imageOnlyPdf(String title) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage picture = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 100);
            g.setColor(Color.BLACK);
            for (int x = 10; x < 390; x += 14) { // strokes like a line of print; no font needed
                g.fillRect(x, 40, 9, 14);
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 600, 400, 100);
            }
            return save(doc);
        }
    }

    /** A text PDF encrypted with AES-256; {@code userPassword} empty means anyone may open it (owner password only). */
    static byte[] encryptedPdf(String userPassword, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            addTextPage(doc, text);
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanExtractForAccessibility(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** A PDF with {@code count} embedded text files (a portfolio), each "embedded file N canaryembedded". */
    static byte[] portfolioPdf(int count) throws IOException {
        List<Entry> files = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(entry(String.format("annex-%05d.txt", i), "embedded file " + i + " canaryembedded"));
        }
        return portfolioPdf(files);
    }

    /** A PDF portfolio: a cover page and these embedded files. */
    static byte[] portfolioPdf(List<Entry> files) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            addTextPage(doc, "Cover page of a portfolio of annexes");
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            java.util.Map<String, PDComplexFileSpecification> names = new java.util.TreeMap<>();
            for (Entry e : files) {
                String name = e.name();
                PDEmbeddedFile file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(e.bytes()));
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(name);
                spec.setFileUnicode(name);
                spec.setEmbeddedFile(file);
                names.put(name, spec);
            }
            tree.setNames(names);
            PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            dictionary.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(dictionary);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Collection"), new COSDictionary());
            return save(doc);
        }
    }

    /**
     * A PDF form whose XFA packet declares two external entities, one that reads {@code canary} and one that fetches
     * {@code url}, and uses both in a field.
     */
    static byte[] xfaWithExternalEntity(java.nio.file.Path canary, String url) throws IOException {
        String xfa = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE xdp [<!ENTITY leak SYSTEM \"" + canary.toUri() + "\"><!ENTITY call SYSTEM \"" + url
                + "\">]>\n"
                + "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\">"
                + "<template xmlns=\"http://www.xfa.org/schema/xfa-template/3.3/\"><subform name=\"form1\">"
                + "<field name=\"comment\"><caption><value><text>Comment</text></value></caption></field>"
                + "</subform></template>"
                + "<xfa:datasets xmlns:xfa=\"http://www.xfa.org/schema/xfa-data/1.0/\"><xfa:data><form1>"
                + "<comment>visible xfa value &leak; &call;</comment></form1></xfa:data></xfa:datasets>"
                + "</xdp:xdp>";
        try (PDDocument doc = new PDDocument()) {
            addTextPage(doc, "A form with an XFA packet");
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            COSStream stream = doc.getDocument().createCOSStream();
            try (java.io.OutputStream out = stream.createOutputStream()) {
                out.write(xfa.getBytes(StandardCharsets.UTF_8));
            }
            form.getCOSObject().setItem(COSName.XFA, stream);
            form.getCOSObject().setItem(COSName.FIELDS, new COSArray());
            return save(doc);
        }
    }

    /** A minimal Word document (DOCX) holding {@code text}; zipped as Word writes it. */
    static byte[] docx(String text) throws IOException {
        return zip(List.of(
                entry(
                        "[Content_Types].xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                                + ".wordprocessingml.document.main+xml\"/></Types>"),
                entry(
                        "_rels/.rels",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
                entry(
                        "word/document.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                + "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>")));
    }

    /**
     * A DOCX whose text is {@code megabytes} MB of zeros: a few hundred KB on disk, a ratio far above 1000:1 once
     * inflated.
     */
    static byte[] docxBomb(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] docx = docx("PLACEHOLDER");
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    byte[] content = in.readAllBytes();
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals("word/document.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int at = xml.indexOf("PLACEHOLDER");
                        zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                        byte[] zeros = new byte[1 << 20];
                        java.util.Arrays.fill(zeros, (byte) '0');
                        for (int i = 0; i < megabytes; i++) {
                            zip.write(zeros);
                        }
                        zip.write(xml.substring(at + "PLACEHOLDER".length()).getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(content);
                    }
                    zip.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    /** A zip that holds a zip that holds a zip ... {@code depth} levels down, with a text file at the bottom. */
    static byte[] nestedZip(int depth) throws IOException {
        byte[] inner = zip(List.of(entry("bottom.txt", "the bottom of the nest")));
        for (int i = 1; i < depth; i++) {
            inner = zip(List.of(new Entry("level" + i + ".zip", inner)));
        }
        return inner;
    }

    record Entry(String name, byte[] bytes) {}

    static Entry entry(String name, String text) {
        return new Entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.bytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** {@code bytes} with {@code flips} random bits flipped (seeded, so a failure can be replayed). */
    static byte[] bitFlipped(byte[] bytes, int flips, long seed) {
        byte[] copy = bytes.clone();
        Random random = new Random(seed);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(copy.length);
            copy[at] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }
}
