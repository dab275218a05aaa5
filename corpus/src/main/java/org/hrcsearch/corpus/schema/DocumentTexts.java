package org.hrcsearch.corpus.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The full texts of the indexed documents, which the index keeps as UTF-8 doc values rather than among the stored
 * fields, in parts that grow: the first {@link #FIRST_PART_CHARS} characters in {@link HrcField#TEXT}'s doc values,
 * the next twice as many in a second field, then four times as many, and so on.
 *
 * <p>Stored fields are compressed in blocks of whole documents: reading any stored field of a document (its title,
 * for a hit list) decompresses its whole text, 100,000 characters for a 30-page report, and that was half of what
 * a search cost. Kept apart and uncompressed, a text costs nothing until it is read. It is kept in parts because
 * Lucene reads a binary doc value into a buffer as long as the longest value of its segment, made anew for each
 * document read, and copies the whole value into it: with whole texts in one field, reading the opening of a
 * one-page letter allocated as much as the longest text of its segment (650 KB in the benchmark's index), which
 * was half of all the server allocated. Reading the opening characters of a text, where a snippet usually comes
 * from, now reads its first part only. An index whose texts are whole in the first field reads the same. The
 * price is disk: the texts take about twice the room they took compressed.
 */
public final class DocumentTexts {

    /** The characters of a text's first part, each later part twice the one before. */
    public static final int FIRST_PART_CHARS = 30_000;

    private DocumentTexts() {}

    /** The doc-values fields of the parts: enough for the longest string Java can hold. */
    private static final String[] PART_FIELDS = IntStream.range(0, 32)
            .mapToObj(k -> k == 0 ? HrcField.TEXT.fieldName() : HrcField.TEXT.fieldName() + "_part" + k)
            .toArray(String[]::new);

    /** The doc-values field of part {@code k}: the text field itself for the first. */
    static String partField(int k) {
        return PART_FIELDS[k];
    }

    /** The parts of {@code text} as the index keeps them; a text of no characters has one empty part. */
    static List<BinaryDocValuesField> fields(String text) {
        List<BinaryDocValuesField> parts = new ArrayList<>();
        int from = 0;
        long size = FIRST_PART_CHARS;
        do {
            int to = (int) Math.min(text.length(), from + size);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--; // never split a character outside the BMP between two parts
            }
            parts.add(new BinaryDocValuesField(
                    partField(parts.size()),
                    new BytesRef(text.substring(from, to).getBytes(StandardCharsets.UTF_8))));
            from = to;
            size *= 2;
        } while (from < text.length());
        return parts;
    }

    /**
     * The text of {@code doc}, a document id of {@code reader} (top-level), or its first {@code maxChars} characters;
     * null when the document has no text.
     */
    public static String read(IndexReader reader, int doc, int maxChars) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return read(leaf.reader(), doc - leaf.docBase, maxChars);
    }

    /**
     * The text of {@code doc}, a document id within {@code segment}, or its first {@code maxChars} characters: only
     * the parts that hold them are read.
     */
    public static String read(LeafReader segment, int doc, int maxChars) throws IOException {
        String first = null;
        StringBuilder whole = null; // only for a text of two parts or more
        for (int k = 0; k < PART_FIELDS.length; k++) {
            BinaryDocValues values = segment.getBinaryDocValues(partField(k));
            if (values == null || !values.advanceExact(doc)) {
                break;
            }
            int have = first == null ? 0 : whole == null ? first.length() : whole.length();
            String part = decode(values.binaryValue(), maxChars - have);
            if (first == null) {
                first = part;
            } else {
                if (whole == null) {
                    whole = new StringBuilder(first);
                }
                whole.append(part);
            }
            // a part shorter than its size (less one, if it ends before a surrogate pair) is the last one
            if (have + part.length() >= maxChars || part.length() < ((long) FIRST_PART_CHARS << k) - 1) {
                break;
            }
        }
        return whole == null ? first : whole.toString();
    }

    /**
     * The first {@code maxChars} characters (UTF-16 units, as {@link String#substring} counts them) of UTF-8
     * {@code bytes}, decoding no more of them than it takes.
     */
    static String decode(BytesRef bytes, int maxChars) {
        if (bytes.length <= maxChars) { // never more characters than bytes
            return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
        }
        int end = bytes.offset + bytes.length;
        int i = bytes.offset;
        int chars = 0;
        while (i < end && chars < maxChars) {
            int lead = bytes.bytes[i] & 0xff;
            if (lead < 0x80) {
                i++;
                chars++;
            } else if (lead < 0xe0) {
                i += 2;
                chars++;
            } else if (lead < 0xf0) {
                i += 3;
                chars++;
            } else { // a character outside the BMP: two UTF-16 units
                i += 4;
                chars += 2;
            }
        }
        String s = new String(bytes.bytes, bytes.offset, Math.min(i, end) - bytes.offset, StandardCharsets.UTF_8);
        return s.length() > maxChars ? s.substring(0, maxChars) : s;
    }
}
