package org.hrcsearch.indexer.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.hrcsearch.indexer.enrich.VotesCsvReader;

/**
 * Lists the documents under one or more corpus folders, in a stable order (sorted by path).
 *
 * <p>Symbolic links are followed only where they point inside one of the roots, so a link cannot pull files from
 * elsewhere on the disk into the index, and a link loop is visited once. Hidden files (such as macOS
 * {@code ._} resource forks) and files of types the indexer does not read are passed over.
 */
public final class CorpusWalker {

    /** The file name endings the indexer reads (and {@code .votes.csv}, {@link VotesCsvReader#isVotesFile}). */
    public static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "odt", "rtf", "html", "htm", "txt");

    /** What the walk passed over and why, e.g. a link that points outside the corpus. */
    public record Skipped(String path, Kind kind, String reason) {
        /** Why something was passed over. */
        public enum Kind {
            /** A symbolic link to a file or folder outside the corpus folders: never followed. */
            OUTSIDE_ROOT,
            /** A symbolic link back to a folder above it: followed once, not round the loop. */
            LINK_LOOP,
            /** A file or folder the indexer may not read or open. */
            UNREADABLE
        }
    }

    private final Path workingDirectory;

    public CorpusWalker(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** Every readable document under the roots, sorted; what was passed over goes to {@code skipped}. */
    public List<CorpusFile> walk(List<Path> roots, Consumer<Skipped> skipped) throws IOException {
        List<Path> realRoots = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IOException("not a folder: " + root);
            }
            realRoots.add(root.toRealPath());
        }
        Set<Path> seen = new HashSet<>();
        List<CorpusFile> files = new ArrayList<>();
        for (Path root : realRoots) {
            Files.walkFileTree(
                    root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                                throws IOException {
                            Path real = dir.toRealPath();
                            if (!insideAny(real, realRoots)) {
                                skipped.accept(outside(dir, real));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (!dir.equals(root) && isHidden(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return seen.add(real) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                            if (isHidden(file) || !attrs.isRegularFile() || !readable(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            Path real = file.toRealPath();
                            if (!insideAny(real, realRoots)) {
                                skipped.accept(outside(file, real));
                                return FileVisitResult.CONTINUE;
                            }
                            if (Files.isSymbolicLink(file) && seen.contains(real)) {
                                return FileVisitResult.CONTINUE;
                            }
                            seen.add(real);
                            Path abs = file.toAbsolutePath().normalize();
                            files.add(new CorpusFile(
                                    abs,
                                    display(abs),
                                    attrs.size(),
                                    attrs.lastModifiedTime().toMillis()));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof java.nio.file.FileSystemLoopException) {
                                skipped.accept(
                                        new Skipped(
                                                display(file),
                                                Skipped.Kind.LINK_LOOP,
                                                "symbolic link loop: it points back to a folder above it, which is indexed once; not followed"));
                            } else if (e instanceof java.nio.file.AccessDeniedException) {
                                skipped.accept(
                                        new Skipped(
                                                display(file),
                                                Skipped.Kind.UNREADABLE,
                                                "permission denied: the indexer "
                                                        + "may not open it, so what it holds is not indexed; make it readable (chmod a+rX) or move it out"));
                            } else {
                                skipped.accept(new Skipped(
                                        display(file),
                                        Skipped.Kind.UNREADABLE,
                                        "cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage()));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }
        files.sort(Comparator.comparing(CorpusFile::displayPath));
        return files;
    }

    private Skipped outside(Path link, Path target) {
        return new Skipped(
                display(link),
                Skipped.Kind.OUTSIDE_ROOT,
                "symbolic link to " + target + ", outside the corpus folders: not followed, never indexed nor served");
    }

    private static boolean insideAny(Path real, List<Path> roots) {
        return roots.stream().anyMatch(real::startsWith);
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean readable(Path file) {
        return EXTENSIONS.contains(extension(file))
                || VotesCsvReader.isVotesFile(file.getFileName().toString());
    }

    static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.startsWith(workingDirectory)) {
            return workingDirectory.relativize(abs).toString();
        }
        // ../shared/corpus is common: keep it relative when it is one step up
        Path parent = workingDirectory.getParent();
        if (parent != null && abs.startsWith(parent)) {
            return "../" + parent.relativize(abs);
        }
        return abs.toString();
    }
}
