package org.hrcsearch.api.highlight;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Where snippets may start and end: after a full stop, question or exclamation mark or semicolon that a space
 * follows, or after a blank line, e.g. "... the authorities.| The Council ...", but not inside
 * {@code A/HRC/37/L.36} and not at the line ends of a PDF. A plain scan of the characters, because the JDK's
 * sentence rules walk backwards slowly through the long reports (hundreds of pages, hundreds of matches) that
 * snippets must come from.
 */
public final class SnippetBreaks extends BreakIterator {

    private CharacterIterator text = new StringCharacterIterator("");
    private int begin;
    private int end;
    private int current;

    /** A boundary is the text's ends, the position after a sentence end that a space follows, or after a blank line. */
    private boolean breaksAt(int pos) {
        if (pos == begin || pos == end) {
            return true;
        }
        char before = text.setIndex(pos - 1);
        if (before == '.' || before == ';' || before == '!' || before == '?') {
            return Character.isWhitespace(text.setIndex(pos));
        }
        return before == '\n' && pos - 2 >= begin && text.setIndex(pos - 2) == '\n';
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
