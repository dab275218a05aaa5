package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.util.Set;
import org.hrcsearch.api.signatory.SignatoryService;

/**
 * {@code GET /api/signatories} (names with document counts and aliases) and
 * {@code GET /api/signatories/{name}/documents} (everything one signatory signed or sponsored).
 */
final class SignatoryController {

    static final int MAX_SIZE = 1000;
    private static final int MAX_NAME_LENGTH = 300;

    private final SignatoryService signatories;

    SignatoryController(SignatoryService signatories) {
        this.signatories = signatories;
    }

    void list(Context ctx) throws Exception {
        Params.allowOnly(ctx, Set.of("prefix", "size"));
        String prefix = Params.string(ctx, "prefix", "");
        if (prefix.length() > MAX_NAME_LENGTH) {
            throw ApiException.badRequest(
                    "prefix is " + prefix.length() + " characters long; at most " + MAX_NAME_LENGTH);
        }
        int size = Params.intInRange(ctx, "size", 100, 1, MAX_SIZE);
        ctx.json(signatories.list(prefix, size));
    }

    void documents(Context ctx) throws Exception {
        Params.allowOnly(ctx, Set.of());
        String name = ctx.pathParam("name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw ApiException.badRequest("a signatory name is 1-" + MAX_NAME_LENGTH + " characters long");
        }
        ctx.json(signatories.documents(name));
    }
}
