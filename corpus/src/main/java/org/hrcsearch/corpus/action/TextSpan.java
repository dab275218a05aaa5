package org.hrcsearch.corpus.action;

/**
 * Where in its report an adopted text is printed, e.g. resolution 14/1 of {@code A/HRC/14/37}: from character 14 of
 * page 4 to character 1,210 of page 5 (pages counted from 1, offsets into each page's text as the indexer stores
 * it, the end exclusive).
 */
public record TextSpan(int firstPage, int start, int lastPage, int end) {
    public TextSpan {
        if (firstPage < 1 || lastPage < firstPage) {
            throw new IllegalArgumentException(
                    "a text is printed on pages counted from 1, the last not before the first: " + firstPage + "-"
                            + lastPage);
        }
        if (start < 0 || end < 0 || (firstPage == lastPage && end < start)) {
            throw new IllegalArgumentException("a text's offsets run forward: " + start + " to " + end);
        }
    }

    /** The pages as a reader cites them: {@code 4-5}, or {@code 4} for one page. */
    public String pages() {
        return firstPage == lastPage ? Integer.toString(firstPage) : firstPage + "-" + lastPage;
    }
}
