package com.varsomics.archgen.check;

import java.util.Objects;

/** Builds the finding a test expects from table cells ({@code @CsvSource} gives null for an empty cell). */
public final class ExpectedFinding {

    private ExpectedFinding() {
    }

    /** @param location {@code file:line}, {@code file}, or empty for {@link Location#NONE} */
    public static Finding of(String key, String location, String message, String remedy) {
        return new Finding(key, location(location), message, Objects.requireNonNullElse(remedy, ""));
    }

    public static Location location(String text) {
        if (text == null || text.isBlank()) {
            return Location.NONE;
        }
        int colon = text.lastIndexOf(':');
        return colon > 0 && text.substring(colon + 1).matches("\\d+")
                ? new Location(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)))
                : Location.of(text);
    }
}
