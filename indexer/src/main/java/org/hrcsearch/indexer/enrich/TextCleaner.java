package org.hrcsearch.indexer.enrich;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans one page of extracted text before it is indexed: compatibility forms and ligatures to their plain letters
 * (NFKC: {@code ﬁ} is {@code fi}), soft hyphens removed, control characters dropped, trailing spaces and runs of
 * blank lines trimmed, and words hyphenated across a line break joined again ({@code defen-\nders} is
 * {@code defenders}) while real compounds keep their hyphen ({@code win-\nwin}, {@code non-\ncooperation},
 * {@code forty-\nthird}).
 *
 * <p>Quotes and dashes are kept as printed, so the stored text stays readable; the analyzer folds them at index
 * and query time.
 */
public final class TextCleaner {

  /** A line that ends in a hyphen glued to a lower-case word part, and the word part that starts the next line. */
  private static final Pattern LINE_END_HYPHEN =
      Pattern.compile("(\\p{L}+)-[ \\t]*\\n[ \\t]*(\\p{Ll}[\\p{L}]*)");

  /** First parts that make compounds, not syllables: {@code non-cooperation}, {@code forty-third}. */
  private static final Set<String> COMPOUND_PREFIXES = Set.of(
      "non", "self", "well", "ex", "anti", "cross", "multi", "inter", "pre", "post", "co", "semi", "quasi",
      "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "follow", "so", "long", "short", "high", "low", "full", "mid", "state", "country", "gender", "rights",
      "human", "child", "women", "age", "community", "conflict", "and", "or", "decision", "policy", "law");

  public String clean(String page) {
    String s = Normalizer.normalize(page, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
        continue;
      }
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        out.append('\n');
        continue;
      }
      if (c == '\u2217') {
        out.append('*'); // the asterisk operator some covers use as a footnote mark
        continue;
      }
      if (c == '\u00A0') {
        out.append(' ');
        continue;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        out.append(' ');
        continue;
      }
      out.append(c);
    }
    String t = out.toString()
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n[ \\t]*\\n([ \\t]*\\n)+", "\n\n");
    return t.strip().isEmpty() ? "" : stripEnds(t);
  }

  /**
   * Joins words that a line break hyphenated, using the document itself as the dictionary: {@code XY} printed
   * elsewhere means join, {@code X-Y} printed elsewhere means keep the hyphen; otherwise a compound prefix or a
   * repeated part keeps it, and anything else is joined.
   *
   * @param text one page's text
   * @param wholeDocument all pages, lower-cased, where the two spellings are looked up
   */
  public String joinHyphenatedWords(String text, String wholeDocument) {
    Matcher m = LINE_END_HYPHEN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String first = m.group(1);
      String second = m.group(2);
      String joined = keepsHyphen(first, second, wholeDocument) ? first + "-" + second : first + second;
      // the whole word moves to the next line, so each line still holds whole words
      m.appendReplacement(out, Matcher.quoteReplacement("\n" + joined));
    }
    m.appendTail(out);
    return out.toString().replaceAll("[ \\t]+\\n", "\n");
  }

  private static boolean keepsHyphen(String first, String second, String doc) {
    String f = first.toLowerCase(Locale.ROOT);
    String sec = second.toLowerCase(Locale.ROOT);
    boolean hyphenated = doc.contains(f + "-" + sec);
    boolean solid = Pattern.compile("\\b" + Pattern.quote(f + sec) + "\\b").matcher(doc).find();
    if (hyphenated != solid) {
      return hyphenated;
    }
    return f.equals(sec) || COMPOUND_PREFIXES.contains(f) || Character.isUpperCase(first.charAt(0)) && f.length() > 1
        && Character.isUpperCase(first.charAt(first.length() - 1));
  }

  private static String stripEnds(String t) {
    int start = 0;
    while (start < t.length() && (t.charAt(start) == '\n' || t.charAt(start) == ' ')) {
      start++;
    }
    int end = t.length();
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(start, end);
  }
}
