package com.varsomics.archgen.model;

import com.varsomics.archgen.check.Location;
import java.nio.file.Path;

/** A line in a DSL file, printed the way compilers do (`workspace.dsl:42`) so editors can jump to it. */
public record SourceLocation(Path file, int line) {

    /** The same place as a finding's location. */
    public Location asLocation() {
        return Location.of(file, line);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
