package com.varsomics.archgen;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.slides.DeckOutputs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package structure a newcomer can rely on: each stage package depends on the model, the shared packages and
 * what the other stage packages declare for it (a later stage's typed inputs are an earlier stage's outputs), never
 * on another stage's internals; nothing depends on the site; the CDK app depends on none of the generator; and no
 * class grows past 400 lines.
 */
class ArchitectureTest {

    private static final String ARCHGEN = "com.varsomics.archgen";

    private static final JavaClasses MAIN = new ClassFileImporter()
            // the project builds into build/, where ArchUnit's predefined option does not recognise the test classes
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("com.varsomics");

    /** Shared by every stage: the model, the findings, the text layer, the stage cache, npm packages. */
    private static final Set<String> SHARED_PACKAGES = Set.of("model", "check", "text", "build", "npm");

    /** The build's kernel in the root package, which stages implement and throw. */
    private static final Set<Class<?>> KERNEL = Set.of(BuildContext.class, Stage.class, BuildException.class, ExternalUrls.class);

    /**
     * What a stage package offers the others, by package: the typed outputs later stages read (with every record type
     * they carry), and the few toolkits another stage reuses. Anything else of a stage package is its own business.
     */
    private static final Map<String, Set<String>> DECLARED = Map.of(
            // the outputs the site reads instead of the document's HTML; Requirements hands out Requirement rows;
            // DeliveryVolumes says where each volume's HTML and PDF go, which the site links to as companions
            "document", union(withRecordComponents(DocumentOutputs.class), names("Requirement", "DeliveryVolumes")),
            "slides", withRecordComponents(DeckOutputs.class),
            // the icon catalog validates the model; the exporter and renderer draw the deck's and the facts' diagrams
            "diagrams", names("AwsIconCatalog", "AwsIcon", "DiagramExporter", "DiagramRenderer", "DiagramRenderer$Outcome",
                    "DiagramRenderer$Result", "PlantUmlDiagram", "SvgMetrics"),
            // the synthesis stage's output, build/cdk.out, read for the facts
            "provisioning", names("CloudAssemblyReader", "NagFinding", "SynthesizedStack"),
            // the Kubernetes stage's output, build/k8s, read for the facts
            "k8s", names("ManifestYaml"));

    /** Where a citation of the deck's AsciiDoc sources is found, shared with the document's: a text helper. */
    private static final Set<String> SHARED_WITH_SLIDES = names("SourceCitations");

    private static final List<String> STAGE_PACKAGES = List.of(
            "validation", "k8s", "provisioning", "facts", "diagrams", "document", "slides", "site", "preview");

    @Test
    void stagePackages_DependOnlyOnTheModel_TheSharedPackages_AndWhatOtherStagesDeclare() {
        classes().that().resideInAnyPackage(STAGE_PACKAGES.stream().map(p -> ARCHGEN + "." + p + "..").toArray(String[]::new))
                .should(dependOnlyOnDeclaredTypes())
                .check(MAIN);
    }

    @Test
    void theSite_DependsOnTheDocumentOnlyThroughDocumentOutputs() {
        Set<String> allowed = DECLARED.get("document");
        noClasses().that().resideInAPackage(ARCHGEN + ".site..")
                .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("document classes other than its outputs") {
                    @Override
                    public boolean test(JavaClass target) {
                        return target.getPackageName().equals(ARCHGEN + ".document") && !allowed.contains(simpleName(target));
                    }
                })
                .check(MAIN);
    }

    @Test
    void nothingDependsOnTheSite_ButTheBuildThatRunsIt() {
        noClasses().that().resideOutsideOfPackages(ARCHGEN + ".site..", ARCHGEN)
                .should().dependOnClassesThat().resideInAPackage(ARCHGEN + ".site..")
                .check(MAIN);
    }

    @Test
    void theCdkApp_DependsOnNothingOfTheGenerator() {
        noClasses().that().resideInAPackage("com.varsomics.infra..")
                .should().dependOnClassesThat().resideInAPackage(ARCHGEN + "..")
                .check(MAIN);
    }

    @Test
    void theSharedPackages_DependOnNoStage() {
        noClasses().that().resideInAnyPackage(SHARED_PACKAGES.stream().map(p -> ARCHGEN + "." + p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(STAGE_PACKAGES.stream().map(p -> ARCHGEN + "." + p + "..").toArray(String[]::new))
                .check(MAIN);
    }

    @Test
    void noMainClass_IsOver400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                long lines = Files.lines(file).count();
                if (lines > 400) {
                    tooLong.add(file + " (" + lines + " lines)");
                }
            }
        }
        assertThat(tooLong).as("classes over 400 lines: split them by concern").isEmpty();
    }

    private static ArchCondition<JavaClass> dependOnlyOnDeclaredTypes() {
        return new ArchCondition<>("depend only on the model, the shared packages and the types other stages declare") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = stagePackage(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (!allowed(own, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean allowed(String own, JavaClass target) {
        String name = target.getName();
        if (!name.startsWith(ARCHGEN + ".")) {
            return true; // the JDK and the libraries; the CDK app (com.varsomics.infra) is the synthesis stage's input
        }
        String relative = target.getPackageName().equals(ARCHGEN) ? "" : target.getPackageName().substring(ARCHGEN.length() + 1);
        String top = relative.contains(".") ? relative.substring(0, relative.indexOf('.')) : relative;
        if (top.isEmpty()) {
            return KERNEL.stream().anyMatch(kernel -> name.equals(kernel.getName()) || name.startsWith(kernel.getName() + "$"))
                    || own.equals("preview") && (target.getSimpleName().equals("ArchitectureBuild"));
        }
        if (top.equals(own) || SHARED_PACKAGES.contains(top)) {
            return true;
        }
        if (own.equals("slides") && top.equals("document") && SHARED_WITH_SLIDES.contains(simpleName(target))) {
            return true;
        }
        return DECLARED.getOrDefault(top, Set.of()).contains(simpleName(target));
    }

    private static String stagePackage(JavaClass origin) {
        String relative = origin.getPackageName().substring(ARCHGEN.length() + 1);
        return relative.contains(".") ? relative.substring(0, relative.indexOf('.')) : relative;
    }

    /** {@code Outer$Inner} for nested classes, as the declarations above write them. */
    private static String simpleName(JavaClass target) {
        return target.getName().substring(target.getPackageName().length() + 1);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    private static Set<String> names(String... simpleNames) {
        return Set.of(simpleNames);
    }

    /** A record output type and, recursively, every type of this project its components carry (lists included). */
    private static Set<String> withRecordComponents(Class<?> output) {
        Set<String> names = new LinkedHashSet<>();
        collect(output, names);
        return Set.copyOf(names);
    }

    private static void collect(Type type, Set<String> names) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), names);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, names);
            }
        } else if (type instanceof Class<?> type0 && type0.getName().startsWith(ARCHGEN + ".")
                && names.add(type0.getName().substring(type0.getPackageName().length() + 1))) {
            if (type0.isRecord()) {
                for (RecordComponent component : type0.getRecordComponents()) {
                    collect(component.getGenericType(), names);
                }
            }
        }
    }
}
