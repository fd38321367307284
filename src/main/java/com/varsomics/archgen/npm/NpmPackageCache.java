package com.varsomics.archgen.npm;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps pinned npm tarballs in a folder and fetches a missing one with the npm client ({@code npm pack}, which also
 * honours the user's npm settings and keeps its own offline cache). Where npm is not installed, the tarball is
 * downloaded from the npm registry over HTTPS. Either way only a tarball with the pinned checksum is returned, so a
 * machine without network can be served by copying the file into the folder.
 */
public final class NpmPackageCache {

    /** npm's own default; {@code npm_config_registry} overrides it as it does for npm. */
    static final String DEFAULT_REGISTRY = "https://registry.npmjs.org/";

    private static final long TIMEOUT_SECONDS = 300;

    private final Path directory;
    private final String npm;
    private final URI registry;

    public NpmPackageCache(Path directory) {
        this(directory, "npm", configuredRegistry());
    }

    NpmPackageCache(Path directory, String npmCommand, URI registry) {
        this.directory = directory;
        this.npm = npmCommand;
        this.registry = registry;
    }

    /** @return the verified tarball of the package */
    public Path tarball(NpmPackage pinned) {
        Path tarball = directory.resolve(pinned.tarballName());
        if (Files.isRegularFile(tarball) && pinned.matches(tarball)) {
            return tarball;
        }
        fetch(pinned, tarball);
        if (!Files.isRegularFile(tarball)) {
            throw new BuildException("npm pack " + pinned.spec() + " wrote no " + tarball + ".");
        }
        pinned.verify(tarball);
        return tarball;
    }

    private void fetch(NpmPackage pinned, Path tarball) {
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(tarball);
            if (!pack(pinned)) {
                download(pinned, tarball);
            }
        } catch (IOException e) {
            throw new BuildException("Cannot fetch " + pinned.spec() + " into " + directory + " (" + e.getMessage() + "). " + remedy(pinned), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("Interrupted while fetching " + pinned.spec() + ".", e);
        }
    }

    /** @return false when npm is not installed */
    private boolean pack(NpmPackage pinned) throws IOException, InterruptedException {
        Path log = Files.createTempFile("npm-pack", ".log");
        try {
            Process process;
            try {
                process = new ProcessBuilder(packCommand(pinned)).directory(directory.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException notInstalled) {
                return false;
            }
            awaitPack(pinned, process, log);
            return true;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private List<String> packCommand(NpmPackage pinned) {
        return List.of(npm, "pack", pinned.spec(), "--pack-destination", directory.toString(),
                "--prefer-offline", "--ignore-scripts", "--silent");
    }

    private void awaitPack(NpmPackage pinned, Process process, Path log) throws IOException, InterruptedException {
        String command = String.join(" ", packCommand(pinned));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new BuildException(command + " did not finish in " + TIMEOUT_SECONDS + " s.");
        }
        if (process.exitValue() != 0) {
            throw new BuildException(command + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(log, StandardCharsets.UTF_8).strip() + " " + remedy(pinned));
        }
    }

    /** What {@code npm pack} would fetch, without npm: the registry's tarball URL, written to a temporary file first. */
    private void download(NpmPackage pinned, Path tarball) throws IOException, InterruptedException {
        URI uri = registry.resolve(pinned.registryPath());
        Path partial = Files.createTempFile(directory, pinned.tarballName(), ".part");
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build()) {
            HttpResponse<Path> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build(),
                    HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new BuildException("GET " + uri + " answered HTTP " + response.statusCode() + ". " + remedy(pinned));
            }
            Files.move(partial, tarball, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static URI configuredRegistry() {
        String configured = System.getenv("npm_config_registry");
        String registry = configured == null || configured.isBlank() ? DEFAULT_REGISTRY : configured.strip();
        return URI.create(registry.endsWith("/") ? registry : registry + "/");
    }

    private String remedy(NpmPackage pinned) {
        return "Check the network (or the npm registry setting), or put the tarball " + pinned.tarballName()
                + " (" + pinned.integrity() + ") into " + directory + ".";
    }
}
