package com.varsomics.archgen.build;

import com.varsomics.archgen.BuildContext;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How one stage is cached: what it reads (added to its key), what it writes (checked before it is skipped) and,
 * when later stages need something it computed in memory, how to keep that in the cache and hand it on when the
 * stage is skipped.
 *
 * @param inputs  adds everything the stage reads to the key: files, and values such as the stages that ran before
 * @param outputs the files the stage writes
 * @param save    what to keep for later stages once the stage ran ("" when nothing)
 * @param restore gives later stages what {@code save} kept, when the stage is skipped
 * @param variant names a separate stamp for a way of running the stage ("" for the normal build): the live preview's
 *                HTML-only build must not evict the stamp of the build with PDFs
 */
public record CachePolicy(BiConsumer<BuildContext, Fingerprint> inputs, Function<BuildContext, List<FileSet>> outputs,
                          Function<BuildContext, String> save, BiConsumer<BuildContext, String> restore,
                          Function<BuildContext, String> variant) {

    /** A stage whose work is all in its files. */
    public static CachePolicy of(BiConsumer<BuildContext, Fingerprint> inputs, Function<BuildContext, List<FileSet>> outputs) {
        return new CachePolicy(inputs, outputs, context -> "", (context, state) -> {
        }, context -> "");
    }

    /** The same policy, also keeping in-memory results for the stages after it. */
    public CachePolicy withState(Function<BuildContext, String> save, BiConsumer<BuildContext, String> restore) {
        return new CachePolicy(inputs, outputs, save, restore, variant);
    }

    /** The same policy, with one stamp per variant. */
    public CachePolicy withVariant(Function<BuildContext, String> variant) {
        return new CachePolicy(inputs, outputs, save, restore, variant);
    }
}
