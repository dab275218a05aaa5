package org.hrcsearch.api.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hrcsearch.api.http.SearchApp;
import org.hrcsearch.api.search.ApiServices;

/**
 * What a browser test drives: the real {@link SearchApp} over the services it is given, on a free loopback port, and
 * headless Chromium. Chromium starts while the services are built (an index on two cores takes seconds); closing
 * stops the browser, the server and the services, whichever of them started, even when building the services
 * failed while Chromium was starting.
 */
final class BrowserSite implements AutoCloseable {

    final ApiServices services;
    final Javalin app;
    final String base;
    final Browser browser;

    private BrowserSite(ApiServices services, Javalin app, Browser browser) {
        this.services = services;
        this.app = app;
        this.base = "http://127.0.0.1:" + app.port();
        this.browser = browser;
    }

    /** Starts Chromium, builds the services meanwhile, serves them; a missing Chromium is said plainly. */
    static BrowserSite start(Callable<ApiServices> build) throws Exception {
        return start(build, SearchApp.Options.DEFAULT);
    }

    /** The same with the server's {@code options}, e.g. its load limits. */
    static BrowserSite start(Callable<ApiServices> build, SearchApp.Options options) throws Exception {
        CompletableFuture<Browser> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return Browser.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ApiServices services = null;
        Javalin app = null;
        try {
            services = build.call();
            app = SearchApp.create(services, options).start("127.0.0.1", 0);
            return new BrowserSite(services, app, browser(starting));
        } catch (Exception | Error e) {
            Browser started = starting.handle((b, failure) -> b).join();
            close(started, app, services);
            throw e;
        }
    }

    private static Browser browser(CompletableFuture<Browser> starting) {
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // e.g. chromium missing: say so, plainly
            }
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        close(browser, app, services);
    }

    private static void close(Browser browser, Javalin app, ApiServices services) throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                if (app != null) {
                    app.stop();
                }
            } finally {
                if (services != null) {
                    services.close();
                }
            }
        }
    }
}
