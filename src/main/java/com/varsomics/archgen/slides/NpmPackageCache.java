package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps pinned npm tarballs in a folder (by default {@code build/cache/npm}) and fetches a missing one with the npm
 * client ({@code npm pack}, which also keeps its own offline cache). A tarball already in the folder with the right
 * checksum needs no npm at all, so a machine without Node.js can be served by copying the file there.
 */
public final class NpmPackageCache {

    private static final long TIMEOUT_SECONDS = 300;

    private final Path directory;
    private final String npm;

    public NpmPackageCache(Path directory) {
        this(directory, "npm");
    }

    NpmPackageCache(Path directory, String npmCommand) {
        this.directory = directory;
        this.npm = npmCommand;
    }

    /** @return the verified tarball of the package */
    public Path tarball(NpmPackage pinned) {
        Path tarball = directory.resolve(pinned.tarballName());
        if (Files.isRegularFile(tarball) && pinned.matches(tarball)) {
            return tarball;
        }
        fetch(pinned);
        if (!Files.isRegularFile(tarball)) {
            throw new BuildException("npm pack " + pinned.spec() + " wrote no " + tarball + ".");
        }
        pinned.verify(tarball);
        return tarball;
    }

    private void fetch(NpmPackage pinned) {
        List<String> command = List.of(npm, "pack", pinned.spec(), "--pack-destination", directory.toString(),
                "--prefer-offline", "--ignore-scripts", "--silent");
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(pinned.tarballName()));
            Path log = Files.createTempFile("npm-pack", ".log");
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new BuildException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s.");
                }
                if (process.exitValue() != 0) {
                    throw new BuildException(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
                            + Files.readString(log, StandardCharsets.UTF_8).strip() + "\n" + remedy(pinned));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new BuildException("Cannot run '" + npm + "' to fetch " + pinned.spec() + " (" + e.getMessage() + "). " + remedy(pinned), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("Interrupted while fetching " + pinned.spec() + ".", e);
        }
    }

    private String remedy(NpmPackage pinned) {
        return "Install Node.js with npm (Debian: apt-get install npm), or put the tarball " + pinned.tarballName()
                + " (" + pinned.integrity() + ") into " + directory + ".";
    }
}
