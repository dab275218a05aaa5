package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;

/** What every answer to an abusive request must be, and a way to run an app for raw requests. */
final class Abuse {
    private Abuse() {}

    /** What one test does with the running app. */
    @FunctionalInterface
    interface Calls {
        void run(RawHttp http) throws Exception;
    }

    /** Runs {@code app} on a loopback port for the duration of {@code calls}. */
    static void serve(Javalin app, Calls calls) {
        JavalinTest.test(app, (server, client) -> calls.run(new RawHttp(client.getOrigin())));
    }

    /**
     * Never a 500, never a stack trace, a Java class name or a file from outside the corpus; and an error body in the
     * API's JSON shape whenever the status is an error.
     */
    static RawHttp.Answer assertSafe(String what, RawHttp.Answer a) {
        assertThat(a.status()).as(what + " -> " + a).isBetween(200, 499);
        String body = a.text();
        assertThat(body)
                .as(what + " body")
                .doesNotContain(
                        "Exception",
                        "\tat ",
                        "java.",
                        "org.eclipse",
                        "io.javalin",
                        "org.hrcsearch",
                        "org.apache",
                        "com.fasterxml",
                        "<html",
                        "root:x:0:0",
                        "SECRET-OUTSIDE-THE-CORPUS");
        if (a.status() >= 400) {
            assertThat(a.isJson()).as(what + " answers JSON: " + a).isTrue();
            assertThat(a.errorCode()).as(what + " error code: " + a).matches("[a-z0-9_]+");
            assertThat(a.errorMessage()).as(what + " error message: " + a).isNotBlank();
        }
        return a;
    }

    /** {@link #assertSafe} plus the status and the error code; returns the message. */
    static String assertError(String what, RawHttp.Answer a, int status, String code) {
        assertSafe(what, a);
        assertThat(a.status()).as(what + " -> " + a).isEqualTo(status);
        assertThat(a.errorCode()).as(what + " -> " + a).isEqualTo(code);
        return a.errorMessage();
    }
}
