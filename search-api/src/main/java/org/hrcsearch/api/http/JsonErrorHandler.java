package org.hrcsearch.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the app, in the API's JSON instead of Jetty's HTML
 * page: a request line over 8 KiB (414 {@code uri_too_long}), headers over 8 KiB (431 {@code headers_too_large}),
 * a request Jetty cannot parse, such as a NUL byte or an ambiguous {@code %2e%2e} segment in the path
 * (400 {@code bad_request}). Never a stack trace, a Java class name or the request echoed back.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        return ByteBuffer.wrap(body(status, reason));
    }

    /** The API's error body for a status Jetty chose, with a message that says what to fix. */
    static byte[] body(int status, String jettyReason) {
        ErrorBody body = switch (status) {
            case 414 ->
                ErrorBody.of(
                        "uri_too_long",
                        "the request line is longer than 8 KiB: shorten the query (at most "
                                + "4,000 characters), or send many queries at once with POST /api/batch");
            case 431 ->
                ErrorBody.of(
                        "headers_too_large",
                        "the request headers are larger than 8 KiB: send fewer or " + "smaller headers and cookies");
            case 413 -> ErrorBody.of("payload_too_large", "the request body is too large");
            case 400 ->
                ErrorBody.of(
                        "bad_request",
                        "the request is malformed" + reason(jettyReason)
                                + ": check the path and the query string (control characters, '..' or '%2e%2e' segments and invalid "
                                + "percent-encoding are refused)");
            default -> ErrorBody.of("http_" + status, "the request could not be served" + reason(jettyReason));
        };
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body always serialises", e);
        }
    }

    /** Jetty's own reason ("Illegal character CNTL=0x0"), when it is a short plain phrase. */
    private static String reason(String jettyReason) {
        if (jettyReason == null
                || jettyReason.isBlank()
                || jettyReason.length() > 80
                || !jettyReason.matches("[A-Za-z0-9 =:_'%./-]+")
                || jettyReason.matches(".*[a-z]+\\.[a-z]+\\.[A-Za-z].*")) {
            return "";
        }
        return " (" + jettyReason.strip() + ")";
    }
}
