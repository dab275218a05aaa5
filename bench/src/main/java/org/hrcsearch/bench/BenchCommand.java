package org.hrcsearch.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hrc bench <name>}: the project's benchmarks, e.g. {@code hrc bench index} or {@code hrc bench search}. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = {IndexBenchmark.class, SearchBench.class, LoadBench.class, LanguageCost.class},
        description = "Benchmarks that report figures (they are not tests). Run ./hrc bench <name> --help.")
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
