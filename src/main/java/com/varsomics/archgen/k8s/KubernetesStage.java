package com.varsomics.archgen.k8s;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;

import java.util.Locale;

/** Renders every overlay of {@code deploy/k8s} into {@code build/k8s} and checks it against the policies and the model. */
public final class KubernetesStage implements Stage {

    public static final String NAME = "render kubernetes overlays";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        var written = new KubernetesOverlays(context.projectDirectory(), context.kubernetesDirectory()).renderAndCheck(context.model());
        System.out.printf(Locale.ROOT, "[archgen]   %d overlays rendered and checked -> %s%n", written.size(), context.kubernetesDirectory());
    }
}
