package com.varsomics.archgen;

/** One step of the build pipeline (load model, validate, render diagrams, …). */
public interface Stage {

    String name();

    void run(BuildContext context);
}
