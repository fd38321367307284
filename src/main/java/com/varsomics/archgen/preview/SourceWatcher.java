package com.varsomics.archgen.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Watches the sources the build reads (folders with everything below them, new sub-folders included, and single
 * files) and calls back on every change. The callback coalesces: the preview rebuilds once for a burst of saves.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    /** Folders watched for every file in them (not only as the parent of a watched file). */
    private final Set<Path> trees = ConcurrentHashMap.newKeySet();
    private final List<Path> files;
    private final Runnable onChange;
    private final Thread thread;

    /**
     * @param folders  watched with everything below them
     * @param files    single files (their folder is watched, other files in it are ignored)
     * @param onChange called on the watcher's thread for each relevant event
     */
    SourceWatcher(List<Path> folders, List<Path> files, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.files = files.stream().map(file -> file.toAbsolutePath().normalize()).toList();
        this.onChange = onChange;
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                registerTree(folder.toAbsolutePath().normalize());
            }
        }
        for (Path file : this.files) {
            register(file.getParent());
        }
        this.thread = new Thread(this::loop, "preview-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (folder == null || !(event.context() instanceof Path name)) {
                        relevant = true; // overflow: something changed, we do not know what
                        continue;
                    }
                    Path changed = folder.resolve(name);
                    if (trees.contains(folder)) {
                        relevant = true;
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                            registerTree(changed);
                        }
                    } else if (files.contains(changed)) {
                        relevant = true;
                    }
                }
                key.reset();
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void registerTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                trees.add(folder);
                register(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void register(Path folder) {
        try {
            WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            folders.put(key, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot watch it (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
