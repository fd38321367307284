package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pinning, caching and unpacking of npm tarballs, on a three-file package under src/test/resources/slides/npm. */
class NpmPackageTest {

    private static final Path FAKE = Path.of("src/test/resources/slides/npm/fake-1.0.0.tgz");
    private static final NpmPackage PINNED = new NpmPackage("fake", "1.0.0",
            "sha512-QRSjiVyhKoJ5zepiNfGtNIhhXy5uYFYsS8NSuTGhRbw8/AtQYPool+SadsqFDn4pUbKPHVF/aAEmOe/dGaFO1Q==");

    @Test
    void tarballName_IsWhatNpmPackWrites_ForScopedAndPlainNames() {
        assertThat(SlideVendor.SOURCE_CODE_PRO.tarballName()).isEqualTo("fontsource-source-code-pro-5.3.1.tgz");
        assertThat(SlideVendor.REVEAL_JS.tarballName()).isEqualTo("reveal.js-5.0.5.tgz");
    }

    @Test
    void cache_UsesAVerifiedTarballWithoutRunningNpm(@TempDir Path cache) throws IOException {
        Files.copy(FAKE, cache.resolve("fake-1.0.0.tgz"));

        assertThat(new NpmPackageCache(cache, "/nonexistent/npm").tarball(PINNED)).isEqualTo(cache.resolve("fake-1.0.0.tgz"));
    }

    @Test
    void cache_RefusesATamperedTarball_AndSaysHowToGetTheRightOne(@TempDir Path cache) throws IOException {
        Files.writeString(cache.resolve("fake-1.0.0.tgz"), "not the pinned bytes", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new NpmPackageCache(cache, "/nonexistent/npm").tarball(PINNED))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("Cannot run '/nonexistent/npm' to fetch fake@1.0.0")
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
    void tarGz_RefusesAnEntryThatClimbsOutOfThePackage() {
        Path escaping = Path.of("src/test/resources/slides/npm/escaping-1.0.0.tgz");

        assertThatThrownBy(() -> TarGz.read(escaping, name -> true)).isInstanceOf(BuildException.class)
                .hasMessageContaining("the entry 'package/dist/../../../escaped.js' points outside the package folder");
    }
}
