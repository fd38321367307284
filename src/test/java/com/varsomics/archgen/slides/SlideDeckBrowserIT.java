package com.varsomics.archgen.slides;

import com.sun.net.httpserver.HttpServer;
import com.varsomics.archgen.HeadlessChromium;
import com.sun.net.httpserver.SimpleFileServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Presents the built deck in Debian's headless Chromium, driven by chromedriver: from {@code file://} and from a
 * static server on loopback, it loads with no console error and no request off the deck's own origin, every slide
 * is reached with the keyboard with its images and fonts loaded and nothing below the slide's edge, and the speaker
 * view ('s') shows the notes and the pacing timer. Screenshots land in build/screenshots (title slide, first diagram
 * slide, and every slide as slides-NN.png).
 */
class SlideDeckBrowserIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build"));
    private static final Path DECK = BUILD.resolve("site/slides").toAbsolutePath();
    private static final Path SCREENSHOTS = BUILD.resolve("screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HeadlessChromium chromium;
    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start(1920, 1080, "--allow-file-access-from-files");
        driver = chromium.driver();
        // The viewport of a projector, whatever the headless window's frame takes.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void fromFile_EverySlideIsReachedWithTheKeyboard_WithImagesAndFontsLoaded_AndNothingOverflows() throws IOException {
        requestedUrls(); // drops what the browser loaded before the deck (its own start page)
        driver.get(DECK.resolve("index.html").toUri().toString());
        awaitReveal();
        new WebDriverWait(driver, WAIT).until(d -> bool("return Reveal.hasPlugin('notes')"));
        Files.createDirectories(SCREENSHOTS);

        // Every slide, the backups in the closing slide's vertical stack included, in the order "next" (space) visits them.
        long total = number("return document.querySelectorAll('.reveal .slides section:not(.stack)').length");
        assertThat(number("return Reveal.getTotalSlides()")).as("counted slides: the backups are uncounted")
                .isEqualTo(total - driver.findElements(By.cssSelector(".reveal .slides section.reserva")).size()).isGreaterThan(12);
        assertThat(fontsLoaded()).as("bundled fonts loaded").contains("Source Sans Pro", "Source Code Pro").doesNotContain("error");
        boolean diagramSaved = false;
        for (int index = 0; index < total; index++) {
            if (index > 0) {
                new Actions(driver).sendKeys(Keys.SPACE).perform();
            }
            int expected = index;
            new WebDriverWait(driver, WAIT).until(d -> bool("return Reveal.getCurrentSlide() === document.querySelectorAll('.reveal .slides section:not(.stack)')[" + expected + "]"));
            String title = (String) driver.executeScript("return Reveal.getCurrentSlide().querySelector('h2').textContent");
            assertThat(bool("return [...Reveal.getCurrentSlide().querySelectorAll('img')].every(i => i.complete && i.naturalWidth > 0)"))
                    .as("images of slide %d '%s' loaded", index, title).isTrue();
            assertThat(number("""
                    const edge = document.querySelector('.reveal .slides').getBoundingClientRect().bottom;
                    return Math.round(Math.max(0, ...[...Reveal.getCurrentSlide().querySelectorAll('*')]
                        .filter(e => !e.closest('aside.notes')).map(e => e.getBoundingClientRect().bottom - edge)));"""))
                    .as("pixels of slide %d '%s' below the slide's bottom edge", index, title).isZero();
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(String.format(Locale.ROOT, "slides-%02d.png", index + 1)), png);
            if (index == 0) {
                Files.write(SCREENSHOTS.resolve("slides-titulo.png"), png);
            }
            if (!diagramSaved && bool("return Reveal.getCurrentSlide().querySelector('.imageblock.diagrama img') !== null")) {
                Files.write(SCREENSHOTS.resolve("slides-diagrama.png"), png);
                diagramSaved = true;
            }
        }
        assertThat(bool("return Reveal.isLastSlide()")).isTrue();
        assertThat(diagramSaved).as("a slide shows a diagram").isTrue();
        assertThat(SCREENSHOTS.resolve("slides-titulo.png")).isNotEmptyFile();

        assertNoConsoleErrors();
        assertThat(requestedUrls()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("file:///"));
    }

    @Test
    void fromStaticServer_LoadsEverythingFromThatServer() throws IOException {
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), DECK,
                SimpleFileServer.OutputLevel.NONE);
        server.start();
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            requestedUrls(); // drops what the browser loaded before the deck (its own start page)
            driver.get(origin + "index.html");
            awaitReveal();
            driver.executeScript("Reveal.slide(Reveal.getHorizontalSlides().length - 1, 99)");
            new WebDriverWait(driver, WAIT).until(d -> bool("return Reveal.isLastSlide()"));

            assertThat(fontsLoaded()).contains("Source Sans Pro").doesNotContain("error");
            assertNoConsoleErrors();
            assertThat(requestedUrls()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theClosingSlide_ReadsOneHundredPercent_AndItsListOpensEachBackup() {
        driver.get(DECK.resolve("index.html").toUri().toString());
        awaitReveal();
        driver.executeScript("Reveal.slide(Reveal.getHorizontalSlides().length - 1, 0)");
        new WebDriverWait(driver, WAIT).until(d -> bool("return Reveal.getCurrentSlide().classList.contains('encerramento')"));

        assertThat(((Number) driver.executeScript("return Reveal.getProgress()")).doubleValue()).isEqualTo(1.0);
        // The bar grows with a CSS transition: wait for it to reach the full width.
        new WebDriverWait(driver, WAIT).until(d -> number("""
                const bar = document.querySelector('.reveal .progress');
                return Math.round(100 * bar.querySelector('span').getBoundingClientRect().width / bar.getBoundingClientRect().width);""") == 100);
        List<WebElement> links = driver.findElements(By.cssSelector(".reveal section.encerramento .reservas a"));
        assertThat(links).hasSize(driver.findElements(By.cssSelector(".reveal .slides section.reserva")).size());
        String target = links.get(links.size() - 1).getAttribute("href").replaceFirst(".*#", "");
        links.get(links.size() - 1).click();
        new WebDriverWait(driver, WAIT).until(d -> target.equals(driver.executeScript("return Reveal.getCurrentSlide().id")));
        assertThat(bool("return Reveal.getCurrentSlide().classList.contains('reserva')")).isTrue();
    }

    /**
     * The deck on a 1280×720 projector (every slide laid out, nothing below its edge) and on a 390×844 phone, where
     * reveal.js shows its scroll view (slides one under the other): screenshots of every slide at both sizes.
     */
    @Test
    void onA1280x720ProjectorAndA390x844Phone_EverySlideFits_WithScreenshots() throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        for (int[] size : new int[][] {{1280, 720}, {390, 844}}) {
            boolean phone = size[0] < 600;
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", phone));
            driver.get(DECK.resolve("index.html").toUri().toString());
            awaitReveal();
            long total = number("return document.querySelectorAll('.reveal .slides section:not(.stack)').length");
            for (int index = 0; index < total; index++) {
                int expected = index;
                String slide = "document.querySelectorAll('.reveal .slides section:not(.stack)')[" + index + "]";
                if (phone) {
                    driver.executeScript(slide + ".scrollIntoView({block: 'start'})");
                    Thread.sleep(150);
                } else {
                    driver.executeScript("const i = Reveal.getIndices(" + slide + "); Reveal.slide(i.h, i.v);");
                    new WebDriverWait(driver, WAIT).until(d -> bool("return Reveal.getCurrentSlide() === " + slide));
                    assertThat(number("""
                            const edge = document.querySelector('.reveal .slides').getBoundingClientRect().bottom;
                            return Math.round(Math.max(0, ...[...Reveal.getCurrentSlide().querySelectorAll('*')]
                                .filter(e => !e.closest('aside.notes')).map(e => e.getBoundingClientRect().bottom - edge)));"""))
                            .as("pixels of slide %d below the slide's bottom edge at %dx%d", expected, size[0], size[1]).isZero();
                }
                Files.write(SCREENSHOTS.resolve(String.format(Locale.ROOT, "slides-%dx%d-%02d.png", size[0], size[1], index + 1)),
                        driver.getScreenshotAs(OutputType.BYTES));
            }
        }
        assertThat(SCREENSHOTS.resolve("slides-1280x720-01.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("slides-390x844-01.png")).isNotEmptyFile();
    }

    private void awaitReveal() {
        new WebDriverWait(driver, WAIT).until(d -> bool("return typeof Reveal !== 'undefined' && Reveal.isReady()"));
    }

    /** "family:status" of every font face the page declared, once the document's fonts have settled. */
    private String fontsLoaded() {
        Object faces = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done([...document.fonts].map(f => f.family.replaceAll('"', '') + ':' + f.status).join(' ')));""");
        return String.valueOf(faces);
    }

    private void assertNoConsoleErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    /**
     * Every URL requested since the last call (Network.requestWillBeSent in Chrome's performance log, which reading
     * empties), data: excluded.
     */
    private List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
                String url = message.path("params").path("request").path("url").asString();
                if (!url.startsWith("data:")) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }

    private long number(String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }

    private boolean bool(String script) {
        return Boolean.TRUE.equals(driver.executeScript(script));
    }
}
