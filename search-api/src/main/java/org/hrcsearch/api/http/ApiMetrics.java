package org.hrcsearch.api.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.hrcsearch.api.index.IndexHandle;

/**
 * The server's metrics in Prometheus text form, e.g. {@code http_server_requests_seconds_count{route="/api/search",
 * status="200"}}: requests by route template (never the raw path, so ids do not make new series), the indexed
 * document count, and the JVM's memory, threads and CPU.
 */
final class ApiMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    ApiMetrics(IndexHandle index) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("hrc_index_documents", index, ApiMetrics::documents)
                .description("documents in the index being served")
                .register(registry);
    }

    private static double documents(IndexHandle index) {
        try {
            return index.status().documents();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Records one finished request. */
    void record(Context ctx, float millis) {
        Timer.builder("http_server_requests")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record((long) (millis * 1000), TimeUnit.MICROSECONDS);
    }

    /** The matched route's template; not {@code ctx.endpoint()}, which is the last handler run, e.g. an after-handler. */
    private static String route(Context ctx) {
        try {
            io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            return matched == null ? "unmatched" : matched.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    /** Where other parts of the server register their meters, e.g. the {@link LoadShedder}'s. */
    MeterRegistry registry() {
        return registry;
    }

    String scrape() {
        return registry.scrape();
    }
}
