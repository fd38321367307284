package com.varsomics.archgen.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files a stage reads or writes: one file, or a folder's files (all levels, or only its top level), minus some
 * sub-paths. A stage that writes into a folder another stage reads (the slides' drawings inside
 * {@code build/diagrams}) is kept apart this way.
 *
 * @param root     a file or a folder; it may be absent (hashed as absent)
 * @param topLevel only the files directly inside {@code root}, no sub-folders
 * @param excluded paths under {@code root} left out, with everything below them
 * @param excludedSuffixes endings of file names left out (another stage's files in the same folder)
 */
public record FileSet(Path root, boolean topLevel, List<Path> excluded, List<String> excludedSuffixes) {

    public FileSet {
        excluded = List.copyOf(excluded);
        excludedSuffixes = List.copyOf(excludedSuffixes);
    }

    public FileSet(Path root, boolean topLevel, List<Path> excluded) {
        this(root, topLevel, excluded, List.of());
    }

    /** A file, or a folder with everything below it. */
    public static FileSet of(Path fileOrFolder) {
        return new FileSet(fileOrFolder, false, List.of());
    }

    /** A folder with everything below it, except the given paths. */
    public static FileSet except(Path folder, Path... excluded) {
        return new FileSet(folder, false, List.of(excluded));
    }

    /** The files directly inside a folder, not its sub-folders. */
    public static FileSet topLevelOf(Path folder) {
        return new FileSet(folder, true, List.of());
    }

    /** These files but those whose name ends with {@code suffix} (the PNGs another stage draws beside the SVGs). */
    public FileSet withoutSuffix(String suffix) {
        List<String> suffixes = new ArrayList<>(excludedSuffixes);
        suffixes.add(suffix);
        return new FileSet(root, topLevel, excluded, suffixes);
    }

    boolean includes(Path file) {
        if (topLevel && !file.getParent().equals(root)) {
            return false;
        }
        String name = file.getFileName().toString();
        return excluded.stream().noneMatch(file::startsWith) && excludedSuffixes.stream().noneMatch(name::endsWith);
    }
}
