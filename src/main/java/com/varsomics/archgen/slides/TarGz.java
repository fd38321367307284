package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive (the format of npm tarballs: ustar, with pax or GNU
 * long-name headers at most). Small enough that the build needs no archive library for the few files it takes.
 */
final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    /** @return the wanted files' contents by path inside the archive, in path order */
    static Map<String, byte[]> read(Path archive, Predicate<String> wanted) {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
            String longName = null;
            byte[] header = new byte[BLOCK];
            while (readFully(in, header) && !isZero(header)) {
                String name = longName != null ? longName : name(header);
                longName = null;
                long size = octal(header, 124, 12);
                byte type = header[156];
                byte[] content = in.readNBytes(Math.toIntExact(size));
                if (content.length != size) {
                    throw new BuildException(archive + ": truncated tar entry " + name);
                }
                in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
                if (type == 'L') {
                    longName = cString(content, 0, content.length);
                } else if (type == 'x') {
                    longName = paxPath(content);
                } else if ((type == '0' || type == 0) && wanted.test(name)) {
                    files.put(requireInside(archive, name), content);
                }
            }
            return files;
        } catch (IOException | ArithmeticException e) {
            throw new BuildException(archive + ": cannot read the tar.gz archive (" + e.getMessage() + ")", e);
        }
    }

    /**
     * An entry whose path is absolute or climbs with {@code ..} would be written outside the folder the caller
     * unpacks into (a "zip slip"); a pinned tarball never has one, so it fails the build instead of being skipped.
     */
    private static String requireInside(Path archive, String name) {
        if (name.startsWith("/") || name.contains("\\") || Arrays.asList(name.split("/")).contains("..")) {
            throw new BuildException(archive + ": the entry '" + name + "' points outside the package folder;"
                    + " refusing to unpack it. Check where the tarball came from and its pin.");
        }
        return name;
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
