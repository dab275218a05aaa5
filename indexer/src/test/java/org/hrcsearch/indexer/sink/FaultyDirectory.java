package org.hrcsearch.indexer.sink;

import java.io.IOException;
import java.util.Collection;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene directory that fails like a real disk, for tests (our own, small stand-in for the test framework's
 * {@code MockDirectoryWrapper}, which needs JUnit 4's randomized runner):
 *
 * <ul>
 *   <li>{@link #diskFullAfter(long)}: once that many bytes were written through it, every write throws
 *       {@code IOException("No space left on device")}, as the JDK does on Linux; the partial file stays behind,
 *       as on a real disk;
 *   <li>{@link #diskFullFor(Predicate)}: the same, at once, for the files whose name matches, e.g. the commit
 *       point {@code pending_segments_N};
 *   <li>{@link #randomIOExceptions(double, long)}: each directory operation (create, open, sync, rename, delete)
 *       and each 64 KiB written fails with that probability, from a seeded {@link Random}.
 * </ul>
 */
public final class FaultyDirectory extends FilterDirectory {

    public static final String DISK_FULL = "No space left on device";

    private final AtomicLong written = new AtomicLong();
    private volatile long maxBytes = Long.MAX_VALUE;
    private volatile Predicate<String> fullFor = name -> false;
    private volatile double rate;
    private Random random = new Random(0);
    private final AtomicLong injected = new AtomicLong();

    public FaultyDirectory(Directory in) {
        super(in);
    }

    public FaultyDirectory diskFullAfter(long bytes) {
        this.maxBytes = bytes;
        return this;
    }

    public FaultyDirectory diskFullFor(Predicate<String> fileNames) {
        this.fullFor = fileNames;
        return this;
    }

    public FaultyDirectory randomIOExceptions(double rate, long seed) {
        this.rate = rate;
        this.random = new Random(seed);
        return this;
    }

    /** How many faults were injected so far. */
    public long injected() {
        return injected.get();
    }

    private synchronized void maybeFail(String what) throws IOException {
        if (rate > 0 && random.nextDouble() < rate) {
            injected.incrementAndGet();
            throw new IOException("injected I/O error: " + what);
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        maybeFail("create " + name);
        return new Output(name, in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        maybeFail("create temp " + prefix);
        IndexOutput out = in.createTempOutput(prefix, suffix, context);
        return new Output(out.getName(), out);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        maybeFail("open " + name);
        return in.openInput(name, context);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        maybeFail("sync " + names);
        for (String name : names) {
            if (fullFor.test(name)) {
                injected.incrementAndGet();
                throw new IOException(DISK_FULL); // fsync reports the blocks that could not be allocated
            }
        }
        in.sync(names);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        maybeFail("rename " + source);
        in.rename(source, dest);
    }

    @Override
    public void deleteFile(String name) throws IOException {
        maybeFail("delete " + name);
        in.deleteFile(name);
    }

    private final class Output extends FilterIndexOutput {
        private final String name;
        private long sinceCheck;

        Output(String name, IndexOutput out) {
            super("faulty(" + out + ")", name, out);
            this.name = name;
        }

        private void beforeWriting(int bytes) throws IOException {
            if (fullFor.test(name) || written.addAndGet(bytes) > maxBytes) {
                injected.incrementAndGet();
                throw new IOException(DISK_FULL);
            }
            sinceCheck += bytes;
            while (sinceCheck >= 65_536) {
                sinceCheck -= 65_536;
                maybeFail("write " + name);
            }
        }

        @Override
        public void writeByte(byte b) throws IOException {
            beforeWriting(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            beforeWriting(length);
            out.writeBytes(b, offset, length);
        }
    }
}
