package com.varsomics.archgen.npm;

import com.varsomics.archgen.BuildException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive (the format of npm tarballs: ustar, with pax or GNU
 * long-name headers at most). Small enough that the build needs no archive library for the few files it takes.
 */
public final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    /** @return the wanted files' contents by path inside the archive, in path order */
    public static Map<String, byte[]> read(Path archive, Predicate<String> wanted) {
        Map<String, byte[]> files = new TreeMap<>();
        walk(archive, wanted, (name, content) -> files.put(name, content.readAllBytes()));
        return files;
    }

    /**
     * Streams each listed entry to its file (large entries such as a Node.js binary never sit in memory whole).
     *
     * @param targets destination file by path inside the archive
     * @return how many of the listed entries the archive held
     */
    public static int extract(Path archive, Map<String, Path> targets) {
        int[] extracted = {0};
        walk(archive, targets::containsKey, (name, content) -> {
            Path target = targets.get(name);
            Files.createDirectories(target.getParent());
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            extracted[0]++;
        });
        return extracted[0];
    }

    private interface EntryConsumer {
        void accept(String name, InputStream content) throws IOException;
    }

    private static void walk(Path archive, Predicate<String> wanted, EntryConsumer consumer) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
            String longName = null;
            byte[] header = new byte[BLOCK];
            while (readFully(in, header) && !isZero(header)) {
                String name = longName != null ? longName : name(header);
                longName = null;
                long size = octal(header, 124, 12);
                byte type = header[156];
                if (type == 'L' || type == 'x') {
                    byte[] content = readEntry(in, archive, name, size);
                    longName = type == 'L' ? cString(content, 0, content.length) : paxPath(content);
                } else if ((type == '0' || type == 0) && wanted.test(name)) {
                    requireInside(archive, name);
                    BoundedInput content = new BoundedInput(in, size);
                    consumer.accept(name, content);
                    content.skipRest();
                    if (content.remaining > 0) {
                        throw new BuildException(archive + ": truncated tar entry " + name);
                    }
                } else {
                    in.skipNBytes(size);
                }
                in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
            }
        } catch (IOException | ArithmeticException e) {
            throw new BuildException(archive + ": cannot read the tar.gz archive (" + e.getMessage() + ")", e);
        }
    }

    /**
     * An entry whose path is absolute or climbs with {@code ..} would be written outside the folder the caller
     * unpacks into (a "zip slip"); a pinned tarball never has one, so it fails the build instead of being skipped.
     */
    private static void requireInside(Path archive, String name) {
        if (name.startsWith("/") || name.contains("\\") || Arrays.asList(name.split("/")).contains("..")) {
            throw new BuildException(archive + ": the entry '" + name + "' points outside the package folder;"
                    + " refusing to unpack it. Check where the tarball came from and its pin.");
        }
    }

    private static byte[] readEntry(InputStream in, Path archive, String name, long size) throws IOException {
        byte[] content = in.readNBytes(Math.toIntExact(size));
        if (content.length != size) {
            throw new BuildException(archive + ": truncated tar entry " + name);
        }
        return content;
    }

    /** One entry's bytes: reading stops at its end, and closing it leaves the archive stream open. */
    private static final class BoundedInput extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInput(InputStream in, long size) {
            this.in = in;
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        void skipRest() throws IOException {
            byte[] buffer = new byte[8192];
            while (remaining > 0 && read(buffer, 0, buffer.length) > 0) {
                // drains what the consumer left unread
            }
        }

        @Override
        public void close() {
            // the archive stream stays open for the next entry
        }
    }

    private static String name(byte[] header) {
        String name = cString(header, 0, 100);
        String prefix = cString(header, 345, 155);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** A pax extended header's {@code path} record, or null when it has none. */
    private static String paxPath(byte[] content) {
        for (String record : new String(content, StandardCharsets.UTF_8).split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] bytes, int offset, int length) {
        String text = cString(bytes, offset, length).trim();
        return text.isEmpty() ? 0 : Long.parseLong(text, 8);
    }

    private static boolean readFully(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, block.length);
        return read == block.length;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
