package org.hrcsearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A worker whose parser misbehaves on demand, by file name: {@code hang*} never returns, {@code crash*} kills its
 * JVM, {@code oom*} exhausts its heap, {@code slow*} takes two seconds, {@code vanish*} is deleted and
 * {@code swap*} overwritten just before it is parsed (a file that changes between listing and parsing); any other
 * file is parsed with Tika.
 */
public final class FaultyExtractWorker {
    private FaultyExtractWorker() {}

    public static void main(String[] args) {
        ExtractWorker.serveOnStdio(args, () -> {
            TikaExtractor tika = new TikaExtractor();
            return file -> {
                String name = file.getFileName().toString();
                if (name.startsWith("hang")) {
                    Thread.sleep(Long.MAX_VALUE);
                } else if (name.startsWith("crash")) {
                    Runtime.getRuntime().halt(134);
                } else if (name.startsWith("oom")) {
                    List<long[]> hog = new ArrayList<>();
                    while (true) {
                        hog.add(new long[1 << 20]);
                    }
                } else if (name.startsWith("slow")) {
                    Thread.sleep(2_000);
                } else if (name.startsWith("vanish")) {
                    java.nio.file.Files.delete(file);
                } else if (name.startsWith("swap")) {
                    java.nio.file.Files.writeString(file, "replaced after it was listed and hashed");
                }
                return tika.extract(file);
            };
        });
    }

    /** Settings that start this worker instead of the real one. */
    public static WorkerSettings settings() {
        return WorkerSettings.defaults().withMainClass(FaultyExtractWorker.class.getName());
    }
}
