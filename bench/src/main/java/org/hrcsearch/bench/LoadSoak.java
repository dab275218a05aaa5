package org.hrcsearch.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hrcsearch.testkit.ServerProcess;

/**
 * L5, the soak: the L1 load for M minutes with a full reindex every M/3 minutes, sampling the server's resident
 * memory, heap, open file descriptors and child processes at the start and after each reindex. What it looks
 * for: memory and descriptors that stay level (within 10%), no indexer or extraction worker left behind.
 */
final class LoadSoak {

    /** One sample of the server. */
    record Sample(
            String when,
            double seconds,
            double rssMegabytes,
            double heapMegabytes,
            long openFiles,
            long childProcesses) {}

    private final Wrk wrk;
    private final ServerProcess server;
    private final ServerProbe probe;
    private final LoadReport report;
    private final Consumer<LoadReport.Check> checks;
    private final boolean noReindex;
    private final PrintStream out = System.out;

    LoadSoak(
            Wrk wrk,
            ServerProcess server,
            ServerProbe probe,
            LoadReport report,
            Consumer<LoadReport.Check> checks,
            boolean noReindex) {
        this.wrk = wrk;
        this.server = server;
        this.probe = probe;
        this.report = report;
        this.checks = checks;
        this.noReindex = noReindex;
    }

    void run(String base, List<String> paths, int connections, double minutes) throws Exception {
        long t0 = System.nanoTime();
        double total = minutes * 60;
        Wrk.Running load = wrk.start(base, paths, connections, total + 3600);
        List<Sample> samples = new ArrayList<>();
        List<ServerProbe.Reindex> jobs = new ArrayList<>();
        Thread.sleep(Math.min(20_000, (long) (total * 1000 / 6)));
        samples.add(sample("start", t0));
        for (int k = 1; k <= 2 && !noReindex; k++) {
            sleepUntil(t0, k * total / 3);
            ServerProbe.Reindex job = probe.fullReindex();
            jobs.add(job);
            Thread.sleep(2000); // the indexer's workers exit with it
            samples.add(sample("after reindex " + k, t0));
        }
        sleepUntil(t0, total);
        samples.add(sample("end", t0));
        Wrk.Result soak = load.stop();

        report.row(LoadBench.fmt("L5 soak, %.1f min", minutes), connections, soak);
        out.printf("%n%-18s %8s %8s %9s %9s %9s%n", "L5 sample", "t s", "RSS MB", "heap MB", "open fds", "children");
        for (Sample s : samples) {
            out.printf(
                    "%-18s %8.0f %8.0f %9.0f %9d %9d%n",
                    s.when(), s.seconds(), s.rssMegabytes(), s.heapMegabytes(), s.openFiles(), s.childProcesses());
        }
        Sample first = samples.get(Math.min(1, samples.size() - 1)); // after the first reindex, when there is one
        Sample last = samples.get(samples.size() - 1);
        check(
                "0 socket errors, 0 non-2xx",
                soak.socketErrors() + " socket errors, " + soak.non2xx() + " non-2xx",
                soak.socketErrors() == 0 && soak.non2xx() == 0);
        check(
                "every reindex committed and served",
                jobs.stream()
                        .map(j -> j.state() + (j.served() ? "+served" : ""))
                        .toList()
                        .toString(),
                jobs.stream().allMatch(j -> j.committed() && j.served()));
        check(
                LoadBench.fmt("RSS level: %s to end within 10%%", first.when()),
                LoadBench.fmt("%.0f -> %.0f MB", first.rssMegabytes(), last.rssMegabytes()),
                within(first.rssMegabytes(), last.rssMegabytes(), 0.10));
        // the heap in use rises and falls with every young collection: a leak shows as growth, not as a fall
        check(
                LoadBench.fmt("heap not growing: %s to end +10%% (or 16 MB) at most", first.when()),
                LoadBench.fmt("%.0f -> %.0f MB", first.heapMegabytes(), last.heapMegabytes()),
                last.heapMegabytes() <= Math.max(1.10 * first.heapMegabytes(), first.heapMegabytes() + 16));
        check(
                LoadBench.fmt("open fds level: %s to end within 10%%", first.when()),
                first.openFiles() + " -> " + last.openFiles(),
                within(first.openFiles(), last.openFiles(), 0.10));
        check(
                "no child process left after each reindex",
                samples.stream().map(Sample::childProcesses).toList().toString(),
                samples.stream().allMatch(s -> s.childProcesses() == 0));
    }

    private Sample sample(String when, long t0) throws Exception {
        return new Sample(
                when,
                (System.nanoTime() - t0) / 1e9,
                server.statusMegabytes("VmRSS"),
                probe.heapUsedMegabytes(),
                server.openFiles(),
                server.childProcesses());
    }

    private static void sleepUntil(long t0, double seconds) throws InterruptedException {
        long wait = (long) (seconds * 1000) - (System.nanoTime() - t0) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static boolean within(double before, double after, double share) {
        return Math.abs(after - before) <= share * Math.max(before, 1);
    }

    private void check(String criterion, String measured, boolean pass) {
        checks.accept(new LoadReport.Check("L5", criterion, measured, pass));
    }
}
