package com.varsomics.archgen.site;

import com.sun.net.httpserver.HttpServer;
import com.varsomics.archgen.HeadlessChromium;
import com.sun.net.httpserver.SimpleFileServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built site in headless Chromium (Debian's chromium and chromium-driver), as a reviewer uses it: from
 * {@code file://} and from a static server on the loopback address, with no network. Saves screenshots under
 * build/screenshots. Fails where Chromium is not installed; {@code .ci/run} installs it.
 */
class SiteBrowserIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build")).toAbsolutePath();
    private static final Path SITE = BUILD.resolve("site");
    private static final Path SCREENSHOTS = BUILD.resolve("screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void startChromium() {
        chromium = HeadlessChromium.start(1440, 900);
        driver = chromium.driver();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyPage_LoadsFromFileUrls_WithNoConsoleError_AndNoRequestLeavingTheMachine() throws IOException {
        List<Path> pages = sitePages();
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            open(page.toUri().toString());
            assertClean(SITE.relativize(page).toString(), "file:");
        }
    }

    @Test
    void theSiteWorksFromAStaticServer_OnTheLoopbackAddress() throws IOException {
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SITE,
                SimpleFileServer.OutputLevel.NONE);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            for (String page : List.of("index.html", "diagramas/containers.html", "elementos/api.html", "busca.html?q=aurora")) {
                open(base + page);
                assertClean(page, base);
            }
            assertThat(driver.findElements(By.cssSelector("#busca-resultados li"))).isNotEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void clickingAnElementInADiagram_OpensItsPage() {
        open(SITE.resolve("diagramas/containers.html").toUri().toString());
        WebElement api = driver.findElement(By.cssSelector(".quadro svg a.elemento[href$='elementos/api.html']"));

        new Actions(driver).moveToElement(api).click().perform();

        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("elementos/api.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("API controladora");
    }

    @Test
    void searchingForAnElementsName_FromTheNavigation_FindsItsPage() {
        open(SITE.resolve("index.html").toUri().toString());
        WebElement box = driver.findElement(By.id("busca-termo"));
        box.sendKeys("Proxy do banco");
        box.submit();

        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#busca-resultados li a")));
        WebElement first = driver.findElement(By.cssSelector("#busca-resultados li a"));
        assertThat(first.getText()).isEqualTo("Proxy do banco");
        assertThat(first.getAttribute("href")).endsWith("elementos/dbProxy.html");
        assertThat(driver.findElement(By.id("busca-situacao")).getText()).endsWith("para “Proxy do banco”.");
        screenshot("site-busca");
        first.click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Proxy do banco");
    }

    @Test
    void screenshots_OfTheLandingPage_AnElementPage_ItsRisks_ADiagramPage_AndAnAdr_ForLaptopAndProjector() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        open(SITE.resolve("index.html").toUri().toString());
        screenshot("site-inicio");
        open(SITE.resolve("elementos/api.html").toUri().toString());
        screenshot("site-elemento");
        open(SITE.resolve("diagramas/deployment-production.html").toUri().toString());
        screenshot("site-diagrama");
        // The document's risks on an element page, and an ADR with the document's macros linked.
        open(SITE.resolve("elementos/inputBucket.html").toUri() + "#riscos");
        screenshot("site-riscos");
        open(SITE.resolve("decisoes/adr-0002.html").toUri().toString());
        screenshot("site-adr");

        driver.manage().window().setSize(new Dimension(1920, 1080));
        try {
            open(SITE.resolve("index.html").toUri().toString());
            screenshot("site-inicio-projetor");
        } finally {
            driver.manage().window().setSize(new Dimension(1440, 900));
        }
        try {
            for (int[] size : new int[][] {{1920, 1080}, {1280, 720}, {390, 844}}) {
                emulate(size[0], size[1]);
                for (String view : List.of("upload-flow", "containers", "deployment-production")) {
                    open(SITE.resolve("diagramas/" + view + ".html").toUri().toString());
                    screenshot("site-diagrama-" + view + "-" + size[0] + "x" + size[1]);
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
        assertThat(SCREENSHOTS.resolve("site-diagrama-upload-flow-390x844.png")).isNotEmptyFile();
        for (String name : List.of("site-inicio", "site-elemento", "site-diagrama", "site-riscos", "site-adr", "site-inicio-projetor")) {
            assertThat(Files.size(SCREENSHOTS.resolve(name + ".png"))).as(name).isGreaterThan(10_000);
        }
    }

    /** Smallest text of the drawing as painted: each text's font size times its on-screen scale. */
    private static final String SMALLEST_TEXT_PX = """
            let smallest = Infinity;
            for (const text of document.querySelectorAll('.quadro svg text')) {
              const size = parseFloat(text.getAttribute('font-size'));
              if (size > 0) { smallest = Math.min(smallest, size * text.getScreenCTM().a); }
            }
            return smallest;""";

    @Test
    void everyDiagramPage_OpensWithItsTextAtLeast11Px_At1280And390Wide() {
        try {
            for (int width : new int[] {1280, 390}) {
                emulate(width, width == 390 ? 844 : 720);
                for (Path page : diagramPages()) {
                    open(page.toUri().toString());
                    double smallest = ((Number) driver.executeScript(SMALLEST_TEXT_PX)).doubleValue();
                    assertThat(smallest).as("smallest diagram text (px) of %s at %d px wide", SITE.relativize(page), width)
                            .isGreaterThanOrEqualTo(11.0);
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void overADiagram_AWheelAndAOneFingerSwipeScrollThePage_WhileCtrlWheelZooms() {
        try {
            emulate(1280, 720);
            open(SITE.resolve("diagramas/analysis-flow.html").toUri().toString());
            long[] point = pointOverTheDiagram();
            driver.executeCdpCommand("Input.dispatchMouseEvent", java.util.Map.of("type", "mouseWheel", "x", point[0], "y", point[1],
                    "deltaX", 0, "deltaY", 400));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> scrollY() > 100);

            open(SITE.resolve("diagramas/analysis-flow.html").toUri().toString());
            point = pointOverTheDiagram();
            double width = svgWidth();
            driver.executeCdpCommand("Input.dispatchMouseEvent", java.util.Map.of("type", "mouseWheel", "x", point[0], "y", point[1],
                    "deltaX", 0, "deltaY", -200, "modifiers", 2));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> svgWidth() > width * 1.1);
            assertThat(scrollY()).as("Ctrl + wheel zooms, the page stays").isZero();

            emulate(390, 844);
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", true, "maxTouchPoints", 1));
            open(SITE.resolve("diagramas/analysis-flow.html").toUri().toString());
            point = pointOverTheDiagram();
            swipeUp(point[0], point[1], 300);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> scrollY() > 100);
            screenshot("site-diagrama-390x844-deslizado");
        } finally {
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", false));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void aDiagramPage_HasFocusableZoomButtons_KeyboardZoom_ALegend_TheNumberedSteps_AndTooltips() {
        open(SITE.resolve("diagramas/upload-flow.html").toUri().toString());
        assertThat(driver.findElements(By.cssSelector(".controles button"))).extracting(WebElement::getText)
                .containsExactly("−", "100%", "+", "Tela cheia");
        assertThat(driver.findElements(By.cssSelector("ol.passos li"))).hasSize(13)
                .allSatisfy(step -> assertThat(step.findElements(By.tagName("a"))).hasSize(2));
        assertThat(driver.findElements(By.cssSelector("ul.legenda li"))).hasSizeGreaterThan(3);

        WebElement frame = driver.findElement(By.cssSelector(".quadro"));
        double width = svgWidth();
        frame.sendKeys("+");
        assertThat(svgWidth()).isGreaterThan(width * 1.2);
        frame.sendKeys("0");
        assertThat(svgWidth()).isEqualTo(width, org.assertj.core.data.Offset.offset(1.0));

        WebElement api = driver.findElement(By.cssSelector(".quadro svg a.elemento[href$='elementos/api.html']"));
        new Actions(driver).moveToElement(api).perform();
        WebElement tip = driver.findElement(By.cssSelector("[data-dica]"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> tip.isDisplayed());
        assertThat(tip.getText()).contains("API controladora").contains("FastAPI");
    }

    /** One finger on the screen at (x, y), moved up by {@code distance} px, then lifted: real touch input, as a phone sends it. */
    private static void swipeUp(long x, long y, long distance) {
        driver.executeCdpCommand("Input.dispatchTouchEvent", java.util.Map.of("type", "touchStart",
                "touchPoints", List.of(java.util.Map.of("x", x, "y", y))));
        for (int step = 1; step <= 10; step++) {
            driver.executeCdpCommand("Input.dispatchTouchEvent", java.util.Map.of("type", "touchMove",
                    "touchPoints", List.of(java.util.Map.of("x", x, "y", y - distance * step / 10))));
        }
        driver.executeCdpCommand("Input.dispatchTouchEvent", java.util.Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    private static void emulate(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** A point on screen over the drawing, inside the viewport. */
    private static long[] pointOverTheDiagram() {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) driver.executeScript("""
                const box = document.querySelector('.quadro').getBoundingClientRect();
                return [Math.round(box.left + Math.min(box.width, window.innerWidth) / 2),
                        Math.round(Math.min(box.top + 150, window.innerHeight - 40))];""");
        return new long[] {point.get(0).longValue(), point.get(1).longValue()};
    }

    private static long scrollY() {
        return ((Number) driver.executeScript("return Math.round(window.scrollY)")).longValue();
    }

    private static double svgWidth() {
        return ((Number) driver.executeScript("return document.querySelector('.quadro svg').getBoundingClientRect().width")).doubleValue();
    }

    private static List<Path> diagramPages() throws java.io.UncheckedIOException {
        try (Stream<Path> list = Files.list(SITE.resolve("diagramas"))) {
            return list.filter(path -> path.toString().endsWith(".html") && !path.getFileName().toString().equals("index.html")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Opens a page, first dropping the logs of whatever was open before, so each check sees only this page. */
    private static void open(String url) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /** No console message at error level, and every request the page made stays on this machine. */
    private static void assertClean(String page, String localPrefix) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("console errors on %s", page).isEmpty();
        List<String> remote = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString("").equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asString("");
                if (!url.startsWith(localPrefix) && !url.matches("^(data|about|blob|chrome):.*")) {
                    remote.add(url);
                }
            }
        }
        assertThat(remote).as("requests leaving the machine from %s", page).isEmpty();
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The site's own pages (the document and slides have their own browser tests). */
    private static List<Path> sitePages() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(path -> path.toString().endsWith(".html"))
                    .filter(path -> !SITE.relativize(path).startsWith("documento") && !SITE.relativize(path).startsWith("slides"))
                    .sorted().toList();
        }
    }
}
