package org.hrcsearch.api.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A limit on the search work in flight: at most {@code maxConcurrent} requests run at once, at most
 * {@code maxQueued} more wait (first come, first served) for up to {@code queueTimeout}, and any request beyond
 * that is answered at once with 503 {@code overloaded} and {@code Retry-After: 1}. Queueing without bound would
 * only make every request late and then time out; shedding keeps the admitted ones as fast as they were.
 *
 * <p>Only the routes that search (everything under {@code /api/} except the OpenAPI description and the admin
 * routes) are limited: {@code /health}, {@code /metrics} and the search page's files always answer.
 */
public final class LoadShedder implements MeterBinder {

    /** Seconds a shed client is told to wait before it tries again. */
    static final String RETRY_AFTER_SECONDS = "1";

    private static final String PERMIT = LoadShedder.class.getName() + ".permit";

    /**
     * How much search work may run and wait, e.g. 4 running and 16 waiting for up to 5 s on 2 cores.
     *
     * @param maxConcurrent searches running at once; at least 1
     * @param maxQueued searches waiting for one of them to finish; 0 sheds as soon as all are running
     * @param queueTimeout the longest a search waits before it is shed
     */
    public record Limits(int maxConcurrent, int maxQueued, Duration queueTimeout) {

        public Limits {
            if (maxConcurrent < 1) {
                throw new IllegalArgumentException("max concurrent searches must be at least 1, got " + maxConcurrent);
            }
            if (maxQueued < 0) {
                throw new IllegalArgumentException("max queued searches must be at least 0, got " + maxQueued);
            }
            if (queueTimeout.isNegative()) {
                throw new IllegalArgumentException("the queue timeout must not be negative, got " + queueTimeout);
            }
        }

        /**
         * The defaults for {@code cores} processors: 2 searches per core run (one waits on I/O or a lock while the
         * other computes), and 8 per core wait, so that 16 busy clients on 2 cores are never shed, each for at most
         * 5 s, as long as a search may run (a slower server sheds even a few clients rather than keep them waiting).
         */
        public static Limits forCores(int cores) {
            int n = Math.max(1, cores);
            return new Limits(2 * n, 8 * n, Duration.ofSeconds(5));
        }

        /** The defaults for this machine's processors. */
        public static Limits defaults() {
            return forCores(Runtime.getRuntime().availableProcessors());
        }
    }

    private final Limits limits;
    private final Semaphore running;
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong shedQueueFull = new AtomicLong();
    private final AtomicLong shedQueueTimeout = new AtomicLong();
    private final AtomicLong admittedAfterWait = new AtomicLong();

