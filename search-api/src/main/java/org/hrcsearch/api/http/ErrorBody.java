package org.hrcsearch.api.http;

/** The JSON body of every error: {@code {"error": {"code": "bad_query", "message": "..."}}}. */
public record ErrorBody(Detail error) {

    /** What went wrong, as a stable code and a message that says what to fix. */
    public record Detail(String code, String message) {}

    public static ErrorBody of(String code, String message) {
        return new ErrorBody(new Detail(code, message));
    }
}
