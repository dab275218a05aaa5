package org.hrcsearch.bench;

import java.io.PrintStream;
import java.util.List;

/** The load tests' table of figures and their PASS/FAIL list. */
final class LoadReport {

    /** One criterion and how the run met it, e.g. L3 "admitted p99 <= 2 x L1 p99", "180 ms <= 240 ms", PASS. */
    record Check(String id, String criterion, String measured, boolean pass) {}

    private final PrintStream out;

    LoadReport(PrintStream out) {
        this.out = out;
    }

    void header() {
        out.printf(
                "%-32s %6s %9s %8s %8s %8s %8s %8s %7s %7s%n",
                "run", "conns", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "non-2xx", "503", "sockerr");
    }

    void row(String name, int connections, Wrk.Result r) {
        out.printf(
                "%-32s %6d %9d %8.0f %8.1f %8.1f %8.0f %8d %7d %7d%n",
                name,
                connections,
                r.requests(),
                r.requestsPerSecond(),
                r.p50Millis(),
                r.p99Millis(),
                r.maxMillis(),
                r.non2xx(),
                r.shed(),
                r.socketErrors());
    }

    /** A row from the benchmark's own clients: requests are those timed, 503 those shed. */
    void row(String name, int connections, Latencies l) {
        out.printf(
                "%-32s %6d %9d %8.0f %8.1f %8.1f %8.0f %8s %7d %7s%n",
                name,
                connections,
                l.count(),
                l.throughput(),
                l.percentileMillis(50),
                l.percentileMillis(99),
                l.percentileMillis(100),
                "-",
                l.errors(),
                "-");
    }

    /** Prints every check; true when all passed. */
    boolean verdicts(List<Check> checks) {
        out.printf("%n%-4s %-66s %-60s %s%n", "", "criterion", "measured", "");
        boolean all = true;
        for (Check c : checks) {
            out.printf("%-4s %-66s %-60s %s%n", c.id(), c.criterion(), c.measured(), c.pass() ? "PASS" : "FAIL");
            all &= c.pass();
        }
        long failed = checks.stream().filter(c -> !c.pass()).count();
        out.printf(
                "%n%s: %d of %d criteria met%n", failed == 0 ? "PASS" : "FAIL", checks.size() - failed, checks.size());
        return all;
    }
}
