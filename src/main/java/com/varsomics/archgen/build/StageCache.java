package com.varsomics.archgen.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.Stage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Skips a stage whose inputs and generator are the same as when it last completed and whose outputs are still the
 * files it wrote. Each stage has a stamp, {@code build/cache/stages/<stage>.json}: the key (a digest of the generator
 * version, the stage name and everything the stage reads), a digest of each of its outputs and what it hands to later
 * stages. The stamp is removed before the stage runs and written, atomically, only after it succeeded, so an
 * interrupted or failed stage runs again next time.
 */
public final class StageCache {

    /** What a completed stage left: its key, a digest per output and its kept state. */
    record Stamp(String key, Map<String, String> outputs, String state) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Path projectDirectory;
    private final String generatorVersion;

    /**
     * @param directory        where stamps are written ({@code build/cache/stages})
     * @param projectDirectory the folder file names in keys are relative to
     * @param generatorVersion see {@link GeneratorVersion}
     */
    public StageCache(Path directory, Path projectDirectory, String generatorVersion) {
        this.directory = directory;
        this.projectDirectory = projectDirectory;
        this.generatorVersion = generatorVersion;
    }

    /** The standard cache of a build: {@code <build>/cache/stages}, keyed by this generator's version. */
    public static StageCache of(BuildContext context) {
        return new StageCache(context.buildDirectory().resolve("cache").resolve("stages"), context.projectDirectory(),
                GeneratorVersion.of(context.projectDirectory()));
    }

    /**
     * Runs the stage unless it is unchanged.
     *
     * @return true when the stage ran, false when it was skipped (its state handed on to later stages)
     */
    public boolean run(Stage stage, CachePolicy policy, BuildContext context) {
        String key = key(stage.name(), policy, context);
        Path stamp = stampFile(stage.name(), policy, context);
        Optional<Stamp> recorded = read(stamp);
        if (recorded.isPresent() && recorded.get().key().equals(key)
                && recorded.get().outputs().equals(outputDigests(policy, context)) && restored(policy, context, recorded.get())) {
            return false;
        }
        delete(stamp);
        stage.run(context);
        write(stamp, new Stamp(key, outputDigests(policy, context), policy.save().apply(context)));
        return true;
    }

    /** The key of a stage as it would be computed now. */
    public String key(String stageName, CachePolicy policy, BuildContext context) {
        Fingerprint key = new Fingerprint(projectDirectory).value("generator", generatorVersion).value("stage", stageName)
                .value("variant", policy.variant().apply(context));
        policy.inputs().accept(context, key);
        return key.hex();
    }

    /** The stamp file of a stage in this build: {@code <stage>.json}, or {@code <stage>-<variant>.json}. */
    public Path stampFile(String stageName, CachePolicy policy, BuildContext context) {
        String variant = policy.variant().apply(context);
        return stampFile(variant.isEmpty() ? stageName : stageName + " " + variant);
    }

    /** The stamp file of a stage's normal variant. */
    public Path stampFile(String stageName) {
        return directory.resolve(stageName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".json");
    }

    private Map<String, String> outputDigests(CachePolicy policy, BuildContext context) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (FileSet output : policy.outputs().apply(context)) {
            Path root = output.root().toAbsolutePath().normalize();
            String name = (root.startsWith(projectDirectory.toAbsolutePath().normalize())
                    ? projectDirectory.toAbsolutePath().normalize().relativize(root) : root).toString();
            digests.put(name, Fingerprint.of(projectDirectory, output));
        }
        return digests;
    }

    private static boolean restored(CachePolicy policy, BuildContext context, Stamp stamp) {
        try {
            policy.restore().accept(context, stamp.state());
            return true;
        } catch (RuntimeException e) {
            System.out.printf(Locale.ROOT, "[archgen]   cached state unreadable (%s); running the stage again%n", e.getMessage());
            return false;
        }
    }

    private static Optional<Stamp> read(Path stamp) {
        if (!Files.isRegularFile(stamp)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(stamp.toFile(), Stamp.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged stamp only costs a re-run
        }
    }

    private static void delete(Path stamp) {
        try {
            Files.deleteIfExists(stamp);
        } catch (IOException e) {
            throw new BuildException(stamp + ": cannot remove the stage's cache stamp (" + e.getMessage()
                    + "). Delete build/cache and build again.", e);
        }
    }

    private static void write(Path stamp, Stamp content) {
        try {
            Files.createDirectories(stamp.getParent());
            Path temporary = Files.createTempFile(stamp.getParent(), stamp.getFileName().toString(), ".tmp");
            JSON.writeValue(temporary.toFile(), content);
            try {
                Files.move(temporary, stamp, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, stamp, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BuildException(stamp + ": cannot write the stage's cache stamp (" + e.getMessage() + ")", e);
        }
    }
}
