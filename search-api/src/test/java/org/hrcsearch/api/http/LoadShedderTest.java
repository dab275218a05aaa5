package org.hrcsearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.hrcsearch.api.TestApi;
import org.hrcsearch.api.TestIndex;
import org.hrcsearch.api.search.ApiServices;
import org.junit.jupiter.api.Test;

/**
 * The load shedder: searches beyond the running and waiting limits get 503 {@code overloaded} with
 * {@code Retry-After} at once, health and metrics always answer, and the server admits searches again after.
 * A route here blocks until the test lets it go, to hold a slot with a real request.
 */
class LoadShedderTest {

    /** A long queue timeout: a request that waited instead of being shed at once would take this long. */
    private static final Duration LONG_WAIT = Duration.ofSeconds(60);

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch letGo = new CountDownLatch(1);

    /** An app limited by {@code shedder}: {@code /api/slow} blocks until {@link #letGo}, {@code /api/fast} answers. */
    private Javalin app(LoadShedder shedder) {
        return Javalin.create(config -> {
            shedder.install(config.routes);
            config.routes.get("/api/slow", ctx -> {
                entered.countDown();
                letGo.await(60, TimeUnit.SECONDS);
                ctx.result("slow");
            });
            config.routes.get("/api/fast", ctx -> ctx.result("fast"));
            config.routes.get("/api/fails", ctx -> {
                throw new IllegalStateException("the handler failed");
            });
            config.routes.get("/health", ctx -> ctx.result("ok"));
            config.routes.exception(
                    ApiException.class,
                    (e, ctx) -> ctx.status(e.status()).json(ErrorBody.of(e.code(), e.getMessage())));
        });
    }

