package com.varsomics.archgen;

import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.ValidationException;
import com.varsomics.archgen.diagrams.DiagramPngStage;
import com.varsomics.archgen.diagrams.DiagramsStage;
import com.varsomics.archgen.document.DocumentStage;
import com.varsomics.archgen.facts.FactsStage;
import com.varsomics.archgen.k8s.KubernetesStage;
import com.varsomics.archgen.model.LoadModelStage;
import com.varsomics.archgen.provisioning.InfrastructureCheckStage;
import com.varsomics.archgen.provisioning.SynthesisStage;
import com.varsomics.archgen.site.SiteStage;
import com.varsomics.archgen.slides.SlidesStage;
import com.varsomics.archgen.validation.ValidateModelStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** How {@link ArchitectureBuild} orders its stages: each after the stages it waits for, the others at the same time. */
class ArchitectureBuildTest {

    @TempDir
    Path project;

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @Test
    void stagesThatDoNotWaitForEachOther_RunAtTheSameTime() {
        CountDownLatch bothRunning = new CountDownLatch(2);
        Consumer<BuildContext> meet = context -> {
            bothRunning.countDown();
            try { // one after the other, the first would wait here in vain
                assertThat(bothRunning.await(20, TimeUnit.SECONDS)).as("the other stage runs meanwhile").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        new ArchitectureBuild(List.of(stage("model", c -> { }), stage("synthesis", meet), stage("diagrams", meet)), Map.of(),
                Map.of("synthesis", List.of("model"), "diagrams", List.of("model"))).run(context());

        assertThat(events).containsExactlyInAnyOrder("start model", "end model", "start synthesis", "end synthesis",
                "start diagrams", "end diagrams");
    }

    @Test
    void aStage_StartsAfterEveryStageItWaitsFor() {
        new ArchitectureBuild(List.of(stage("model", c -> pause()), stage("synthesis", c -> pause()), stage("diagrams", c -> pause()),
                stage("document", c -> { })), Map.of(),
                Map.of("synthesis", List.of("model"), "diagrams", List.of("model"), "document", List.of("synthesis", "diagrams")))
                .run(context());

        assertThat(events.indexOf("start synthesis")).isGreaterThan(events.indexOf("end model"));
        assertThat(events.indexOf("start diagrams")).isGreaterThan(events.indexOf("end model"));
        assertThat(events.indexOf("start document")).isGreaterThan(events.indexOf("end synthesis"))
                .isGreaterThan(events.indexOf("end diagrams"));
    }

    @Test
    void withoutAGraph_StagesRunOneAfterTheOtherInTheirOrder() {
        new ArchitectureBuild(List.of(stage("model", c -> pause()), stage("diagrams", c -> { }), stage("document", c -> pause())))
                .run(context());

        assertThat(events).containsExactly("start model", "end model", "start diagrams", "end diagrams", "start document", "end document");
    }

    @Test
    void aFailedCheck_IsThrownAsItWas_ReportedOnce_AndNoStageAfterItStarts() {
        ValidationException failure = new ValidationException("The model has", List.of(
                new Finding("model.example", new Location("workspace.dsl", 3), "An example finding.", "Fix line 3.")));
        BuildContext context = context();
        ArchitectureBuild build = new ArchitectureBuild(List.of(stage("model", c -> { }), stage("diagrams", c -> {
            throw failure;
        }), stage("document", c -> { })), Map.of(), Map.of("diagrams", List.of("model"), "document", List.of("diagrams")));

        assertThatThrownBy(() -> build.run(context)).isSameAs(failure);
        assertThat(events).doesNotContain("start document");
        assertThat(build.failedStage()).isEqualTo("diagrams");
        assertThat(context.buildDirectory().resolve(ArchitectureBuild.FINDINGS_REPORT)).content().contains("model.example", "workspace.dsl");
    }

    @Test
    void aStageMayOnlyWaitForAStageListedBeforeIt() {
        List<Stage> stages = List.of(stage("model", c -> { }), stage("document", c -> { }));

        assertThatThrownBy(() -> new ArchitectureBuild(stages, Map.of(), Map.of("model", List.of("document"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'model' waits for 'document'");
        assertThatThrownBy(() -> new ArchitectureBuild(stages, Map.of(), Map.of("document", List.of("diagrams"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'diagrams'");
    }

    @Test
    void aStage_MayWaitForAMilestoneOfAnother_AndStartsBeforeThatStageEnds() {
        CountDownLatch deckStarted = new CountDownLatch(1);
        Stage document = stageWithMilestone("document", "document: printing", context -> {
            events.add("reached document: printing");
            context.reached("document: printing");
            try { // the deck must start while the document still runs, or this waits in vain
                assertThat(deckStarted.await(20, TimeUnit.SECONDS)).as("the deck started before the document ended").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        new ArchitectureBuild(List.of(stage("model", c -> pause()), document, stage("deck", c -> deckStarted.countDown())), Map.of(),
                Map.of("document", List.of("model"), "deck", List.of("model", "document: printing"))).run(context());

        assertThat(events.indexOf("start deck")).isGreaterThan(events.indexOf("reached document: printing"))
                .isLessThan(events.indexOf("end document"));
    }

    @Test
    void aMilestoneNotReached_IsPassedWhenItsStageEnds() {
        new ArchitectureBuild(List.of(stageWithMilestone("document", "document: printing", c -> pause()), stage("deck", c -> { })),
                Map.of(), Map.of("deck", List.of("document: printing"))).run(context());

        assertThat(events).containsExactly("start document", "end document", "start deck", "end deck");
    }

    @Test
    void aStageThatFailsBeforeItsMilestone_StartsNoStageWaitingForIt_AndTheBuildEnds() {
        IllegalStateException failure = new IllegalStateException("broken");
        ArchitectureBuild build = new ArchitectureBuild(List.of(stageWithMilestone("document", "document: printing", c -> {
            throw failure;
        }), stage("deck", c -> { })), Map.of(), Map.of("deck", List.of("document: printing")));

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> build.run(context())).isSameAs(failure));
        assertThat(events).doesNotContain("start deck");
    }

    @Test
    void aStageReachingAMilestoneNoStageDeclares_Fails() {
        ArchitectureBuild build = new ArchitectureBuild(List.of(stage("document", c -> c.reached("document: typo"))));

        assertThatThrownBy(() -> build.run(context())).isInstanceOf(IllegalStateException.class).hasMessageContaining("'document: typo'");
    }

    @Test
    void aStageMayOnlyWaitForAMilestoneOfAStageListedBeforeIt() {
        List<Stage> stages = List.of(stage("deck", c -> { }), stageWithMilestone("document", "document: printing", c -> { }));

        assertThatThrownBy(() -> new ArchitectureBuild(stages, Map.of(), Map.of("deck", List.of("document: printing"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'deck' waits for 'document: printing'");
        assertThatThrownBy(() -> new ArchitectureBuild(stages, Map.of(), Map.of("document", List.of("deck: printing"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'deck: printing'");
    }

    @Test
    void aMilestone_HasANameOfItsOwn() {
        assertThatThrownBy(() -> new ArchitectureBuild(List.of(stage("model", c -> { }), stageWithMilestone("document", "model", c -> { }))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("milestone 'model' of stage 'document'");
        assertThatThrownBy(() -> new ArchitectureBuild(List.of(stageWithMilestone("document", "printing", c -> { }),
                stageWithMilestone("deck", "printing", c -> { }))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a milestone of stage 'document'");
    }

    @Test
    void theStandardGraph_TheDeckStartsWhenTheDocumentPrintsItsLastVolume_NotAfterTheDocument() {
        ArchitectureBuild build = ArchitectureBuild.standard();

        assertThat(build.waitsFor(SlidesStage.NAME)).contains(DocumentStage.PRINTING_LAST_VOLUME);
        assertThat(new DocumentStage().milestones()).containsExactly(DocumentStage.PRINTING_LAST_VOLUME);
        assertThat(waitsFor(build, SlidesStage.NAME)).doesNotContain(DocumentStage.NAME);
    }

    @Test
    void theStandardGraph_TheSiteComesAfterEveryStage_TheDocumentAfterAllButTheDeck_ModelChecksFirst() {
        ArchitectureBuild build = ArchitectureBuild.standard();
        List<String> names = build.stageNames();

        assertThat(waitsFor(build, SiteStage.NAME)).containsExactlyInAnyOrderElementsOf(names.subList(0, names.size() - 1));
        assertThat(waitsFor(build, DocumentStage.NAME)).containsExactlyInAnyOrder(LoadModelStage.NAME, ValidateModelStage.NAME,
                KubernetesStage.NAME, SynthesisStage.NAME, InfrastructureCheckStage.NAME, FactsStage.NAME, DiagramsStage.NAME);
        assertThat(waitsFor(build, SlidesStage.NAME)).doesNotContain(DocumentStage.NAME).contains(FactsStage.NAME, DiagramsStage.NAME);
        assertThat(waitsFor(build, DiagramsStage.NAME)).containsExactlyInAnyOrder(LoadModelStage.NAME, ValidateModelStage.NAME);
        assertThat(waitsFor(build, SynthesisStage.NAME)).containsExactlyInAnyOrder(LoadModelStage.NAME, ValidateModelStage.NAME);
        assertThat(waitsFor(build, DiagramPngStage.NAME)).as("after every stage that writes a diagram's source")
                .contains(DiagramsStage.NAME, FactsStage.NAME).doesNotContain(DocumentStage.NAME);
        assertThat(waitsFor(build, DocumentStage.NAME)).as("the document shows the SVGs").doesNotContain(DiagramPngStage.NAME);
    }

    /** Every stage the given one waits for to end, directly or through another (a milestone: what its stage waits for). */
    private static Set<String> waitsFor(ArchitectureBuild build, String stage) {
        Set<String> all = new TreeSet<>();
        for (String before : build.waitsFor(stage)) {
            if (build.stageNames().contains(before)) {
                all.add(before);
            }
            all.addAll(waitsFor(build, before));
        }
        return all;
    }

    private BuildContext context() {
        try {
            return new BuildContext(project, Files.createDirectories(project.resolve("build")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Stage stage(String name, Consumer<BuildContext> action) {
        return Fixtures.stage(name, context -> {
            events.add("start " + name);
            action.accept(context);
            events.add("end " + name);
        });
    }

    private Stage stageWithMilestone(String name, String milestone, Consumer<BuildContext> action) {
        Stage stage = stage(name, action);
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> milestones() {
                return List.of(milestone);
            }

            @Override
            public void run(BuildContext context) {
                stage.run(context);
            }
        };
    }

    /** Long enough that a stage started too early would show in the order of events. */
    private static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
