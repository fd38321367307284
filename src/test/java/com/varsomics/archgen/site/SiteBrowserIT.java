package com.varsomics.archgen.site;

import com.sun.net.httpserver.HttpServer;
import com.varsomics.archgen.BrowserPrerequisites;
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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private static final String CHROMEDRIVER = System.getProperty("archgen.chromedriver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("archgen.chromium", "/usr/bin/chromium");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startChromium() throws IOException {
        BrowserPrerequisites.requireInstalled(Optional.of(Path.of(CHROMIUM)), Path.of(CHROMEDRIVER));
        profile = Files.createTempDirectory("site-chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1440,900", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
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
        for (String name : List.of("site-inicio", "site-elemento", "site-diagrama", "site-riscos", "site-adr", "site-inicio-projetor")) {
            assertThat(Files.size(SCREENSHOTS.resolve(name + ".png"))).as(name).isGreaterThan(10_000);
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
