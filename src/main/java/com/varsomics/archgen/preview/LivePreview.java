package com.varsomics.archgen.preview;

import com.varsomics.archgen.ArchitectureBuild;
import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.build.GeneratorVersion;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The live preview: builds once, serves {@code build/site} on 127.0.0.1 and rebuilds whenever a source changes
 * ({@code workspace.dsl}, {@code docs/}, {@code slides/}, {@code deploy/}, {@code cdk.json}, the CDK app's sources).
 * The stage cache re-renders only what changed: first without PDFs, so the open page reloads as soon as its HTML is
 * new, then with them. A failed build is printed and shown on the page; the preview keeps running and the next save
 * builds again. It runs the classes it started with: a changed CDK construct is synthesized after a restart.
 */
public final class LivePreview implements AutoCloseable {

    /** A fresh context per build: the model and the stages that ran belong to one build. */
    private final Supplier<BuildContext> contexts;
    private final Consumer<BuildContext> build;
    private final boolean withPdfs;
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicReference<String> lastError = new AtomicReference<>("");
    private final Object changes = new Object();
    private boolean changed = true; // the first build
    private boolean closed;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final Thread builder;

    /**
     * @param withPdfs after each HTML build, build again with the PDFs (the browser test leaves them out)
     * @param build    one build of a context (the standard build; a fake in tests)
     */
    LivePreview(Path project, Path buildDirectory, int port, boolean withPdfs, Consumer<BuildContext> build) throws IOException {
        this.withPdfs = withPdfs;
        Path projectDirectory = project.toAbsolutePath().normalize();
        Path output = buildDirectory.toAbsolutePath().normalize();
        this.contexts = () -> new BuildContext(projectDirectory, output);
        this.build = build;
        this.server = new PreviewServer(output.resolve("site"), port, lastError::get);
        List<Path> folders = List.of(projectDirectory.resolve("docs"), projectDirectory.resolve("slides"),
                projectDirectory.resolve("deploy"), projectDirectory.resolve("src/main/java").resolve(GeneratorVersion.CDK_APP_CLASSES));
        this.watcher = new SourceWatcher(folders,
                List.of(projectDirectory.resolve("workspace.dsl"), projectDirectory.resolve("cdk.json")), this::sourceChanged);
        this.builder = new Thread(this::buildLoop, "preview-build");
        builder.setDaemon(true);
        builder.start();
    }

    /** Starts the preview of a project with the standard build; {@code withPdfs} false writes HTML only. */
    public static LivePreview start(Path project, Path buildDirectory, int port, boolean withPdfs) throws IOException {
        return new LivePreview(project, buildDirectory, port, withPdfs, context -> ArchitectureBuild.standard().run(context));
    }

    public URI address() {
        return server.address();
    }

    /** How many builds finished, successfully or not. */
    public int builds() {
        return builds.get();
    }

    /** The last build's error, "" when it succeeded. */
    public String lastError() {
        return lastError.get();
    }

    private void sourceChanged() {
        synchronized (changes) {
            changed = true;
            changes.notifyAll();
        }
    }

    private void buildLoop() {
        while (awaitChange()) {
            if (buildOnce(contexts.get().withoutPdfs(), "HTML") && withPdfs && !pendingChange()) {
                buildOnce(contexts.get(), "PDF");
            }
        }
    }

    /** Waits for a change, then for the rest of its burst; false once closed. */
    private boolean awaitChange() {
        synchronized (changes) {
            try {
                while (!changed && !closed) {
                    changes.wait();
                }
                if (!closed) {
                    changes.wait(300); // an editor's save is often several writes: build once for the burst
                }
            } catch (InterruptedException e) {
                return false;
            }
            changed = false;
            return !closed;
        }
    }

    private boolean pendingChange() {
        synchronized (changes) {
            return changed || closed;
        }
    }

    private boolean buildOnce(BuildContext context, String pass) {
        System.out.printf(Locale.ROOT, "[preview] building (%s)…%n", pass);
        try {
            build.accept(context);
            lastError.set("");
            builds.incrementAndGet();
            System.out.printf(Locale.ROOT, "[preview] %s up to date: %s%n", pass, address());
            return true;
        } catch (BuildException e) {
            failed(e.getMessage());
        } catch (RuntimeException e) {
            failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        builds.incrementAndGet();
        return false;
    }

    private void failed(String message) {
        lastError.set(message == null ? "erro sem mensagem" : message);
        System.err.println("[preview] BUILD FAILED (the preview keeps running; fix and save): " + message);
    }

    @Override
    public void close() throws IOException {
        synchronized (changes) {
            closed = true;
            changes.notifyAll();
        }
        watcher.close();
        server.close();
        try {
            builder.join(Duration.ofMinutes(5)); // let a running build finish before its folders go away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @param args the project directory, the build directory and optionally the port (default 8000)
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: LivePreview <projectDirectory> <buildDirectory> [port]");
            System.exit(2);
        }
        int port = args.length == 3 ? Integer.parseInt(args[2]) : 8000;
        LivePreview preview = start(Path.of(args[0]), Path.of(args[1]), port, true);
        System.out.printf(Locale.ROOT, "[preview] serving %s on %s (Ctrl+C stops)%n", Path.of(args[1]).resolve("site"), preview.address());
        Thread.currentThread().join();
    }
}
