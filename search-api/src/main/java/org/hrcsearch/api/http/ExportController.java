package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrcsearch.api.export.ExportService;

/**
 * {@code GET /api/export?q=...&format=csv|jsonl}: every document the search selects, streamed as a download. A
 * bad query or parameter is answered with a 400 before the first byte of the file.
 */
final class ExportController {

    private static final Set<String> PARAMS = Params.union(Params.CRITERIA, Set.of("format"));

    private final ExportService export;

    ExportController(ExportService export) {
        this.export = export;
    }

    void export(Context ctx) throws Exception {
        Params.allowOnly(ctx, PARAMS);
        String name = Params.string(ctx, "format", "csv").strip();
        ExportService.Format format = ExportService.Format.fromParam(name)
                .orElseThrow(
                        () -> ApiException.badRequest("unknown format '" + Params.abbreviate(name) + "'; use one of "
                                + Arrays.stream(ExportService.Format.values())
                                        .map(ExportService.Format::param)
                                        .collect(Collectors.joining(", ", "[", "]"))));
        try (ExportService.Export prepared = export.prepare(Params.criteria(ctx), format)) {
            ctx.contentType(format.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"hrc-export." + format.param() + "\"");
            prepared.writeTo(ctx.outputStream());
        }
    }
}
