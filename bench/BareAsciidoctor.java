import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's anchor: the same volume converted by bare AsciidoctorJ and asciidoctorj-pdf, with the document's
 * attributes and PDF theme but none of the generator's extensions, checks or caching (its diagram, element and
 * requirement macros stay unresolved text). What the PDF engine alone costs on this content and this machine, so
 * bench/run.sh can print the generator's time as a ratio of it.
 * Run by bench/run.sh with Java's source launcher: {@code java -cp <classpath> bench/BareAsciidoctor.java <build> <adoc>...}
 */
public final class BareAsciidoctor {

    public static void main(String[] args) throws Exception {
        Path build = Path.of(args[0]).toAbsolutePath();
        Path out = Files.createDirectories(build.resolve("bench"));
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            asciidoctor.requireLibrary("asciidoctor-pdf");
            for (int i = 1; i < args.length; i++) {
                File source = new File(args[i]);
                String name = source.getName().replaceFirst("\\.adoc$", "");
                for (String backend : new String[] {"html5", "pdf"}) {
                    long start = System.nanoTime();
                    asciidoctor.convertFile(source, Options.builder()
                            .backend(backend)
                            .safe(SafeMode.UNSAFE)
                            .toFile(out.resolve(name + (backend.equals("pdf") ? ".pdf" : ".html")).toFile())
                            .attributes(Attributes.builder()
                                    .attribute("generated", build.resolve("generated/model").toString())
                                    .attribute("infra-generated", build.resolve("generated/infra").toString())
                                    .attribute("facts-generated", build.resolve("generated/facts").toString())
                                    .attribute("imagesdir", build.resolve("diagrams").toString())
                                    .attribute("webfonts!", "")
                                    .attribute("data-uri", "")
                                    .attribute("pdf-theme", new File("docs/tema/arquitetura-theme.yml").getAbsolutePath())
                                    .build())
                            .build());
                    System.out.printf("bare %s %s %d ms%n", name, backend, (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
    }
}
