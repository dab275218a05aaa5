package org.hrcsearch.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the files embedded in a document (a PDF portfolio's attachments, a zip inside them) up to a number and a
 * depth, and counts what it passed over, so that 5,000 attachments or a zip nested 20 deep cost a bounded amount
 * of work and say so in the report. One per parse.
 */
final class BoundedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final int maxFiles;
    private final int maxDepth;
    private int read;
    private int skipped;
    private int depth;
    private int deepest;
    private boolean depthReached;

    BoundedEmbeddedExtractor(ParseContext context, int maxFiles, int maxDepth) {
        super(context);
        this.maxFiles = maxFiles;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (depth >= maxDepth) {
            depthReached = true;
            skipped++;
            return false;
        }
        if (read >= maxFiles) {
            skipped++;
            return false;
        }
        return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        read++;
        depth++;
        deepest = Math.max(deepest, depth);
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    /** Embedded files whose text was read. */
    int read() {
        return read;
    }

    /** Embedded files passed over, past the number or the depth limit. */
    int skipped() {
        return skipped;
    }

    /** True when some embedded file lay deeper than the depth limit. */
    boolean depthReached() {
        return depthReached;
    }

    int maxFiles() {
        return maxFiles;
    }

    int maxDepth() {
        return maxDepth;
    }
}
