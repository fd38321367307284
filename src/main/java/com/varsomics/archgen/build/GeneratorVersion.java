package com.varsomics.archgen.build;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The generator's own version, part of every stage's key: a digest of its compiled classes and resources (so any
 * change to the code or a template re-renders), of {@code pom.xml} (pinned dependency versions) and of the Java
 * runtime. The CDK app's classes ({@code com/varsomics/infra}) are left out: they are an input of the synthesis
 * stage only, so editing a construct re-synthesizes without re-rendering the document.
 */
public final class GeneratorVersion {

    /** The CDK app's classes inside the generator's classes folder. */
    public static final Path CDK_APP_CLASSES = Path.of("com", "varsomics", "infra");

    private GeneratorVersion() {
    }

    public static String of(Path projectDirectory) {
        Fingerprint version = new Fingerprint(projectDirectory)
                .value("java", Runtime.version().toString())
                .files(FileSet.of(projectDirectory.resolve("pom.xml")));
        return version.value("code", LoadedCode.GENERATOR).hex();
    }

    /** The CDK app's compiled classes, when the generator runs from a classes folder (not a jar). */
    public static Optional<String> cdkAppClassesDigest() {
        return LoadedCode.CDK_APP;
    }

    /**
     * The code digests, taken once per JVM: they must describe the classes this JVM runs, not classes compiled on
     * disk later (the live preview keeps running across compiles), or a stamp would vouch for output of older code.
     * Files are named relative to the code's own folder, so a copy of the project elsewhere keeps its cache valid.
     */
    private static final class LoadedCode {
        static final String GENERATOR;
        static final Optional<String> CDK_APP;

        static {
            Path code = codeLocation();
            GENERATOR = Files.isDirectory(code)
                    ? Fingerprint.of(code, FileSet.except(code, code.resolve(CDK_APP_CLASSES)))
                    : Fingerprint.of(code.getParent(), FileSet.of(code));
            CDK_APP = classesDirectory().map(classes -> Fingerprint.of(classes, FileSet.of(classes.resolve(CDK_APP_CLASSES))));
        }
    }

    /** The folder the generator's classes are loaded from, when it runs from classes rather than a jar. */
    public static Optional<Path> classesDirectory() {
        Path code = codeLocation();
        return Files.isDirectory(code) ? Optional.of(code) : Optional.empty();
    }

    /**
     * The classes folder or jar the generator runs from, found through its own class file (under exec:java the class
     * loader gives no code source).
     */
    static Path codeLocation() {
        String resource = GeneratorVersion.class.getName().replace('.', '/') + ".class";
        URL url = GeneratorVersion.class.getClassLoader().getResource(resource);
        try {
            if (url != null && url.getProtocol().equals("file")) {
                Path root = Path.of(url.toURI());
                for (int level = 0; level < resource.split("/").length; level++) {
                    root = root.getParent();
                }
                return root;
            }
            if (url != null && url.getProtocol().equals("jar")) {
                String path = url.getPath();
                return Path.of(new URI(path.substring(0, path.indexOf("!/"))));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the generator's code location is not a file: " + url, e);
        }
        throw new IllegalStateException("the generator runs from neither a folder nor a jar: " + url);
    }
}
