package com.varsomics.archgen;

/**
 * A problem in the build's inputs that a person must fix. The message always says where (file and line,
 * or the element) and what to do; the build prints it and fails.
 */
public class BuildException extends RuntimeException {

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