    private CompletableFuture<TestApi.Reply> slowRequest(TestApi api) throws InterruptedException {
        CompletableFuture<TestApi.Reply> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return api.get("/api/slow");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(30, TimeUnit.SECONDS))
                .as("the slow request runs")
                .isTrue();
        return slow;
    }

    /**
     * Runs {@code body} while a slow request holds the shedder's only slot, then lets that request finish, which
     * must then answer 200.
     */
    private void whileTheSlotIsHeld(LoadShedder shedder, TestApi.Body body) {
        TestApi.runStub(app(shedder), api -> {
            CompletableFuture<TestApi.Reply> slow = slowRequest(api);
            body.run(api);
            letGo.countDown();
            assertThat(slow.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        });
    }

    @Test
    void withOneSlotHeldTheNextSearchIsShedAtOnceWith503AndRetryAfter() {
        LoadShedder shedder = new LoadShedder(new LoadShedder.Limits(1, 0, LONG_WAIT));
        whileTheSlotIsHeld(shedder, api -> {
            long t0 = System.nanoTime();
            TestApi.Reply shed = api.get("/api/fast");
            double seconds = (System.nanoTime() - t0) / 1e9;

            assertThat(shed.status()).isEqualTo(503);
            assertThat(shed.header("Retry-After")).hasValue("1");
            JsonNode error = shed.json().get("error");
            assertThat(error.get("code").asText()).isEqualTo("overloaded");
            assertThat(error.get("message").asText()).contains("busy").contains("try again");
            assertThat(seconds)
                    .as("shed without waiting the %s queue timeout", LONG_WAIT)
                    .isLessThan(LONG_WAIT.toSeconds() / 4.0);
            assertThat(shedder.shed()).isEqualTo(1);
        });
    }

    @Test
    void healthIsNeverShed() {
        whileTheSlotIsHeld(new LoadShedder(new LoadShedder.Limits(1, 0, LONG_WAIT)), api -> {
            for (int i = 0; i < 5; i++) {
                assertThat(api.get("/health").status()).isEqualTo(200);
            }
            assertThat(api.get("/api/fast").status()).isEqualTo(503);
        });
    }

    @Test
    void afterTheLoadSearchesAreAdmittedAgain() {
        LoadShedder shedder = new LoadShedder(new LoadShedder.Limits(1, 0, LONG_WAIT));
        TestApi.runStub(app(shedder), api -> {
            CompletableFuture<TestApi.Reply> slow = slowRequest(api);
            assertThat(api.get("/api/fast").status()).isEqualTo(503);

            letGo.countDown();
            assertThat(slow.get(30, TimeUnit.SECONDS).text()).isEqualTo("slow");
            awaitZero(shedder::inFlight);
            for (int i = 0; i < 5; i++) {
                TestApi.Reply r = api.get("/api/fast");
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.header("Retry-After")).isEmpty();
            }
        });
    }

    @Test
    void aSearchWaitsInTheQueueForAFreeSlotAndOnlyThoseBeyondTheQueueAreShed() {
        LoadShedder shedder = new LoadShedder(new LoadShedder.Limits(1, 1, LONG_WAIT));
        TestApi.runStub(app(shedder), api -> {
            CompletableFuture<TestApi.Reply> slow = slowRequest(api);
            CompletableFuture<TestApi.Reply> queued = CompletableFuture.supplyAsync(() -> {
                try {
                    return api.get("/api/fast");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitValue(shedder::queued, 1);

            assertThat(api.get("/api/fast").status()).as("the queue is full").isEqualTo(503);

            letGo.countDown();
            assertThat(slow.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat(queued.get(30, TimeUnit.SECONDS).status())
                    .as("the waiting search ran")
                    .isEqualTo(200);
            assertThat(shedder.shed()).isEqualTo(1);
        });
    }

    @Test
    void aSearchThatWaitedTheWholeQueueTimeoutIsShed() {
        whileTheSlotIsHeld(new LoadShedder(new LoadShedder.Limits(1, 4, Duration.ofMillis(100))), api -> {
            TestApi.Reply timedOut = api.get("/api/fast");
            assertThat(timedOut.status()).isEqualTo(503);
            assertThat(timedOut.header("Retry-After")).hasValue("1");
        });
    }

    @Test
    void aHandlerThatFailsGivesItsSlotBack() {
        LoadShedder shedder = new LoadShedder(new LoadShedder.Limits(1, 0, LONG_WAIT));
        TestApi.runStub(app(shedder), api -> {
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/api/fails").status()).isEqualTo(500);
                assertThat(api.get("/api/fast").status()).isEqualTo(200);
            }
            awaitZero(shedder::inFlight);
        });
    }

    @Test
    void theServerShedsItsSearchRoutesButNotHealthMetricsOrTheOpenApiDescription() throws Exception {
        LoadShedder shedder = new LoadShedder(new LoadShedder.Limits(1, 0, LONG_WAIT));
        try (ApiServices services = TestIndex.services(TestIndex.standard())) {
            Javalin app = SearchApp.create(
                    services, new SearchApp.Options(List.of(), Optional.empty(), shedder.limits()), shedder);
            TestApi.run(app, api -> {
                assertThat(shedder.acquire()).as("the test holds the only slot").isTrue();
                for (String path : List.of(
                        "/api/search?q=cooperation",
                        "/api/facets/session",
                        "/api/timeline?q=reprisals",
                        "/api/export?q=cooperation",
                        "/api/feed?q=cooperation",
                        "/api/signatories")) {
                    TestApi.Reply r = api.get(path);
                    assertThat(r.status()).as(path).isEqualTo(503);
                    assertThat(r.header("Retry-After")).as(path).hasValue("1");
                    assertThat(r.json().at("/error/code").asText()).as(path).isEqualTo("overloaded");
                }
                api.json("/health", 200);
                api.json("/api/openapi.json", 200);
                assertThat(api.get("/").status()).isEqualTo(200);
                assertThat(api.get("/metrics").text())
                        .contains("hrc_load_shed_total{reason=\"queue_full\"} 6.0")
                        .contains("hrc_load_in_flight 1.0")
                        .contains("hrc_load_max_concurrent 1.0");

                shedder.release();
                api.json("/api/search?q=cooperation", 200);
                assertThat(api.get("/metrics").text()).contains("hrc_load_in_flight 0.0");
            });
        }
    }

    @Test
    void aRequestThatWouldBeRefusedAnywayIsAnsweredAtOnceEvenWhenEverySlotIsBusy() throws Exception {
        LoadShedder shedder = new LoadShedder(new LoadShedder.Limits(1, 0, LONG_WAIT));
        try (ApiServices services = TestIndex.services(TestIndex.standard())) {
            Javalin app = SearchApp.create(
                    services, new SearchApp.Options(List.of(), Optional.empty(), shedder.limits()), shedder);
            TestApi.run(app, api -> {
                assertThat(shedder.acquire()).as("the test holds the only slot").isTrue();
                assertThat(api.json("/api/search?q=*rights", 400)
                                .at("/error/code")
                                .asText())
                        .isEqualTo("bad_query");
                assertThat(api.json("/api/timeline?q=%22open", 400)
                                .at("/error/code")
                                .asText())
                        .isEqualTo("bad_query");
                assertThat(api.json("/api/feed?q=rights&size=10", 400)
                                .at("/error/code")
                                .asText())
                        .isEqualTo("unknown_parameter");
                assertThat(api.json("/api/search?q=rights&page=200&size=100", 400)
                                .at("/error/code")
                                .asText())
                        .isEqualTo("result_window_too_large");
                assertThat(api.json("/api/search?q=rights&size=0", 400)
                                .at("/error/code")
                                .asText())
                        .isEqualTo("bad_parameter");
                assertThat(shedder.shed())
                        .as("none of them waited for a slot or was shed")
                        .isZero();
                assertThat(api.get("/api/search?q=rights").status())
                        .as("a good search still is")
                        .isEqualTo(503);
                shedder.release();
            });
        }
    }

    @Test
    void theDefaultsAreTwoRunningAndEightWaitingPerCore() {
        LoadShedder.Limits limits = LoadShedder.Limits.forCores(2);
        assertThat(limits.maxConcurrent()).isEqualTo(4);
        assertThat(limits.maxQueued()).isEqualTo(16);
        assertThat(limits.queueTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(LoadShedder.Limits.forCores(0).maxConcurrent()).isEqualTo(2);
    }

    @Test
    void limitsRefuseNonsense() {
        assertThatThrownBy(() -> new LoadShedder.Limits(0, 1, LONG_WAIT)).hasMessageContaining("at least 1, got 0");
        assertThatThrownBy(() -> new LoadShedder.Limits(1, -1, LONG_WAIT)).hasMessageContaining("at least 0, got -1");
    }

    private static void awaitZero(IntSupplier value) throws InterruptedException {
        awaitValue(value, 0);
    }

    /** Waits (up to 30 s, however slow the machine) until {@code value} reads {@code expected}. */
    private static void awaitValue(IntSupplier value, int expected) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (value.getAsInt() != expected && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(value.getAsInt()).isEqualTo(expected);
    }
}
