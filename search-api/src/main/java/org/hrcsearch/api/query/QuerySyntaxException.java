package org.hrcsearch.api.query;

/**
 * A query the user typed that the language does not accept, with what is wrong, where (0-based character
 * position) and how to fix it, e.g. {@code unbalanced quote at position 12: close the phrase with "}.
 */
public final class QuerySyntaxException extends Exception {
  private final int position;

  public QuerySyntaxException(String message, int position) {
    super(position >= 0 ? message + " (at position " + position + ")" : message);
    this.position = position;
  }

  /** Where in the query the problem is, or -1 when it is about the query as a whole. */
  public int position() {
    return position;
  }
}
