package com.varsomics.archgen.build;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over named values and file contents, for cache keys and output checks. Files are taken in a fixed order
 * and named relative to a base folder (the project), so the same contents give the same digest in any checkout;
 * modification times play no part (a touched but unchanged file is still a hit).
 */
public final class Fingerprint {

    private final Path base;
    private final MessageDigest digest = sha256();

    /** @param base the folder file names are written relative to (the project folder) */
    public Fingerprint(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** Adds a named value (a version, a flag, a list of stage names). */
    public Fingerprint value(String name, String value) {
        field("value", name);
        field("=", value);
        return this;
    }

    /** Adds every file of the set, each with its name and contents; an absent root counts as absent. */
    public Fingerprint files(FileSet files) {
        Path root = files.root().toAbsolutePath().normalize();
        field("files", name(root));
        if (!Files.exists(root)) {
            field("absent", "");
            return this;
        }
        for (Path file : regularFiles(root, files)) {
            field("file", name(file));
            content(file);
        }
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of one set of files alone. */
    public static String of(Path base, FileSet files) {
        return new Fingerprint(base).files(files).hex();
    }

    private static List<Path> regularFiles(Path root, FileSet files) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        FileSet normalized = new FileSet(root, files.topLevel(),
                files.excluded().stream().map(path -> path.toAbsolutePath().normalize()).toList(), files.excludedSuffixes());
        try (Stream<Path> walk = Files.walk(root, files.topLevel() ? 1 : Integer.MAX_VALUE)) {
            return walk.filter(Files::isRegularFile)
                    .filter(normalized::includes)
                    .sorted(Comparator.comparing(path -> root.relativize(path).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new BuildException(root + ": cannot list the files of a build cache key (" + e.getMessage() + ")", e);
        }
    }

    private String name(Path path) {
        Path shown = path.startsWith(base) ? base.relativize(path) : path;
        return shown.toString().replace('\\', '/');
    }

    private void field(String kind, String text) {
        byte[] bytes = (kind + ":" + text).getBytes(StandardCharsets.UTF_8);
        digest.update(lengthPrefix(bytes.length));
        digest.update(bytes);
    }

    private void content(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(lengthPrefix(Files.size(file)));
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read it for the build cache key (" + e.getMessage() + ")", e);
        }
    }

    /** A length before each field keeps "ab"+"c" and "a"+"bc" apart. */
    private static byte[] lengthPrefix(long length) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (length >>> (56 - 8 * i));
        }
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
