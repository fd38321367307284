package com.varsomics.archgen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The browser tests (*BrowserIT) drive Debian's headless Chromium through chromedriver. Where either is missing they
 * fail, with one line saying what to install and no stack trace: {@code ./mvnw verify} checks what a reviewer sees.
 */
public final class BrowserPrerequisites {

    private BrowserPrerequisites() {
    }

    public static void requireInstalled(Optional<Path> chromium, Path chromedriver) {
        if (chromium.filter(Files::isExecutable).isEmpty() || !Files.isExecutable(chromedriver)) {
            throw new MissingPrerequisite("The browser tests need Chromium and chromedriver (" + chromedriver + "): install Debian's "
                    + "packages (apt-get install chromium chromium-driver; .ci/run does) and run ./mvnw verify again.");
        }
    }

    /** A failure whose message is all there is to say: no stack trace in the report. */
    static final class MissingPrerequisite extends AssertionError {
        MissingPrerequisite(String message) {
            super(message);
            setStackTrace(new StackTraceElement[0]);
        }
    }
}
