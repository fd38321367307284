package com.varsomics.archgen;

import java.util.List;

/**
 * One step of the build pipeline, one class per stage package ({@code LoadModelStage}, {@code DocumentStage}, …).
 * A stage reads the typed outputs of the stages before it from the {@link BuildContext} and publishes its own.
 */
public interface Stage {

    /** What the console prints ("stage 'render document' took N ms"); each stage class holds its own as NAME. */
    String name();

    void run(BuildContext context);

    /**
     * Points inside this stage's run that other stages may wait for instead of its end ({@link BuildContext#reached}):
     * each a name of its own, never a stage's. A milestone the run does not reach counts as reached when the stage ends.
     */
    default List<String> milestones() {
        return List.of();
    }
}
