package com.varsomics.archgen.k8s;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build stage for deploy/k8s: renders every overlay to {@code build/k8s/<overlay>.yaml} (what the pipeline's
 * {@code kubectl apply -k} sends), parses it strictly and runs every rule; fails with all findings of all overlays.
 */
public final class KubernetesOverlays {

    /** The overlays, one folder each, relative to the project. */
    public static final Path OVERLAYS = Path.of("deploy", "k8s", "overlays");

    private final Path projectDirectory;
    private final Path outputDirectory;

    public KubernetesOverlays(Path projectDirectory, Path outputDirectory) {
        this.projectDirectory = projectDirectory;
        this.outputDirectory = outputDirectory;
    }

    /** @return the rendered files, one per overlay, in name order */
    public List<Path> renderAndCheck(ArchitectureModel model) {
        KustomizeRenderer renderer = new KustomizeRenderer(projectDirectory);
        KubernetesValidator validator = KubernetesValidator.standard(model);
        StrictManifestParser parser = new StrictManifestParser();
        List<Path> written = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path directory : overlayDirectories()) {
            RenderedOverlay rendered = renderer.render(directory.getFileName().toString(), directory);
            written.add(write(rendered));
            StrictManifestParser.Result parsed = parser.parse(rendered);
            findings.addAll(parsed.findings());
            if (parsed.findings().isEmpty()) {
                findings.addAll(validator.findings(parsed.overlay()));
            }
        }
        if (!findings.isEmpty()) {
            throw new ValidationException("The Kubernetes manifests have", OverlayFindings.merge(findings));
        }
        return written;
    }

    private List<Path> overlayDirectories() {
        Path overlays = projectDirectory.resolve(OVERLAYS);
        try (Stream<Path> entries = Files.isDirectory(overlays) ? Files.list(overlays) : Stream.empty()) {
            List<Path> directories = entries.filter(Files::isDirectory).sorted().toList();
            if (directories.isEmpty()) {
                throw new BuildException(OVERLAYS + ": no overlay folders. The build expects one Kustomize overlay per "
                        + "environment (staging, prod).");
            }
            return directories;
        } catch (IOException e) {
            throw new BuildException(OVERLAYS + ": cannot list the overlays (" + e.getMessage() + ").", e);
        }
    }

    private Path write(RenderedOverlay rendered) {
        Path file = outputDirectory.resolve(rendered.name() + ".yaml");
        try {
            Files.createDirectories(outputDirectory);
            Files.writeString(file, rendered.toYaml(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new BuildException(file + ": cannot write the rendered overlay (" + e.getMessage() + ").", e);
        }
    }
}
