package com.varsomics.archgen.diagrams;

/**
 * An official AWS icon from PlantUML's bundled awslib14 library.
 *
 * @param path   the include path inside awslib14, e.g. {@code Storage/SimpleStorageService}
 * @param colour the AWS Architecture Icons category colour, e.g. {@code #7AA116}
 */
public record AwsIcon(String path, String colour) {

    /** The sprite the include file defines: its last path segment. */
    public String spriteName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The {@code !include} argument. */
    public String include() {
        return "<awslib14/" + path + ">";
    }
}
