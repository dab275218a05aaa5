package org.hrcsearch.indexer.sink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.hrcsearch.indexer.source.IndexedState;
import org.hrcsearch.indexer.source.PathStamp;

/**
 * The indexer's bookkeeping inside each document: its content hash and the size, modification time and path of
 * every copy, so that the next run can tell unchanged files without reading them. A binary doc-values field:
 * written with the document, in the same commit (so it can never disagree with the index), updated in place when
 * only a time changed, never searched or shown. Not part of the search schema ({@code HrcField}): the server
 * never reads it.
 *
 * <p>Encoded as UTF-8 lines: the sha256, then one line per copy, {@code size TAB mtime TAB key TAB displayPath}
 * (paths never hold tabs or line breaks on the systems we index; such a path is skipped by the walker).
 */
public final class FileStateField {
    private FileStateField() {}

    public static final String NAME = "indexer_file_state";

    public static BinaryDocValuesField field(String sha256, List<PathStamp> paths) {
        return new BinaryDocValuesField(NAME, encode(sha256, paths));
    }

    static BytesRef encode(String sha256, List<PathStamp> paths) {
        StringBuilder b = new StringBuilder(sha256).append('\n');
        for (PathStamp p : paths) {
            b.append(p.size())
                    .append('\t')
                    .append(p.modifiedMillis())
                    .append('\t')
                    .append(p.key())
                    .append('\t')
                    .append(p.displayPath())
                    .append('\n');
        }
        return new BytesRef(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static IndexedState.IndexedContent decode(BytesRef bytes) {
        String[] lines = bytes.utf8ToString().split("\n");
        List<PathStamp> paths = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", 4);
            if (f.length == 4) {
                paths.add(new PathStamp(f[2], f[3], Long.parseLong(f[0]), Long.parseLong(f[1])));
            }
        }
        return new IndexedState.IndexedContent(lines[0], paths);
    }

    /** True when a path can be recorded: no tab or line break in it. */
    public static boolean recordable(String path) {
        return path.indexOf('\t') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0;
    }
}
