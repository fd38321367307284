package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/** The pod spec and containers of a Deployment, as the container rules read them. */
final class PodTemplates {

    private PodTemplates() {
    }

    static PodSpec podSpec(Located<Deployment> deployment) {
        return deployment.object().getSpec().getTemplate().getSpec();
    }

    /** Init containers and containers: every one of them runs the image and needs the same hardening. */
    static List<Container> allContainers(Located<Deployment> deployment) {
        PodSpec spec = podSpec(deployment);
        return Stream.concat(spec.getInitContainers().stream(), spec.getContainers().stream()).toList();
    }

    /**
     * One finding per container that has problems, worded {@code <container> <lead> <problems, comma-separated><tail>}, with the remedy.
     *
     * @param containers which containers of a Deployment to check
     * @param problems   the problems of one container, empty when it is fine
     */
    static List<Finding> containerFindings(Overlay overlay, String key, Function<Located<Deployment>, List<Container>> containers,
                                           BiFunction<PodSpec, Container, List<String>> problems, String lead, String tail,
                                           String remedy) {
        return overlay.all(Deployment.class).stream()
                .flatMap(deployment -> containers.apply(deployment).stream()
                        .map(container -> new Checked(deployment.location(), subject(deployment, container),
                                problems.apply(podSpec(deployment), container))))
                .filter(checked -> !checked.problems().isEmpty())
                .map(checked -> new Finding(key, checked.location(), checked.subject() + " " + lead + String.join(", ", checked.problems()) + tail, remedy))
                .toList();
    }

    private record Checked(Location location, String subject, List<String> problems) {
    }

    /** Whether a port reference (a number or a port name) points at this declared container port. */
    static boolean refersTo(IntOrString port, ContainerPort declared) {
        return port.getIntVal() != null ? port.getIntVal().equals(declared.getContainerPort()) : port.getStrVal().equals(declared.getName());
    }

    static List<Container> mainContainers(Located<Deployment> deployment) {
        return podSpec(deployment).getContainers();
    }

    /** How findings name a container: {@code Deployment 'api' (overlay 'prod'), container 'api'}. */
    static String subject(Located<Deployment> deployment, Container container) {
        return deployment.subject() + ", container '" + container.getName() + "'";
    }

    /** The minimum replicas an environment needs: one pod per availability zone (3) in production, 2 elsewhere. */
    static int minimumReplicas(String overlay) {
        return overlay.equals("prod") ? 3 : 2;
    }
}
