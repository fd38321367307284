package com.varsomics.archgen.npm;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * An npm package pinned by version and by npm's Subresource Integrity hash (the {@code dist.integrity} that
 * {@code npm view <name>@<version> dist.integrity} prints). No Maven artifact carries reveal.js 4 or 5 (the
 * WebJars on Maven Central stop at 3.x) or a Node.js binary, so the build takes the npm tarball, and trusts it only
 * when its SHA-512 equals the pin: a changed tarball, a wrong version or a tampered cache fails the build instead of shipping.
 *
 * @param name      npm package name, possibly scoped ({@code @fontsource/source-code-pro})
 * @param version   exact version
 * @param integrity {@code sha512-<base64>}
 */
public record NpmPackage(String name, String version, String integrity) {

    private static final String SHA512 = "sha512-";

    public NpmPackage {
        if (!integrity.startsWith(SHA512)) {
            throw new IllegalArgumentException(name + "@" + version + ": integrity must be npm's sha512-<base64>, not " + integrity);
        }
    }

    /** What {@code npm pack} names the tarball: the scope's {@code @} dropped and its {@code /} turned into {@code -}. */
    public String tarballName() {
        return name.replace("@", "").replace('/', '-') + "-" + version + ".tgz";
    }

    /** Where the registry serves the tarball, relative to the registry URL ({@code <name>/-/<basename>-<version>.tgz}). */
    public String registryPath() {
        return name + "/-/" + name.substring(name.lastIndexOf('/') + 1) + "-" + version + ".tgz";
    }

    public String spec() {
        return name + "@" + version;
    }

    /** Whether the file is exactly the pinned tarball. */
    public boolean matches(Path tarball) {
        return integrity.equals(integrityOf(tarball));
    }

    /** Fails unless the file is exactly the pinned tarball. */
    public void verify(Path tarball) {
        String actual = integrityOf(tarball);
        if (!integrity.equals(actual)) {
            throw new BuildException(tarball + ": checksum mismatch for " + spec() + ": expected " + integrity + ", got " + actual
                    + ". Delete the file and build again; if the registry serves the same bytes again, the pin is wrong "
                    + "(check it with: npm view " + spec() + " dist.integrity).");
        }
    }

    static String integrityOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return SHA512 + Base64.getEncoder().encodeToString(digest.digest());
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-512", e);
        }
    }

    @Override
    public String toString() {
        return spec() + " (" + integrity.substring(0, Math.min(integrity.length(), 20)).toLowerCase(Locale.ROOT) + "…)";
    }
}
