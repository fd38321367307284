package com.varsomics.archgen.preview;

import com.varsomics.archgen.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live preview as an author uses it, on a temporary copy of the project and of the finished build (so its stage
 * stamps are warm): headless Chromium opens the document from the preview's server; a broken workspace.dsl shows its
 * error on the page while the preview keeps running; fixed, the error goes; an edited chapter reloads the page with
 * the new sentence. The preview builds HTML only here (the PDF pass is the normal build's, tested elsewhere).
 */
class PreviewBrowserIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build")).toAbsolutePath();
    /** A build under load (2 shared cores) converts the document's HTML in minutes, not seconds. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private static HeadlessChromium chromium;
    private static ChromeDriver driver;
    private static Path copy;

    @BeforeAll
    static void startChromium() {
        chromium = HeadlessChromium.start(1440, 900);
        driver = chromium.driver();
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        delete(copy);
    }

    @Test
    void anErrorShowsOnThePage_AndAnEditedChapterReloadsIt() throws IOException {
        copy = Files.createTempDirectory("preview-project-");
        for (String path : List.of("workspace.dsl", "cdk.json", "pom.xml", "docs", "slides", "deploy", "src/main/java/com/varsomics/infra")) {
            copyTree(PROJECT.resolve(path), copy.resolve(path));
        }
        for (String path : List.of("site", "document", "pdf", "diagrams", "generated", "cdk.out", "k8s", "cache")) {
            copyTree(BUILD.resolve(path), copy.resolve("build").resolve(path));
        }
        Path workspace = copy.resolve("workspace.dsl");
        String model = Files.readString(workspace);
        Path chapter = copy.resolve("docs/proposta/05-dados.adoc");

        try (LivePreview preview = LivePreview.start(copy, copy.resolve("build"), 0, false)) {
            awaitBuilds(preview, 1);
            assertThat(preview.lastError()).isEmpty();
            driver.get(preview.address() + "documento/proposta-dados.html"); // Volume 1, chapter 5: docs/proposta/05-dados.adoc
            assertThat(driver.getTitle()).isNotBlank();
            assertThat(driver.findElements(By.id("previa-erro"))).isEmpty();

            Files.writeString(workspace, model + "\n}\n");
            WebDriverWait wait = new WebDriverWait(driver, BUILD_TIMEOUT, Duration.ofSeconds(1));
            String error = wait.until(page -> page.findElements(By.id("previa-erro")).stream().map(box -> box.getText())
                    .filter(text -> text.contains("workspace.dsl")).findFirst().orElse(null));
            assertThat(error).contains("Erro no build");

            Files.writeString(workspace, model);
            wait.until(page -> page.findElements(By.id("previa-erro")).isEmpty());

            String sentence = "Frase escrita durante a prévia ao vivo, " + System.nanoTime() + ".";
            Files.writeString(chapter, "\n" + sentence + "\n", StandardOpenOption.APPEND);
            wait.until(page -> page.getPageSource().contains(sentence));
            assertThat(Files.readString(copy.resolve("build/site/documento/proposta-dados.html"))).contains(sentence);
        }
    }

    private static void awaitBuilds(LivePreview preview, int count) {
        long deadline = System.nanoTime() + BUILD_TIMEOUT.toNanos();
        while (preview.builds() < count) {
            assertThat(System.nanoTime()).as("the preview's first build finished in time").isLessThan(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
