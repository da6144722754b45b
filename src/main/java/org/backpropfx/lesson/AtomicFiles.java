package org.backpropfx.lesson;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Saving a file so that nothing saved is lost: lessons, exports and worksheets all go through here. Plain
 * JDK file calls only, so that it loads fast and alone.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** The last step of a save: puts the finished temporary file in place of the target. */
    interface Replacer {
        void replace(Path finished, Path target) throws IOException;
    }

    /**
     * Writes a file whole beside the target, then renames it over the target in one step, keeping the old
     * file's permissions (a new file gets the user's umask) and writing through symbolic links. A failure
     * or a kill at any moment leaves the old file as it was; a temporary file a kill leaves behind is
     * removed by the next save or open.
     */
    public static void write(byte[] bytes, Path file) throws IOException {
        write(out -> out.write(bytes), file, AtomicFiles::replace);
    }

    /** What is written: passed the temporary file's stream, a piece at a time if it likes. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** As {@link #write(byte[], Path)}, the bytes coming from {@code content} as it writes them. */
    public static void write(Content content, Path file) throws IOException {
        write(content, file, AtomicFiles::replace);
    }

    static void write(byte[] bytes, Path file, Replacer replacer) throws IOException {
        write(out -> out.write(bytes), file, replacer);
    }

    static void write(Content content, Path file, Replacer replacer) throws IOException {
        Path target = realTarget(file.toAbsolutePath());
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(target.toString(), null, "the folder " + dir + " does not exist");
        }
        Set<PosixFilePermission> permissions = null;
        if (Files.exists(target)) {
            if (!Files.isRegularFile(target)) {
                throw new FileSystemException(target.toString(), null,
                        Files.isDirectory(target) ? "it is a folder, not a file" : "it is a device, pipe or socket, not a file");
            }
            try {
                permissions = Files.getPosixFilePermissions(target);
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the new file gets the folder's usual permissions.
            }
        }
        Path temp;
        try {
            temp = createTemp(dir, target.getFileName().toString());
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toString(), null,
                    "permission denied: no new file can be made in " + dir);
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, e.getReason());
        }
        boolean done = false;
        try {
            // The saved lesson keeps the permissions the old file had (a private lesson stays private).
            if (permissions != null) Files.setPosixFilePermissions(temp, permissions);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                // On disk before the rename, or a crash could leave the new name pointing at nothing.
                channel.force(true);
            }
            replacer.replace(temp, target);
            done = true;
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null,
                    e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
        } catch (IOException e) {
            throw new IOException(target + ": " + e.getMessage(), e);
        } finally {
            if (!done) Files.deleteIfExists(temp);
        }
        removeLeftoverTemps(target);
    }

    /** Where a save of {@code file} should write: through symbolic links to the file they lead to. */
    private static Path realTarget(Path file) throws IOException {
        Path target = file;
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops >= 40) {
                throw new FileSystemException(file.toString(), null, "too many symbolic links");
            }
            Path link = Files.readSymbolicLink(target);
            target = target.resolveSibling(link).normalize();
        }
        return target;
    }

    private static final Pattern TEMP_SUFFIX = Pattern.compile("\\.[0-9a-f]{1,16}\\.tmp");

    /**
     * Deletes temporary files an interrupted save of {@code file} left beside it (the process was killed
     * between making one and renaming it). Best effort: a file that cannot be deleted stays.
     */
    static void removeLeftoverTemps(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || file.getFileName() == null) return;
        String prefix = "." + file.getFileName() + ".";
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "." + globEscape(file.getFileName().toString()) + ".*.tmp")) {
            for (Path leftover : leftovers) {
                String name = leftover.getFileName().toString();
                if (name.startsWith(prefix) && TEMP_SUFFIX.matcher(name.substring(prefix.length() - 1)).matches()
                        && Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers are only clutter; never a reason for a save or an open to fail.
        }
    }

    private static String globEscape(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void replace(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new empty file beside the target. Not {@link Files#createTempFile}: that makes the file
     * private to its owner, and the saved lesson would silently lose its usual permissions.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) throw e;
            }
        }
    }
}
