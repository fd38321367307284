package com.varsomics.archgen.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorVersionTest {

    @Test
    void theCodeLocationHoldsTheGeneratorsOwnClasses() {
        assertThat(GeneratorVersion.codeLocation().resolve("com/varsomics/archgen/build/GeneratorVersion.class")).isRegularFile();
    }

    @Test
    void theVersionIsStable_AndFollowsThePinnedDependencies(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("pom.xml"), "<version>1</version>");
        String first = GeneratorVersion.of(project);
        assertThat(GeneratorVersion.of(project)).isEqualTo(first);
        Files.writeString(project.resolve("pom.xml"), "<version>2</version>");
        assertThat(GeneratorVersion.of(project)).isNotEqualTo(first);
    }

    @Test
    void theVersionDoesNotDependOnWhereTheProjectIs(@TempDir Path one, @TempDir Path other) throws IOException {
        Files.writeString(one.resolve("pom.xml"), "<project/>");
        Files.writeString(other.resolve("pom.xml"), "<project/>");
        assertThat(GeneratorVersion.of(one)).isEqualTo(GeneratorVersion.of(other));
    }
}
