package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses every rendered object into the fabric8 Kubernetes model as strictly as the API server decodes it:
 * unknown fields, wrong value types (a number where a string is due, {@code "3"} for replicas) and unknown kinds
 * and kinds outside {@link TypedKinds} are findings. Custom resources are checked against their {@link CustomResourceShapes}.
 */
public final class StrictManifestParser {

    static final String KEY = "k8s.manifest.schema";

    /** No scalar coercion: the API server refuses {@code replicas: "3"} and {@code value: 900} for a string. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private static final Set<String> CUSTOM_RESOURCE_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec");

    /**
     * @param overlay  the objects that parsed
     * @param findings one per problem; the overlay is only complete when there are none
     */
    public record Result(Overlay overlay, List<Finding> findings) {
    }

    public Result parse(RenderedOverlay rendered) {
        List<Located<? extends HasMetadata>> objects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Manifest manifest : rendered.manifests()) {
            String subject = manifest.subject() + " (overlay '" + rendered.name() + "')";
            Optional<HasMetadata> object = typed(manifest, subject, findings);
            object.ifPresent(value -> {
                List<Finding> problems = value instanceof GenericKubernetesResource custom
                        ? customResourceProblems(manifest, custom).stream()
                                .map(problem -> new Finding(KEY, manifest.location(), subject + " " + problem + ".", "")).toList()
                        : UnknownFields.in(value, "").stream().map(path -> new Finding(KEY, manifest.location(), subject
                                + " has unknown field '" + path + "'.", "Fix its spelling or remove it: the Kubernetes API rejects unknown fields.")).toList();
                findings.addAll(problems);
                if (problems.isEmpty()) {
                    objects.add(new Located<>(value, manifest, rendered.name()));
                }
            });
        }
        return new Result(new Overlay(rendered.name(), objects), findings);
    }

    private static Optional<HasMetadata> typed(Manifest manifest, String subject, List<Finding> findings) {
        Optional<Class<? extends HasMetadata>> type = TypedKinds.classOf(manifest.apiVersion(), manifest.kind())
                .or(() -> CustomResourceShapes.specOf(manifest.apiVersion(), manifest.kind()).map(shape -> GenericKubernetesResource.class));
        if (type.isEmpty()) {
            findings.add(new Finding(KEY, manifest.location(), subject + " is " + manifest.apiVersion() + " " + manifest.kind()
                    + ", which the build does not accept (beta, removed or unknown).",
                    "Use one of " + TypedKinds.supported() + ", " + CustomResourceShapes.supported() + "."));
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.treeToValue(withoutNulls(manifest.content()), type.get()));
        } catch (JacksonException e) {
            String reason = e.getOriginalMessage();
            int hint = reason.indexOf(" (but ");
            findings.add(new Finding(KEY, manifest.location(), subject + " has a wrong value at '" + path(e) + "': "
                    + (hint > 0 ? reason.substring(0, hint) : reason) + ".", "Write it with the type the Kubernetes API expects."));
            return Optional.empty();
        }
    }

    private static List<String> customResourceProblems(Manifest manifest, GenericKubernetesResource custom) {
        Shape spec = CustomResourceShapes.specOf(manifest.apiVersion(), manifest.kind()).orElseThrow();
        List<String> problems = new ArrayList<>(UnknownFields.in(custom.getMetadata(), "metadata").stream()
                .map(path -> "unknown field '" + path + "'").toList());
        manifest.content().propertyNames().stream().filter(name -> !CUSTOM_RESOURCE_FIELDS.contains(name))
                .forEach(name -> problems.add("unknown field '" + name + "'"));
        problems.addAll(Shape.object(Map.of("spec", spec), "spec")
                .problems(manifest.content().deepCopy().retain(List.of("spec")), ""));
        return problems.stream().map(problem -> "has " + problem + "; fix it against the " + manifest.apiVersion() + " "
                + manifest.kind() + " schema").toList();
    }

    /** {@code env: null} means "no env" to the API server; removing such fields spares every rule a null check. */
    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        removeNulls(copy);
        return copy;
    }

    private static void removeNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.propertyNames().stream().filter(name -> object.get(name).isNull()).toList().forEach(object::remove);
        }
        node.values().forEach(StrictManifestParser::removeNulls);
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName() : "["
                        + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
