package com.varsomics.archgen;

/**
 * One step of the build pipeline, one class per stage package ({@code LoadModelStage}, {@code DocumentStage}, …).
 * A stage reads the typed outputs of the stages before it from the {@link BuildContext} and publishes its own.
 */
public interface Stage {

    /** What the console prints ("stage 'render document' took N ms"); each stage class holds its own as NAME. */
    String name();

    void run(BuildContext context);
}
