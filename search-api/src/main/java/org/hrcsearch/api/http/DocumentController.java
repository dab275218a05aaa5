package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.hrcsearch.api.search.DocumentService;
import org.hrcsearch.corpus.model.Page;

/**
 * {@code GET /api/documents/{id}}, {@code .../text} and {@code .../file}: one document's metadata, its text by
 * page, and its original file. The id only ever selects a document of the index; the file served is the path
 * the index stored for it, never one taken from the request.
 */
final class DocumentController {

    /** A document's text: how many pages it has, and every page. */
    record TextAnswer(String id, int pageCount, List<Page> pages) {}

    /** One page of a document's text ({@code ?page=N}). */
    record PageAnswer(String id, int page, int pageCount, String text) {}

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    void document(Context ctx) throws Exception {
        Params.allowOnly(ctx, Set.of());
        String id = id(ctx);
        ctx.json(documents.document(id).orElseThrow(() -> unknown(id)));
    }

    void text(Context ctx) throws Exception {
        Params.allowOnly(ctx, Set.of("page"));
        String id = id(ctx);
        DocumentService.DocumentText text = documents.text(id).orElseThrow(() -> unknown(id));
        int count = text.pages().size();
        if (ctx.queryParam("page") == null) {
            ctx.json(new TextAnswer(id, count, text.pages()));
            return;
        }
        if (count == 0) {
            throw ApiException.badRequest("document " + id + " has no text (it needs OCR)");
        }
        int page = Params.intInRange(ctx, "page", 1, 1, count);
        ctx.json(new PageAnswer(id, page, count, text.pages().get(page - 1).text()));
    }

    void file(Context ctx) throws Exception {
        Params.allowOnly(ctx, Set.of());
        String id = id(ctx);
        DocumentService.FileLookup lookup = documents.file(id).orElseThrow(() -> unknown(id));
        switch (lookup) {
            case DocumentService.FileLookup.Gone gone ->
                throw new ApiException(
                        404,
                        "file_missing",
                        "the original file " + "of document " + id
                                + " is no longer where it was indexed, or has changed since: reindex the corpus");
            case DocumentService.FileLookup.Found found -> {
                DocumentService.OriginalFile file = found.file();
                ctx.header("Content-Disposition", "inline; " + dispositionName(file.name()));
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", "sandbox"); // an indexed HTML file must not run on this origin
                ctx.contentType(file.contentType()).result(Files.newInputStream(file.path())); // Javalin closes it
            }
        }
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{16}")) {
            throw ApiException.badRequest(
                    "a document id is 16 lowercase hexadecimal digits, e.g. 4c88d11e40bf3cf4; got '"
                            + Params.abbreviate(id) + "'");
        }
        return id;
    }

    private static ApiException unknown(String id) {
        return new ApiException(404, "document_not_found", "no document with id " + id);
    }

    /** {@code filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266), so any file name survives. */
    static String dispositionName(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        // URLEncoder leaves '*' bare, which RFC 5987 does not allow in a value
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return "filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
