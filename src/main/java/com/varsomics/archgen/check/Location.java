package com.varsomics.archgen.check;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a finding points: a file relative to the project ({@code workspace.dsl}, {@code deploy/k8s/base/api.yaml})
 * and a line, printed the way compilers do ({@code workspace.dsl:42}) so editors can jump to it.
 *
 * @param file the file, "" when the finding names none (see {@link #NONE})
 * @param line 1-based, or {@link #NO_LINE} when only the file is known
 */
public record Location(String file, int line) {

    public static final int NO_LINE = 0;

    /** A finding about the whole project or a count, not about one file. */
    public static final Location NONE = new Location("", NO_LINE);

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line " + line + " is negative");
        }
        file = file.replace('\\', '/');
    }

    public static Location of(Path file, int line) {
        return new Location(file.toString(), line);
    }

    public static Location of(Path file) {
        return new Location(file.toString(), NO_LINE);
    }

    public static Location of(String file, int line) {
        return new Location(file, line);
    }

    public static Location of(String file) {
        return new Location(file, NO_LINE);
    }

    public boolean known() {
        return !file.isEmpty();
    }

    public boolean hasLine() {
        return line != NO_LINE;
    }

    @Override
    public String toString() {
        return hasLine() ? file + ":" + line : file;
    }
}
