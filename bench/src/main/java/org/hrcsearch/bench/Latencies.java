package org.hrcsearch.bench;

import java.util.Arrays;

/** Latencies of one run in microseconds, and their percentiles, e.g. p50 4.1 ms, p99 19.0 ms. */
record Latencies(long[] micros, double seconds, int errors) {

    Latencies {
        micros = micros.clone();
        Arrays.sort(micros);
    }

    int count() {
        return micros.length;
    }

    /** The latency below which {@code p} percent of the requests finished, in milliseconds (nearest rank). */
    double percentileMillis(double p) {
        if (micros.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * micros.length);
        return micros[Math.max(0, Math.min(micros.length - 1, rank - 1))] / 1000.0;
    }

    double throughput() {
        return micros.length / seconds;
    }
}
