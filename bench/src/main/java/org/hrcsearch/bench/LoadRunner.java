package org.hrcsearch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a fixed mix of calls from a number of concurrent clients for a fixed time and records each call's
 * latency: client {@code i} starts at call {@code i} of the mix and goes round it, so every call runs equally.
 */
final class LoadRunner {

    /** One call of the mix; throws when it failed. */
    @FunctionalInterface
    interface Call {
        void run(int index) throws Exception;
    }

    /** Thrown by a call whose answer is not to be timed (e.g. a search the server shed): counted as an error, quietly. */
    static final class NotCounted extends Exception {
        NotCounted() {
            super(null, null, false, false);
        }
    }

    private LoadRunner() {}

    /** The latencies of one client, in microseconds. */
    private static final class Client implements Runnable {
        private final int first;
        private final int mixSize;
        private final long endNanos;
        private final Call call;
        private final AtomicInteger errors;
        private long[] micros = new long[1024];
        private int n;

        Client(int first, int mixSize, long endNanos, Call call, AtomicInteger errors) {
            this.first = first;
            this.mixSize = mixSize;
            this.endNanos = endNanos;
            this.call = call;
            this.errors = errors;
        }

        @Override
        public void run() {
            for (int i = first; System.nanoTime() < endNanos; i++) {
                long t0 = System.nanoTime();
                try {
                    call.run(i % mixSize);
                    if (n == micros.length) {
                        micros = Arrays.copyOf(micros, n * 2);
                    }
                    micros[n++] = (System.nanoTime() - t0) / 1000;
                } catch (NotCounted e) {
                    errors.incrementAndGet();
                } catch (Exception e) {
                    if (errors.getAndIncrement() < 3) {
                        System.err.println("bench: a call failed: " + e);
                    }
                }
            }
        }
    }

    static Latencies run(int clients, int mixSize, double seconds, Call call) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        AtomicInteger errors = new AtomicInteger();
        List<Client> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(c, mixSize, end, call, errors);
            all.add(client);
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(client));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] micros = new long[all.stream().mapToInt(c -> c.n).sum()];
        int at = 0;
        for (Client c : all) {
            System.arraycopy(c.micros, 0, micros, at, c.n);
            at += c.n;
        }
        return new Latencies(micros, elapsed, errors.get());
    }
}
