package org.hrcsearch.indexer.enrich;

import java.text.Normalizer;

/**
 * Cleans extracted page text before it is indexed: compatibility forms and ligatures to their plain letters
 * (NFKC), soft hyphens removed, and NUL and other control characters dropped.
 */
public final class TextCleaner {

  public String clean(String page) {
    String s = Normalizer.normalize(page, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00AD') {
        continue;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        out.append(c == '\r' ? '\n' : ' ');
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
