package com.varsomics.archgen;

import com.varsomics.archgen.slides.Chromium;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by chromedriver, for the browser tests (*BrowserIT): started with the flags the
 * build's own Chromium uses ({@link Chromium#HEADLESS_FLAGS}), a fresh profile, and the browser's console and network
 * log kept. Where Chromium or chromedriver is missing it fails, with one line saying what to install and no stack
 * trace: {@code ./mvnw verify} checks what a reviewer sees, it does not skip it.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * @param width     window width in CSS pixels
     * @param height    window height
     * @param arguments further Chromium flags
     */
    public static HeadlessChromium start(int width, int height, String... arguments) {
        Path chromium = requireInstalled(Chromium.binary(), CHROMEDRIVER);
        try {
            Path profile = Files.createTempDirectory("archgen-chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments(Chromium.HEADLESS_FLAGS);
            options.addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            options.addArguments(arguments);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new HeadlessChromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // a temporary profile left behind does no harm
        }
    }

    static Path requireInstalled(Optional<Path> chromium, Path chromedriver) {
        if (chromium.filter(Files::isExecutable).isEmpty() || !Files.isExecutable(chromedriver)) {
            throw new MissingPrerequisite("The browser tests need Chromium and chromedriver (" + chromedriver + "): install Debian's "
                    + "packages (apt-get install chromium chromium-driver; .ci/run does) and run ./mvnw verify again.");
        }
        return chromium.orElseThrow();
    }

    /** A failure whose message is all there is to say: no stack trace in the report. */
    static final class MissingPrerequisite extends AssertionError {
        MissingPrerequisite(String message) {
            super(message);
            setStackTrace(new StackTraceElement[0]);
        }
    }
}
