package com.varsomics.archgen.build;

import java.net.URISyntaxException;
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
        Path code = codeLocation();
        if (Files.isDirectory(code)) {
            version.files(FileSet.except(code, code.resolve(CDK_APP_CLASSES)));
        } else {
            version.files(FileSet.of(code));
        }
        return version.hex();
    }

    /** The folder the generator's classes are loaded from, when it runs from classes rather than a jar. */
    public static Optional<Path> classesDirectory() {
        Path code = codeLocation();
        return Files.isDirectory(code) ? Optional.of(code) : Optional.empty();
    }

    private static Path codeLocation() {
        try {
            return Path.of(GeneratorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the generator's code location is not a file: " + e.getMessage(), e);
        }
    }
}
