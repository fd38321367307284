package com.varsomics.archgen.site;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A third-party script the site ships, pinned by version and SHA-256: the build copies it into the site only if
 * its bytes are exactly the reviewed ones, so an upgrade is always a deliberate change here.
 *
 * @param name     the library, as the site credits it
 * @param version  the pinned version
 * @param resource classpath resource holding it (a WebJar, or src/main/resources/site/vendor)
 * @param sitePath where the site serves it
 * @param sha256   hex SHA-256 of the file
 * @param origin   where the file comes from, for the person upgrading it
 * @param license  classpath resource of its licence, shipped beside it ({@code <sitePath>.LICENSE.txt})
 */
public record BundledScript(String name, String version, String resource, String sitePath, String sha256, String origin,
                            String license) {

    /** Lunr, the full-text search; Maven Central WebJar {@code org.webjars.npm:lunr} (version in the pom). */
    public static final BundledScript LUNR = new BundledScript("Lunr", "2.3.9",
            "/META-INF/resources/webjars/lunr/2.3.9/lunr.min.js", "assets/vendor/lunr-2.3.9.min.js",
            "0c50d9002b85780a842afffb567bb54ede402dae7c6dc5997a018614d8044fc8",
            "WebJar org.webjars.npm:lunr:2.3.9 (MIT)", "/META-INF/resources/webjars/lunr/2.3.9/LICENSE");

    /**
     * svg-pan-zoom, for zoom and pan on large views. No WebJar of it is on Maven Central, so the file of the npm
     * package {@code svg-pan-zoom@3.6.2} ({@code dist/svg-pan-zoom.min.js}, BSD-2-Clause, licence beside it) is
     * kept in src/main/resources/site/vendor.
     */
    public static final BundledScript SVG_PAN_ZOOM = new BundledScript("svg-pan-zoom", "3.6.2",
            "/site/vendor/svg-pan-zoom-3.6.2/svg-pan-zoom.min.js", "assets/vendor/svg-pan-zoom-3.6.2.min.js",
            "9c8fc41b3359e699990766dd7a943595d234a80c880a90dfc14b920a273b99d8",
            "npm svg-pan-zoom@3.6.2, dist/svg-pan-zoom.min.js (BSD-2-Clause)", "/site/vendor/svg-pan-zoom-3.6.2/LICENSE");

    /** Every script the site ships. */
    public static final java.util.List<BundledScript> ALL = java.util.List.of(LUNR, SVG_PAN_ZOOM);

    /** The pinned bytes; fails naming the file and both checksums when they differ. */
    public byte[] bytes() {
        byte[] bytes = read(resource);
        String actual = sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new BuildException(resource + ": " + name + " " + version + " has SHA-256 " + actual + ", but the site pins " + sha256
                    + ". If the upgrade is intended, review the file and update BundledScript.");
        }
        return bytes;
    }

    /** The licence text that must travel with the file. */
    public byte[] licenseBytes() {
        return read(license);
    }

    private byte[] read(String path) {
        try (InputStream in = BundledScript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new BuildException(name + " " + version + ": " + path + " is missing from the classpath; it comes from " + origin + ".");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BuildException(path + ": cannot read " + name + " (" + e.getMessage() + ")", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