    public LoadShedder(Limits limits) {
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent(), true);
    }

    public Limits limits() {
        return limits;
    }

    /** Whether requests to the route {@code path} (a route template, e.g. {@code /api/search}) are limited. */
    static boolean limits(String path) {
        return path.startsWith("/api/")
                && !path.equals("/api/openapi.json")
                && !path.equals("/api/fields")
                && !path.startsWith("/api/admin/");
    }

    /** What a limited request must pass before it takes a slot: a check that throws for a request to refuse. */
    @FunctionalInterface
    interface Precheck {
        void check(Context ctx) throws Exception;
    }

    private Precheck precheck = ctx -> {};

    /** Limits the routes of {@code routes}: a slot is taken before a matched route and given back after it. */
    void install(JavalinDefaultRoutingApi routes) {
        routes.beforeMatched(this::admit);
        routes.after(this::release);
    }

    /**
     * Limits the routes of {@code routes}, and first runs {@code precheck} on each limited request: a request that
     * would be refused anyway (a bad query, a page past the window) is answered at once and never waits in the queue
     * behind real searches, so a flood of bad requests costs good ones nothing.
     */
    void install(JavalinDefaultRoutingApi routes, Precheck precheck) {
        this.precheck = precheck;
        install(routes);
    }

    /**
     * Before a matched route: takes a slot for a limited route, or sheds the request with 503 and
     * {@code Retry-After}. The slot is given back by {@link #release(Context)} after the request.
     */
    void admit(Context ctx) throws Exception {
        Endpoint route = ctx.endpoints().matchedHttpEndpoint(); // ctx.endpoint() is this before-handler itself
        if (route == null || !limits(route.path)) {
            return;
        }
        precheck.check(ctx);
        if (!acquire()) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            throw new ApiException(
                    503,
                    "overloaded",
                    "the server is busy with " + limits.maxConcurrent() + " searches and " + limits.maxQueued()
                            + " waiting; try again in " + RETRY_AFTER_SECONDS + " s");
        }
        ctx.attribute(PERMIT, Boolean.TRUE);
    }

    /** After every request: gives back the slot {@link #admit(Context)} took, if it took one. */
    void release(Context ctx) {
        if (ctx.attribute(PERMIT) != null) {
            ctx.attribute(PERMIT, null);
            release();
        }
    }

    /**
     * Takes a slot: at once if one is free and nobody waits, else after waiting in the queue; false (and counted
     * as shed) when the queue is full or the wait ran out.
     *
     * <p>The queue is full when {@code maxConcurrent + maxQueued} requests are inside (running or waiting), not
     * when {@code maxQueued} are waiting: a slot given back is free before the waiter it wakes has run, and on a
     * starved CPU that can take long enough for a few waiters more than the running ones to show.
     */
    public boolean acquire() throws InterruptedException {
        if (inside.incrementAndGet() > limits.maxConcurrent() + limits.maxQueued()) {
            inside.decrementAndGet();
            shedQueueFull.incrementAndGet();
            return false;
        }
        if (running.tryAcquire(0, TimeUnit.NANOSECONDS)) { // unlike tryAcquire(), never overtakes a waiting request
            return true;
        }
        waiting.incrementAndGet();
        boolean admitted = false;
        try {
            admitted = running.tryAcquire(limits.queueTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            waiting.decrementAndGet();
            if (!admitted) {
                inside.decrementAndGet();
            }
        }
        if (admitted) {
            admittedAfterWait.incrementAndGet();
        } else {
            shedQueueTimeout.incrementAndGet();
        }
        return admitted;
    }

    /** Gives back a slot taken by {@link #acquire()}. */
    public void release() {
        running.release();
        inside.decrementAndGet();
    }

    /** Searches running now. */
    public int inFlight() {
        return limits.maxConcurrent() - running.availablePermits();
    }

    /** Searches waiting now. */
    public int queued() {
        return waiting.get();
    }

    /** Requests shed since the start. */
    public long shed() {
        return shedQueueFull.get() + shedQueueTimeout.get();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("hrc_load_shed", shedQueueFull, AtomicLong::get)
                .tag("reason", "queue_full")
                .description("searches answered 503 overloaded at once: every slot busy and the queue full")
                .register(registry);
        FunctionCounter.builder("hrc_load_shed", shedQueueTimeout, AtomicLong::get)
                .tag("reason", "queue_timeout")
                .description("searches answered 503 overloaded after waiting the whole queue timeout")
                .register(registry);
        FunctionCounter.builder("hrc_load_waited", admittedAfterWait, AtomicLong::get)
                .description("searches that waited in the queue before they ran")
                .register(registry);
        Gauge.builder("hrc_load_in_flight", this, LoadShedder::inFlight)
                .description("searches running now")
                .register(registry);
        Gauge.builder("hrc_load_queued", this, LoadShedder::queued)
                .description("searches waiting for a slot now")
                .register(registry);
        Gauge.builder("hrc_load_max_concurrent", limits, Limits::maxConcurrent)
                .description("the limit of searches running at once (--max-concurrent)")
                .register(registry);
        Gauge.builder("hrc_load_max_queued", limits, Limits::maxQueued)
                .description("the limit of searches waiting (--max-queued)")
                .register(registry);
    }
}
