package com.varsomics.archgen.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves {@code build/site} on the loopback address only. Every HTML page gets one script tag,
 * {@value #RELOAD_SCRIPT}, which asks {@value #STATUS} once a second for the page file's modification time and the
 * last build error: it reloads the page when its file was written again and shows the error over the page (as text).
 */
final class PreviewServer implements AutoCloseable {

    static final String RELOAD_SCRIPT = "/__preview/recarregar.js";
    static final String STATUS = "/__preview/estado";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("pdf", "application/pdf"), Map.entry("json", "application/json"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"),
            Map.entry("puml", "text/plain; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path site;
    private final Supplier<String> lastError;
    private final HttpServer server;

    /**
     * @param site      the folder served ({@code build/site})
     * @param port      0 for any free port
     * @param lastError the last build's error, or "" when it succeeded
     */
    PreviewServer(Path site, int port, Supplier<String> lastError) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.lastError = lastError;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(RELOAD_SCRIPT)) {
                respond(exchange, 200, TYPES.get("js"), reloadScript());
            } else if (path.equals(STATUS)) {
                respond(exchange, 200, TYPES.get("json"), status(exchange.getRequestURI().getRawQuery()).getBytes(StandardCharsets.UTF_8));
            } else {
                serveFile(exchange, path);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Path file = resolve(path);
        if (file == null || !Files.isRegularFile(file)) {
            respond(exchange, 404, TYPES.get("txt"), ("não encontrado: " + path).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String extension = extension(file);
        byte[] body = Files.readAllBytes(file);
        if (extension.equals("html")) {
            body = withReloadScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        respond(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
    }

    /** The file a URL path names inside the site ({@code /x/} is {@code /x/index.html}), or null outside it. */
    private Path resolve(String path) {
        Path file = site.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8).replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    static String withReloadScript(String html) {
        String tag = "<script src=\"" + RELOAD_SCRIPT + "\"></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }

    /** {"page": modification time of the page's file in ms (0 when absent), "error": the last build error}. */
    private String status(String query) {
        String page = query != null && query.startsWith("pagina=")
                ? URLDecoder.decode(query.substring("pagina=".length()), StandardCharsets.UTF_8) : "/";
        Path file = resolve(page);
        long modified = 0;
        try {
            if (file != null && Files.isRegularFile(file)) {
                modified = Files.getLastModifiedTime(file).toMillis();
            }
        } catch (IOException e) {
            modified = -1; // being rewritten: the next poll sees the new time
        }
        return String.format(Locale.ROOT, "{\"page\":%d,\"error\":\"%s\"}", modified, json(lastError.get()));
    }

    static String json(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static byte[] reloadScript() throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/preview/recarregar.js")) {
            if (in == null) {
                throw new IOException("preview/recarregar.js is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
