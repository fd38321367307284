package com.varsomics.archgen.slides;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds Debian's Chromium and says how to start it headless on a machine whose only network is the package
 * registries: without the background-networking flags, Chromium keeps trying Google's services at every start.
 */
public final class Chromium {

    /** Every headless start uses these, plus a fresh {@code --user-data-dir}. */
    public static final List<String> HEADLESS_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1");

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private Chromium() {
    }

    /** The browser binary: {@code $CHROMIUM} when set, else the first of chromium, chromium-browser, google-chrome on the PATH. */
    public static Optional<Path> binary() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String searchPath = System.getenv().getOrDefault("PATH", "");
        return NAMES.stream()
                .flatMap(name -> Stream.of(searchPath.split(java.io.File.pathSeparator)).filter(dir -> !dir.isBlank())
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
