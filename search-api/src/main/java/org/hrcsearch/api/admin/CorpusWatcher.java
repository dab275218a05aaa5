package org.hrcsearch.api.admin;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches corpus folders (and every folder below them) for files added, changed or removed, and asks for a
 * reindex once they have been quiet for a moment, so that copying in a hundred PDFs makes one run, not a hundred.
 * Changes inside the index folder (the indexer's own writes) are ignored.
 */
public final class CorpusWatcher implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Path ignored;
    private final Duration quiet;
    private final Runnable onChange;
    private final Thread thread;

    /**
     * @param ignored a folder whose changes do not count (the index)
     * @param quiet how long nothing must change before {@code onChange} runs
     */
    public CorpusWatcher(List<Path> roots, Path ignored, Duration quiet, Runnable onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.ignored = ignored.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.onChange = onChange;
        for (Path root : roots) {
            registerTree(root.toAbsolutePath().normalize());
        }
        this.thread = Thread.ofPlatform().daemon().name("corpus-watcher").start(this::watch);
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.startsWith(ignored)
                        || (!dir.equals(root) && dir.getFileName().toString().startsWith("."))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(
                        dir.register(
                                watcher,
                                StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE),
                        dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        boolean changed = false;
        try {
            while (true) {
                WatchKey key = changed ? watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) : watcher.take();
                if (key == null) { // quiet long enough after a change
                    changed = false;
                    LOG.info("corpus changed: reindexing");
                    onChange.run();
                    continue;
                }
                Path dir = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        changed = true;
                        continue;
                    }
                    Path child = dir == null ? null : dir.resolve((Path) event.context());
                    if (child == null
                            || child.startsWith(ignored)
                            || child.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    changed = true;
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                        try {
                            registerTree(child);
                        } catch (IOException e) {
                            LOG.warn("cannot watch {}: {}", child, e.getMessage());
                        }
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
