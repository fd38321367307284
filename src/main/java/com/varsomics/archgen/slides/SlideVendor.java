package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.npm.NpmPackage;
import com.varsomics.archgen.npm.NpmPackageCache;
import com.varsomics.archgen.npm.TarGz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third-party files the deck ships, each from a pinned npm package: reveal.js (with the speaker-notes plugin),
 * its Source Sans Pro font and the Source Code Pro font for commands, both as WOFF2 only. Only the files the deck loads
 * are copied (not the other themes, some of which import fonts from the web), with the packages' licenses.
 */
public final class SlideVendor {

    /**
     * reveal.js 5.0.x: the newest line that asciidoctor-revealjs 5.1.0 supports (4.x–5.0; 6 changed the layout of
     * the distribution). Its tarball's dist banner says 5.0.4; package.json says 5.0.5, which is what is checked.
     */
    public static final NpmPackage REVEAL_JS = new NpmPackage("reveal.js", "5.0.5",
            "sha512-MPWPV/cRlkZhh72dAGYv/bUCr9ulwM2/ucCqiL/KN4tvhb6VvN49iwOyWHE08wppj8lMQXi2xbS3kyKgfyTYqg==");

    /** Monospace font for commands and identifiers (SIL Open Font License), latin subset. */
    public static final NpmPackage SOURCE_CODE_PRO = new NpmPackage("@fontsource/source-code-pro", "5.3.1",
            "sha512-qsJEkwJWXYP/9clmtt3BsIlZ+Lr4cuRgNAgu0vyZdCgESMRMhRkAmEFFHHNM81VdeURqg5D5+Rr3bALDFav78A==");

    /**
     * reveal.js's own theme font, Source Sans Pro, as WOFF2 (latin subset, which covers pt-BR): reveal.js ships it only
     * as EOT, TTF and WOFF (1.8 MB); these four files are 60 KB.
     */
    public static final NpmPackage SOURCE_SANS_PRO = new NpmPackage("@fontsource/source-sans-pro", "5.3.0",
            "sha512-nd96qXI4stbyRPNEygS2cNhMkAc1kkW9+ORmIOK0oelPTyiitRPk/+9+HUuUYuEjwRRkK/+Gat2J9/NMJest/A==");

    /** The folder of the deck that holds reveal.js, the converter's {@code revealjsdir} (relative, so file:// works). */
    public static final String REVEAL_JS_FOLDER = "reveal.js";

    private static final String PACKAGE_ROOT = "package/";
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");

    /** Where reveal.js's white.css imports its font stylesheet from ({@code @import url(./fonts/source-sans-pro/…)}). */
    private static final String SOURCE_SANS_PRO_FOLDER = "dist/theme/fonts/source-sans-pro";
    /** reveal.js's font stylesheet, pointing at the WOFF2 files (regular and semibold, upright and italic). */
    private static final String SOURCE_SANS_PRO_CSS = """
            /* Source Sans Pro (SIL Open Font License, LICENSE), WOFF2 from @fontsource/source-sans-pro: written by the build
               in place of reveal.js's stylesheet of EOT, TTF and WOFF files. */
            %s""".formatted(String.join("", java.util.stream.Stream.of("400 normal", "400 italic", "600 normal", "600 italic")
            .map(face -> face.split(" ")).map(face -> """
                    @font-face {
                      font-family: 'Source Sans Pro';
                      font-style: %2$s;
                      font-weight: %1$s;
                      src: url('./files/source-sans-pro-latin-%1$s-%2$s.woff2') format('woff2');
                    }
                    """.formatted(face[0], face[1])).toList()));

    /** Which files of which package go to which folder of the deck; a path ending in / takes the whole folder. */
    private record Selection(NpmPackage pinned, String destination, List<String> paths) {
    }

    private static final List<Selection> SELECTIONS = List.of(
            new Selection(REVEAL_JS, REVEAL_JS_FOLDER, List.of("LICENSE", "dist/reset.css", "dist/reveal.css", "dist/reveal.js",
                    "dist/theme/white.css", "plugin/notes/notes.js")),
            // where white.css imports it from; SOURCE_SANS_PRO_CSS replaces reveal.js's stylesheet of EOT/TTF/WOFF files
            new Selection(SOURCE_SANS_PRO, REVEAL_JS_FOLDER + "/" + SOURCE_SANS_PRO_FOLDER, List.of("LICENSE",
                    "files/source-sans-pro-latin-400-normal.woff2", "files/source-sans-pro-latin-400-italic.woff2",
                    "files/source-sans-pro-latin-600-normal.woff2", "files/source-sans-pro-latin-600-italic.woff2")),
            new Selection(SOURCE_CODE_PRO, "fontes/source-code-pro", List.of("LICENSE",
                    "files/source-code-pro-latin-400-normal.woff2", "files/source-code-pro-latin-600-normal.woff2")));


    private final NpmPackageCache cache;

    public SlideVendor(NpmPackageCache cache) {
        this.cache = cache;
    }

    /** Copies the selected files into the deck folder after checking each tarball's checksum and version. */
    public void writeTo(Path deckDirectory) {
        for (Selection selection : SELECTIONS) {
            Path tarball = cache.tarball(selection.pinned());
            Map<String, byte[]> files = TarGz.read(tarball, name -> name.equals(PACKAGE_ROOT + "package.json") || selected(selection, name));
            checkVersion(selection.pinned(), tarball, files.get(PACKAGE_ROOT + "package.json"));
            for (String wanted : selection.paths()) {
                if (files.keySet().stream().noneMatch(name -> name.startsWith(PACKAGE_ROOT + wanted))) {
                    throw new BuildException(tarball + ": has no " + wanted + "; SlideVendor.SELECTIONS lists a file that "
                            + selection.pinned().spec() + " does not ship.");
                }
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (selected(selection, file.getKey())) {
                    write(deckDirectory.resolve(selection.destination()).resolve(file.getKey().substring(PACKAGE_ROOT.length())), file.getValue());
                }
            }
        }
        write(deckDirectory.resolve(REVEAL_JS_FOLDER).resolve(SOURCE_SANS_PRO_FOLDER).resolve("source-sans-pro.css"),
                SOURCE_SANS_PRO_CSS.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean selected(Selection selection, String name) {
        return selection.paths().stream().anyMatch(path -> path.endsWith("/")
                ? name.startsWith(PACKAGE_ROOT + path) : name.equals(PACKAGE_ROOT + path));
    }

    private static void checkVersion(NpmPackage pinned, Path tarball, byte[] packageJson) {
        Matcher version = VERSION.matcher(packageJson == null ? "" : new String(packageJson, StandardCharsets.UTF_8));
        String found = version.find() ? version.group(1) : "no version";
        if (!found.equals(pinned.version())) {
            throw new BuildException(tarball + ": package.json says " + found + ", the pin says " + pinned.version()
                    + ". Fix the pin in SlideVendor.");
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
