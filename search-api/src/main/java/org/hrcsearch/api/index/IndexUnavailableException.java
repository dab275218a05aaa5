package org.hrcsearch.api.index;

import java.io.IOException;

/**
 * The server has no commit it can trust to serve, e.g. "the index in /data/index is corrupt (checksum failed ...
 * _1.cfs): rebuild it with ./hrc index &lt;folders&gt; --full --index &lt;a new folder&gt;"; the API answers
 * 503 {@code index_unavailable} with this message until a good commit appears.
 */
public final class IndexUnavailableException extends IOException {
    public IndexUnavailableException(String message) {
        super(message);
    }
}
