package org.hrcsearch.corpus.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The full texts of the indexed documents, which the index keeps as UTF-8 doc values of {@link HrcField#TEXT}
 * rather than among the stored fields.
 *
 * <p>Stored fields are compressed in blocks of whole documents: reading any stored field of a document (its title,
 * for a hit list) decompresses its whole text, 100,000 characters for a 30-page report, and that was half of what
 * a search cost. Kept apart and uncompressed, a text costs nothing until it is read, and reading its opening
 * characters (where a snippet usually comes from) costs a copy of its bytes and the decoding of those characters
 * only. The price is disk: the texts take about twice the room they took compressed.
 */
public final class DocumentTexts {

  private DocumentTexts() {}

  /** The text as the index keeps it. */
  static BytesRef encode(String text) {
    return new BytesRef(text.getBytes(StandardCharsets.UTF_8));
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

  /** The text of {@code doc}, a document id within {@code segment}, or its first {@code maxChars} characters. */
  public static String read(LeafReader segment, int doc, int maxChars) throws IOException {
    BinaryDocValues values = segment.getBinaryDocValues(HrcField.TEXT.fieldName());
    if (values == null || !values.advanceExact(doc)) {
      return null;
    }
    return decode(values.binaryValue(), maxChars);
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
