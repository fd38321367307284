package com.varsomics.archgen.preview;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.BuildException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview with a fake build that turns docs/texto.adoc into build/site/index.html, or fails on "ERRO". */
class LivePreviewTest {

    @TempDir
    Path project;
    private final List<Boolean> pdfsPerBuild = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void sources() throws IOException {
        Files.createDirectories(project.resolve("docs/capitulos"));
        Files.writeString(project.resolve("docs/capitulos/texto.adoc"), "primeira versão");
        Files.writeString(project.resolve("workspace.dsl"), "workspace {}");
    }

    private void fakeBuild(BuildContext context) {
        pdfsPerBuild.add(context.pdfs());
        try {
            String text = Files.readString(context.projectDirectory().resolve("docs/capitulos/texto.adoc"));
            if (text.contains("ERRO")) {
                throw new BuildException("docs/capitulos/texto.adoc:1: <b>ERRO</b> \"de propósito\"");
            }
            Files.createDirectories(context.siteDirectory());
            Files.writeString(context.siteDirectory().resolve("index.html"), "<html><body><p>" + text + "</p></body></html>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LivePreview start(boolean withPdfs) throws IOException {
        return new LivePreview(project, project.resolve("build"), 0, withPdfs, this::fakeBuild);
    }

    @Test
    void servesTheSiteWithTheReloadScriptAndRebuildsOnEveryChange_HtmlFirstThenPdfs() throws Exception {
        try (LivePreview preview = start(true)) {
            await(() -> preview.builds() >= 2);
            assertThat(pdfsPerBuild).containsExactly(false, true);
            assertThat(preview.address().getHost()).isEqualTo("127.0.0.1");
            String page = get(preview.address().resolve("index.html")).body();
            assertThat(page).contains("primeira versão").contains("<script src=\"/__preview/recarregar.js\"></script></body>");
            assertThat(get(preview.address().resolve("/__preview/recarregar.js")).body()).contains("location.reload()");

            Files.writeString(project.resolve("docs/capitulos/texto.adoc"), "segunda versão");
            await(() -> get(preview.address().resolve("index.html")).body().contains("segunda versão"));
        }
    }

    @Test
    void aFailedBuildIsReportedAsTextAndThePreviewKeepsRunning() throws Exception {
        try (LivePreview preview = start(false)) {
            await(() -> preview.builds() >= 1);
            Files.writeString(project.resolve("docs/capitulos/texto.adoc"), "ERRO");
            await(() -> !preview.lastError().isEmpty());
            String status = get(preview.address().resolve("/__preview/estado?pagina=%2Findex.html")).body();
            assertThat(status).contains("texto.adoc:1: \\u003cb\\u003eERRO\\u003c/b\\u003e \\\"de propósito\\\"");
            assertThat(status).matches("\\{\"page\":[1-9][0-9]*,.*");

            Files.writeString(project.resolve("docs/capitulos/texto.adoc"), "corrigido");
            await(() -> preview.lastError().isEmpty());
            assertThat(get(preview.address().resolve("index.html")).body()).contains("corrigido");
            assertThat(pdfsPerBuild).doesNotContain(true);
        }
    }

    @Test
    void nothingOutsideTheSiteIsServed() throws Exception {
        Files.writeString(project.resolve("segredo.txt"), "não");
        try (LivePreview preview = start(false)) {
            await(() -> preview.builds() >= 1);
            HttpResponse<String> response = get(URI.create(preview.address() + "..%2F..%2Fsegredo.txt"));
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isNotEqualTo("não");
        }
    }

    private HttpResponse<String> get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 20 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
