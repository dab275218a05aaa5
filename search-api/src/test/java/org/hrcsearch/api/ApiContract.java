package org.hrcsearch.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The served {@code openapi.json} as a check on every answer the HTTP tests receive: status, content type and
 * body must be what the description says for that route, e.g. a {@code 400} from {@code GET /api/search} must be
 * an {@code Error}. Answers on routes the description does not have (a 404 for {@code /nowhere}, a 405 for
 * {@code DELETE /api/search}) must still be the one error body. The search page's static files are not API.
 *
 * <p>One instance for the whole test run: parsing the description takes a moment, validating is quick.
 */
public final class ApiContract {

    /** The class-path resource the server serves at {@code /api/openapi.json}. */
    private static final String RESOURCE = "/openapi.json";

    /** Message keys that mean "this request is not one of the described operations". */
    private static final Set<String> NOT_AN_OPERATION =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private static final ApiContract INSTANCE = new ApiContract();

    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final SchemaValidator schemas;

    private ApiContract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(description(), null, options);
        if (parsed.getOpenAPI() == null || !parsed.getMessages().isEmpty()) {
            throw new IllegalStateException(RESOURCE + " does not parse: " + parsed.getMessages());
        }
        this.api = parsed.getOpenAPI();
        // from the text, not from the parsed model: the validator resolves the shared responses ($ref) itself
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(description())
                .build();
        this.schemas = new SchemaValidator(api, new MessageResolver());
    }

    /** The contract of the description on the class path. */
    public static ApiContract get() {
        return INSTANCE;
    }

    /**
     * Throws an {@link AssertionError} listing every way this answer differs from the description.
     *
     * @param pathAndQuery the request target as sent, e.g. {@code /api/search?q=x}
     * @param headers the answer's headers (any case)
     */
    public void check(String method, String pathAndQuery, int status, Map<String, List<String>> headers, byte[] body) {
        String path = pathOf(pathAndQuery);
        if (!isApi(path) || method.equalsIgnoreCase("OPTIONS")) {
            return; // the search page's files; a CORS preflight, which is HTTP's, not an operation of the API
        }
        Request.Method m;
        try {
            m = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            m = null; // a method OpenAPI has no word for: only the error body can be checked
        }
        SimpleResponse.Builder response = new SimpleResponse.Builder(status).withBody(body);
        headers.forEach(response::withHeader);
        ValidationReport report = m == null
                ? ValidationReport.singleton(
                        ValidationReport.Message.create("validation.request.operation.notAllowed", method)
                                .build())
                : validator.validateResponse(path, m, response.build());
        boolean described = report.getMessages().stream().noneMatch(msg -> NOT_AN_OPERATION.contains(msg.getKey()));
        if (!described) {
            report = status >= 400
                    ? schemas.validate(
                            new String(body, StandardCharsets.UTF_8),
                            api.getComponents().getSchemas().get("Error"),
                            "response.body")
                    : ValidationReport.singleton(ValidationReport.Message.create(
                                    "undescribed", "a route the description does not have answered " + status)
                            .build());
        }
        if (report.hasErrors()) {
            String text = new String(body, StandardCharsets.UTF_8);
            throw new AssertionError(method + " " + pathAndQuery + " answered " + status
                    + " unlike openapi.json:\n"
                    + report.getMessages().stream()
                            .filter(msg -> msg.getLevel() == ValidationReport.Level.ERROR)
                            .map(msg -> "  " + msg.getKey() + ": " + msg.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\n  body: " + (text.length() > 500 ? text.substring(0, 500) + "..." : text));
        }
    }

    /** The API's routes: under /api/, and /health and /metrics. Everything else is the search page. */
    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health") || path.equals("/metrics");
    }

    private static String pathOf(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    }

    private static String description() {
        try (InputStream in = ApiContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
