package org.hrcsearch.indexer;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Why a run failed, in words a user can act on: "disk full: ...", "the indexer ran out of memory ...", or the
 * root cause of the writer's tragic event. Lucene reports the second symptom of a tragedy (an
 * {@code AlreadyClosedException} on the next write) long after the first; this names the first.
 */
final class RunFailure {
    private RunFailure() {}

    /** The failure to report for {@code e}, thrown by a run whose writer had the tragic event {@code tragedy}. */
    static Throwable explain(Throwable e, Optional<Throwable> tragedy) {
        Optional<Throwable> diskFull = find(e, tragedy, RunFailure::isDiskFull);
        if (diskFull.isPresent()) {
            return new IOException(
                    "disk full: the index could not be written ("
                            + diskFull.get().getMessage()
                            + "); nothing was committed and the last commit is intact: free some space and run again",
                    e);
        }
        Optional<Throwable> oom = find(e, tragedy, t -> t instanceof OutOfMemoryError);
        if (oom.isPresent()) {
            return new IOException(
                    "the indexer ran out of memory (" + oom.get() + ", heap of "
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                            + " MB): nothing was committed and the last commit is "
                            + "intact: give it more heap (HRC_INDEX_HEAP=1g ./hrc index ...) and run again",
                    e);
        }
        if (tragedy.isPresent()) {
            Throwable root = rootCause(tragedy.get());
            return new IOException(
                    "the index writer failed and closed itself (" + root + "): nothing was committed and "
                            + "the last commit is intact",
                    e);
        }
        return e;
    }

    /** {@code failure} as the run throws it: checked ones returned to be thrown, the others thrown here. */
    static IOException rethrow(Throwable failure) throws InterruptedException {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof InterruptedException ie) {
            throw ie;
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }

    static boolean isDiskFull(Throwable t) {
        String m = t.getMessage();
        return m != null && (m.contains("No space left on device") || m.contains("not enough space on the disk"));
    }

    static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The first throwable in {@code e}, the tragedy, and their causes and suppressed ones that matches. */
    private static Optional<Throwable> find(
            Throwable e, Optional<Throwable> tragedy, java.util.function.Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        tragedy.ifPresent(todo::add);
        todo.add(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return Optional.of(t);
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return Optional.empty();
    }
}
