package org.hrcsearch.api.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Where snippets may start and end: after a full stop, semicolon or line break, e.g. "... the authorities.| The
 * Council ...". A plain scan of the characters, because the JDK's sentence rules walk backwards slowly through
 * the long reports (hundreds of pages, hundreds of matches) that snippets must now come from.
 */
final class SnippetBreaks extends BreakIterator {

  private CharacterIterator text = new StringCharacterIterator("");
  private int begin;
  private int end;
  private int current;

  private boolean isBreakAfter(char c) {
    return c == '.' || c == ';' || c == '\n' || c == '!' || c == '?';
  }

  /** A boundary is the position just after a break character, or the text's ends. */
  private boolean breaksAt(int pos) {
    return pos == begin || pos == end || isBreakAfter(text.setIndex(pos - 1));
  }

  @Override
  public int first() {
    return current = begin;
  }

  @Override
  public int last() {
    return current = end;
  }

  @Override
  public int next(int n) {
    int pos = current;
    for (int i = 0; i < n; i++) {
      pos = n >= 0 ? following(pos) : preceding(pos);
      if (pos == DONE) {
        return DONE;
      }
    }
    return current = pos;
  }

  @Override
  public int next() {
    return current == end ? DONE : (current = following(current));
  }

  @Override
  public int previous() {
    return current == begin ? DONE : (current = preceding(current));
  }

  @Override
  public int following(int offset) {
    if (offset < begin || offset > end) {
      throw new IllegalArgumentException("offset " + offset + " outside [" + begin + ", " + end + "]");
    }
    if (offset == end) {
      current = end;
      return DONE;
    }
    int pos = offset + 1;
    while (pos < end && !breaksAt(pos)) {
      pos++;
    }
    return current = pos;
  }

  @Override
  public int preceding(int offset) {
    if (offset < begin || offset > end) {
      throw new IllegalArgumentException("offset " + offset + " outside [" + begin + ", " + end + "]");
    }
    if (offset == begin) {
      current = begin;
      return DONE;
    }
    int pos = offset - 1;
    while (pos > begin && !breaksAt(pos)) {
      pos--;
    }
    return current = pos;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    begin = newText.getBeginIndex();
    end = newText.getEndIndex();
    current = begin;
  }
}
